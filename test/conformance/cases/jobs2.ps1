# Background jobs, second round: the background operator (`&` after a pipeline), Get-Job's filters,
# Start-Job -FilePath and -InitializationScript, positional Ids, and the verbose, debug and progress
# streams of a job. Every case runs in a session of its own (the word exit in its comment), so that job
# Ids count from 1, and waits for its jobs before it prints what they did (a job table printed at once
# shows a background job Running: pwsh's child process takes far longer to start than the table).

#### background operator: the job table
# A session of its own (exit).
Write-Output 1 &

#### background operator: the job, its command and its results
# A session of its own (exit).
$j = Write-Output 1 &
$j.GetType().FullName
$j.PSJobTypeName
$j.Name
$j.Command
$j | Receive-Job -Wait
$j.State
$j.HasMoreData
(Start-ThreadJob { 1 }).Id

#### background operator in the middle of a line
# A session of its own (exit).
Write-Output a & Write-Output b; Get-Job | Receive-Job -Wait

#### background operator: two jobs on a line
# A session of its own (exit).
Write-Output 1 & ; Write-Output 2 &
Get-Job | Wait-Job | Receive-Job

#### background operator after a chain, an expression, in parentheses and in a block
# A session of its own (exit).
$j = Write-Output 1 && Write-Output 2 &
$j.Command
$j | Receive-Job -Wait
$k = 1 + 1 &
$k.Command
$k | Receive-Job -Wait
$m = (Write-Output 3 &)
$m.Name
if ($true) { $n = Write-Output 7 & }
$n | Receive-Job -Wait

#### background operator: the caller's variables become using variables
# A session of its own (exit).
$x = 5
$h = @{ a = 1 }
$j = 1..2 | ForEach-Object { $_ + $x + $h.a + $true } &
$j.Command
$j | Receive-Job -Wait
$n = Write-Output $nosuch $env:NO_SUCH_VARIABLE $PSVersionTable.PSEdition $null &
$n.Command
$n | Receive-Job -Wait
$j = Write-Output $global:x $script:x $using:x &
$j.Command
$j | Receive-Job -Wait

#### background operator: the caller's location, not its functions
# A session of its own (exit).
$here = (Get-Location).Path
$j = Get-Location &
($j | Receive-Job -Wait).Path -eq $here
function f { 3 }
$k = f &
$k | Receive-Job -Wait

#### background operator: a pipe after it
1..3 | ForEach-Object { $_ * 2 } & | Receive-Job -Wait

#### background operator: an empty pipe element after it
Write-Output 1 & |; "never"

#### background operator: the call operator with nothing to call
& &

#### Get-Job -State, -HasMoreData and a positional Id
# A session of its own (exit).
$a = Start-ThreadJob { 1 }
$b = Start-ThreadJob { throw "x" }
$c = Start-Job { Start-Sleep 10 }
$null = Wait-Job $a, $b
Get-Job -State Completed | ForEach-Object Id
Get-Job -State Failed | ForEach-Object Id
Get-Job -State Running | ForEach-Object Id
Get-Job -State Blocked
Get-Job -HasMoreData $true | ForEach-Object Id
Get-Job -HasMoreData $false -State Failed | ForEach-Object Id
Get-Job 2 | ForEach-Object Id
Receive-Job 1
Stop-Job 3
$c.State
$c.HasMoreData

#### Get-Job -Newest, -Before, -After and -Command
# A session of its own (exit).
$a = Start-ThreadJob { Start-Sleep -Milliseconds 600; 1 }
$b = Start-ThreadJob { Start-Sleep -Milliseconds 300 }
$c = Start-ThreadJob { 3 }
$null = Get-Job | Wait-Job
Get-Job -Newest 2 | ForEach-Object Id
"-"
Get-Job -Newest 1 -State Completed | ForEach-Object Id
Get-Job -Newest 0 | ForEach-Object Id
"-"
Get-Job -After (Get-Date).AddMinutes(-1) | ForEach-Object Id
"-"
Get-Job -Before (Get-Date).AddMinutes(-1) | ForEach-Object Id
Get-Job -Command ' 3 ' | ForEach-Object Id
Get-Job -Command ' START-SLEEP -MILLISECONDS 300 ' | ForEach-Object Id
Get-Job -Command '*3*', '3' | ForEach-Object Id

#### Get-Job and Receive-Job: parameters they refuse, jobs that are not there
# A session of its own (exit).
Get-Job -State Nope
Get-Job 1 -State Completed
Get-Job -HasMoreData
Get-Job -Before x
Get-Job -State Completed -Name x
Receive-Job 9
Receive-Job x
Receive-Job -Job 5
Stop-Job 7
Wait-Job 7
Remove-Job 7

#### Start-Job -FilePath, -LiteralPath and -InitializationScript
# A session of its own (exit).
Set-Content -Path job.ps1 -Value 'param($a)', '"file $a"', '$PSScriptRoot -eq (Get-Location).Path'
$j = Start-Job -FilePath ./job.ps1 -ArgumentList 4
$j | Receive-Job -Wait
$j.Command
$l = Start-Job -LiteralPath ./job.ps1 -InitializationScript { "init first" }
$l | Receive-Job -Wait
$k = Start-Job { g; $x } -InitializationScript { function g { "from g" }; $x = 5; "init" }
$k | Receive-Job -Wait
$k.Command
$f = Start-Job { 1 } { throw "initfail" }
$f | Receive-Job -Wait
$f.State

#### Start-Job -FilePath: errors
# A session of its own (exit).
Set-Content -Path bad.ps1 -Value '"a" +'
Start-Job -FilePath ./bad.ps1
Start-Job -FilePath ./*.ps1
Start-Job -LiteralPath ./n*.ps1
Start-Job -FilePath ./bad.ps1 -ScriptBlock { 1 }
"after"

#### a thread job's verbose, debug and progress records
# A session of its own (exit).
$VerbosePreference = 'Continue'
$DebugPreference = 'Continue'
$k = Start-ThreadJob { Write-Debug d -Debug; Write-Verbose v -Verbose; Write-Host h; Write-Warning w; Write-Error e; 5; Write-Progress -Activity a -Status s -PercentComplete 50 }
$null = Wait-Job $k
$k.Verbose.Count, $k.Debug.Count, $k.Progress.Count, $k.Warning.Count, $k.Output.Count, $k.Error.Count -join ','
$k.Verbose[0].Message
$k.Debug[0]
$k.Progress[0] | Format-List
Receive-Job $k
$k.Verbose.Count, $k.Debug.Count, $k.Progress.Count -join ','

#### a thread job's verbose records follow Receive-Job's preference
# A session of its own (exit).
$k = Start-ThreadJob { Write-Verbose v -Verbose; 5 }
$null = Wait-Job $k
Receive-Job $k -Keep
"--"
Receive-Job $k -Verbose
$k.Verbose.Count
$q = Start-ThreadJob { Write-Verbose quiet; Write-Debug quiet }
$null = Wait-Job $q
$q.Verbose.Count + $q.Debug.Count

#### a background job's streams come in the order it wrote them, its errors without a position
# A session of its own (exit).
Start-Job { nosuch } | Receive-Job -Wait
Start-Job { Get-Item /nonexist } | Receive-Job -Wait
Start-Job { [int]"x" } | Receive-Job -Wait
$j = Start-Job { Write-Verbose v1 -Verbose; 1; Write-Warning w; Write-Error e; 2; Write-Debug d2 -Debug; Write-Host h }
$null = Wait-Job $j
Receive-Job $j 4>$null
"--"
$j.Verbose.Count
$j.HasMoreData
