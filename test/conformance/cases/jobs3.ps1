# Background jobs, third round: a Start-Job job is a parent job with one child job (the next Id) that
# does the work; Get-Job -IncludeChildJob and -ChildJobState, a child found by -Id and -Name, what the
# child keeps, Receive-Job of a parent and of its child, Remove-Job and Stop-Job of each, and the
# background operator's Start-Job. Every case runs in a session of its own (the word exit in its
# comment), so that job Ids count from 1, and waits for its jobs before it reads their states.

#### child job: its type, Id, name, location and command
# A session of its own (exit).
$j = Start-Job { 1 }
$j | Wait-Job | Out-Null
$j.ChildJobs.Count
$c = $j.ChildJobs[0]
$c.GetType().FullName
$c.Id
$c.Name
$c.Location
$c.Command
$c.PSJobTypeName -eq ''
$c.State
$c.ChildJobs.Count

#### child job: the parent's table and the child's
# A session of its own (exit).
$j = Start-Job { 1 }
$j | Wait-Job | Out-Null
Get-Job
Get-Job -IncludeChildJob
$j.ChildJobs

#### child job: a child keeps its name when the parent has one
# A session of its own (exit).
$j = Start-Job -Name worker { 1 }
$j | Wait-Job | Out-Null
Get-Job -IncludeChildJob | Format-Table Id, Name, State

#### child job: State is a string, JobStateInfo an object
# A session of its own (exit).
$j = Start-Job { 1 }
$j | Wait-Job | Out-Null
$j.State.GetType().FullName
$j.JobStateInfo.GetType().FullName
$j.JobStateInfo.State.GetType().FullName
"$($j.JobStateInfo)"
$j.ChildJobs[0].JobStateInfo
$j.ChildJobs[0].JobStateInfo | Format-List
$j.JobStateInfo.Reason -eq $null
Get-Job | Format-Table Id, Name, State

#### Get-Job finds a child by Id and by name
# A session of its own (exit).
$j = Start-Job { 1 }
$j | Wait-Job | Out-Null
Get-Job -Id 2
Get-Job -Name Job2
Get-Job -Name Job*
Get-Job 2 | Format-Table Id, Name

#### Get-Job -IncludeChildJob: in Id order, a child found twice written twice
# A session of its own (exit).
$a = Start-Job { 1 }
$b = Start-Job { 2 }
$a, $b | Wait-Job | Out-Null
Get-Job -Id 4, 1
Get-Job -Id 4, 1 -IncludeChildJob
Get-Job -Name Job* -IncludeChildJob
Get-Job -Command ' 1 ' -IncludeChildJob

#### Get-Job -ChildJobState: the parents and their children in that state
# A session of its own (exit).
$a = Start-Job { 1 }
$b = Start-Job { throw 'no' }
$a, $b | Wait-Job | Out-Null
Get-Job -ChildJobState Completed | Format-Table Id, Name, State
Get-Job -ChildJobState Failed | Format-Table Id, Name, State
Get-Job -ChildJobState Running | Format-Table Id, Name, State
Get-Job -State Completed -ChildJobState Completed | Format-Table Id, Name, State
Get-Job -IncludeChildJob -HasMoreData $true | Format-Table Id, Name, State

#### child job: its Output and Error stay after Receive-Job
# A session of its own (exit).
$j = Start-Job { 1; Write-Error e1; 2 }
$j | Wait-Job | Out-Null
$c = $j.ChildJobs[0]
$c.Output
$c.Error
"$($c.Output.Count) $($c.Error.Count) $($j.Output.Count) $($j.Error.Count)"
Receive-Job $j
"$($c.Output.Count) $($c.Error.Count) $($j.HasMoreData) $($c.HasMoreData)"
Receive-Job $j
'nothing more'

#### Receive-Job of the child, -Keep and the parent's HasMoreData
# A session of its own (exit).
$j = Start-Job { 1; 2 }
$j | Wait-Job | Out-Null
$c = $j.ChildJobs[0]
Receive-Job $c -Keep
"$($j.HasMoreData) $($c.HasMoreData)"
Receive-Job -Id 2 -Keep
Receive-Job -Name Job2 -Keep
Receive-Job $j -NoRecurse
'no results of its own'
Receive-Job $c
"$($j.HasMoreData) $($c.HasMoreData)"
Receive-Job $j
'the parent has none left'

#### child job: a failed job's reason is the child's
# A session of its own (exit).
$j = Start-Job { 1; throw 'boom' }
$j | Wait-Job | Out-Null
$c = $j.ChildJobs[0]
"$($j.State) $($c.State)"
$j.JobStateInfo.Reason -eq $null
$c.JobStateInfo.Reason.GetType().FullName
$c.JobStateInfo.Reason.Message
$c.JobStateInfo | Format-List
Receive-Job $c -Keep
Receive-Job $j
Receive-Job $j
Receive-Job $c
"$($j.HasMoreData) $($c.HasMoreData) $($c.Error.Count) $($c.Output.Count)"

#### child job: its streams
# A session of its own (exit).
$j = Start-Job { Write-Warning w1; Write-Verbose v1 -Verbose; Write-Debug d1 -Debug; Write-Progress -Activity A -Status S -PercentComplete 50; Write-Output o1 }
$j | Wait-Job | Out-Null
$c = $j.ChildJobs[0]
"W:$($c.Warning.Count) V:$($c.Verbose.Count) D:$($c.Debug.Count) P:$($c.Progress.Count) O:$($c.Output.Count)"
$c.Warning
$c.Verbose
$c.Debug
$c.Progress | Format-List *
Receive-Job $j
"W:$($c.Warning.Count) V:$($c.Verbose.Count) D:$($c.Debug.Count) P:$($c.Progress.Count) O:$($c.Output.Count)"
"parent: $($j.Warning.Count) $($j.Verbose.Count) $($j.Progress.Count) $($j.Output.Count)"

#### Remove-Job of a finished child is an error; the parent takes it along
# A session of its own (exit).
$j = Start-Job { 1 }
$j | Wait-Job | Out-Null
$c = $j.ChildJobs[0]
Remove-Job -Id 2
Remove-Job $c
Remove-Job -Name Job2
Remove-Job -Id 2 -ErrorAction SilentlyContinue -ErrorVariable e
$e[0].FullyQualifiedErrorId
$e[0].CategoryInfo.Category
$e[0].Exception.GetType().FullName
Get-Job -IncludeChildJob | Format-Table Id, Name
Remove-Job $j
@(Get-Job).Count
Get-Job -Id 2

#### Remove-Job of a job that is still running: the parameter that found it
# A session of its own (exit).
$t = Start-ThreadJob { Start-Sleep 30 }
Remove-Job -Id 1
Remove-Job -Name Job1
Remove-Job $t
$t | Remove-Job
Remove-Job -Id 1 -ErrorAction SilentlyContinue -ErrorVariable e
$e[0].FullyQualifiedErrorId
$e[0].CategoryInfo.Category
Remove-Job $t -Force
@(Get-Job).Count

#### Remove-Job and Stop-Job of a running child
# A session of its own (exit).
$j = Start-Job { Start-Sleep 30 }
$c = $j.ChildJobs[0]
Remove-Job -Id 2
Remove-Job $c
Remove-Job -Id 1
Stop-Job -Id 2
$j | Wait-Job | Out-Null
"$($j.State) $($c.State)"
Remove-Job -Id 2 -Force
Remove-Job $j
@(Get-Job).Count

#### Stop-Job of the parent stops its child
# A session of its own (exit).
$j = Start-Job { Start-Sleep 30 }
$c = $j.ChildJobs[0]
Stop-Job $j
"$($j.State) $($c.State)"
$c.JobStateInfo | Format-List
Stop-Job -Id 2 -PassThru | Format-Table Id, Name, State

#### Stop-Job -Name and Wait-Job -Id find a child
# A session of its own (exit).
$j = Start-Job { Start-Sleep 30 }
Stop-Job -Name Job2
Wait-Job -Id 2 | Format-Table Id, Name, State
$j | Wait-Job | Format-Table Id, Name, State

#### background operator: a function or alias named Start-Job does not take its place
# A session of its own (exit).
function Start-Job { 'my function' }
$j = Write-Output 5 &
$j.GetType().Name
$j | Receive-Job -Wait
Set-Alias Start-Job Get-Date
$k = Write-Output 6 &
$k | Receive-Job -Wait
$k.ChildJobs[0].Name

#### a module-qualified name runs the built-in command
# A session of its own (exit).
function Start-Job { 'my function' }
$j = Microsoft.PowerShell.Core\Start-Job { 7 }
$j | Receive-Job -Wait
Microsoft.PowerShell.Utility\Start-Job { 7 }

#### Format-List * and Format-List of a parent, its child and a thread job
# A session of its own (exit).
$j = Start-Job { 1 }
$t = Start-ThreadJob { 2 }
$j, $t | Wait-Job | Out-Null
$mask = { param($text) $text -replace '(?m)^(PSBeginTime|PSEndTime|InstanceId)( *): .*', '$1$2: x' }
& $mask ($j | Format-List * | Out-String)
& $mask ($j.ChildJobs[0] | Format-List * | Out-String)
& $mask ($t | Format-List * | Out-String)
& $mask (Get-Job -IncludeChildJob | Format-List | Out-String)
Get-Job -IncludeChildJob | Format-List Id, State

#### a job's information: what nothing showed is kept, and Receive-Job's preference shows it
# A session of its own (exit).
$t = Start-ThreadJob { Write-Information i1; Write-Host h1 }
$j = Start-Job { Write-Information i2; Write-Host h2 }
$t, $j | Wait-Job | Out-Null
$t.Information.Count
$j.ChildJobs[0].Information.Count
Receive-Job $t -Keep
Receive-Job $j -Keep
'-- continue'
Receive-Job $t -InformationAction Continue
$t.Information.Count
Receive-Job $j -InformationVariable iv
$iv.Count

#### Write-Progress in a job: kept in Progress, never shown by Receive-Job
# A session of its own (exit).
$j = Start-Job { foreach ($i in 1..3) { Write-Progress -Activity A -Status "S$i" -PercentComplete ($i * 30); "o$i" }; Write-Progress -Activity A -Completed }
$t = Start-ThreadJob { Write-Progress -Activity T -Status S -PercentComplete 10; 't' }
$j | Receive-Job -Wait
$t | Receive-Job -Wait
$j.ChildJobs[0].Progress.Count
$j.ChildJobs[0].Progress[-1].RecordType
$j.ChildJobs[0].Progress | Select-Object -First 1 | Format-List
$t.Progress.Count
Receive-Job $j -Keep -ProgressAction Continue
'end'

#### ForEach-Object -Parallel -AsJob: a child job for each input object
# A session of its own (exit).
$j = 1..2 | ForEach-Object -Parallel { $_ * 10; if ($_ -eq 2) { Write-Error "e$_" } } -AsJob
$j | Wait-Job | Out-Null
$j.ChildJobs.Count
$j.ChildJobs[0].GetType().FullName
$j.ChildJobs[1].Output
$j.ChildJobs[1].Error
Get-Job -IncludeChildJob
Receive-Job -Id 3 -Keep
'--'
Receive-Job $j
'--'
"$($j.ChildJobs[1].Output.Count) $($j.HasMoreData) $($j.ChildJobs[0].HasMoreData)"
$j | Format-List ChildJobs

#### ForEach-Object -Parallel -AsJob: a throw fails its child and the job
# A session of its own (exit).
$j = 1..2 | ForEach-Object -Parallel { if ($_ -eq 2) { throw "t$_" }; $_ } -AsJob
$j | Wait-Job | Out-Null
Get-Job -IncludeChildJob | Format-Table Id, Name, State, HasMoreData
$j.ChildJobs[1].JobStateInfo.Reason.GetType().FullName
$j.ChildJobs[1].Error.Count
Receive-Job $j -Keep
'--'
Receive-Job -Id 3
'--'
Receive-Job -Id 3
'--'
"$($j.HasMoreData) $($j.ChildJobs[0].HasMoreData) $($j.ChildJobs[1].HasMoreData)"

#### ForEach-Object -Parallel -AsJob: Stop-Job of one child stops only it and fails the job
# A session of its own (exit).
$j = 1..2 | ForEach-Object -Parallel { if ($_ -eq 1) { Start-Sleep 30 }; $_ } -AsJob
Start-Sleep 2
Stop-Job -Id 2
$j | Wait-Job | Out-Null
Get-Job -IncludeChildJob | Format-Table Id, State, HasMoreData
Receive-Job $j
Stop-Job $j
$j.State

#### ForEach-Object -Parallel -AsJob: Stop-Job of a child that has not started does nothing
# A session of its own (exit).
$j = 1..3 | ForEach-Object -Parallel { Start-Sleep -Milliseconds 500; $_ } -AsJob -ThrottleLimit 1
Stop-Job -Id 4
$j.ChildJobs[2].State
$j | Wait-Job | Out-Null
"$($j.ChildJobs | ForEach-Object State) $($j.State)"
Receive-Job $j
