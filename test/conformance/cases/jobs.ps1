# Background jobs: Start-ThreadJob, Start-Job and the *-Job cmdlets. Every case runs in a session of its
# own and waits for its jobs before it prints what they did, so nothing depends on timing.

#### thread job table, receive with -Keep, ids per session
# A session of its own (exit), so that the job Ids count from 1.
$j = Start-ThreadJob { 1; 2 } -Name t1
$j | Wait-Job | Out-Null
$j
$j | Receive-Job -Keep
Get-Job
(Start-ThreadJob { 3 }).Id

#### background job: BackgroundJob, localhost, its child job takes an Id
# A session of its own (exit), so that the job Ids count from 1.
$k = Start-Job { "x"; Write-Error "bad" }
$k | Wait-Job | Out-Null
Receive-Job $k
Get-Job
$k.HasMoreData
(Start-ThreadJob { 1 }).Id

#### a failed thread job and a failed background job
# A session of its own (exit), so that the job Ids count from 1.
$j = Start-ThreadJob { throw "boom" }
$null = Wait-Job $j
$j.State
$j.HasMoreData
Receive-Job $j
$b = Start-Job { 1; throw "bang"; 2 }
$null = Wait-Job $b
$b.State
$b.HasMoreData
Receive-Job $b
$b.HasMoreData
Receive-Job $b

#### Remove-Job of a running job, Stop-Job, Remove-Job -Force
# A session of its own (exit), so that the job Ids count from 1.
$k = Start-ThreadJob { Start-Sleep 10 }
Remove-Job $k
"after"
Stop-Job $k
$k.State
$k.HasMoreData
Remove-Job $k
$r = Start-ThreadJob { Start-Sleep 10 }
Remove-Job $r -Force
Get-Job
"none"

#### jobs that are not there
# A session of its own (exit), so that the job Ids count from 1.
Get-Job -Id 99
Get-Job -Name nope
Get-Job -Name no*
Receive-Job -Id 99
Stop-Job -Id 55
Wait-Job -Id 55
Remove-Job -Id 55

#### using, arguments and input
# A session of its own (exit), so that the job Ids count from 1.
$x = 5
$m = Start-Job { $using:x * 2; $args[0] } -ArgumentList 7
$m | Wait-Job | Receive-Job
$n = Start-ThreadJob { param($a, $b) $a + $b } -ArgumentList 2, 3
$n | Receive-Job -Wait -AutoRemoveJob
Start-ThreadJob { $input } -InputObject 3 | Receive-Job -Wait
1, 2 | Start-ThreadJob { $input } | Receive-Job -Wait

#### Wait-Job -Timeout and -Any
# A session of its own (exit), so that the job Ids count from 1.
$s = Start-ThreadJob { Start-Sleep 5 }
$r = Wait-Job $s -Timeout 1
$null -eq $r
$s.State
$f = Start-ThreadJob { 7 }
(Wait-Job $s, $f -Any).Id
Stop-Job $s
$s.State
Receive-Job $f

#### what a job writes: objects first, then warnings and Write-Host
# A session of its own (exit), so that the job Ids count from 1.
Start-ThreadJob { Write-Host hi; Write-Warning w; Write-Output o } | Wait-Job | Receive-Job
$j = Start-ThreadJob { "only"; Write-Host hey }
$null = Wait-Job $j
Receive-Job $j
Receive-Job $j
$j.HasMoreData

#### throttle: jobs over the limit wait, then all finish
# A session of its own (exit), so that the job Ids count from 1.
$jobs = 1..3 | ForEach-Object { Start-ThreadJob { param($n) $n * 10 } -ArgumentList $_ -ThrottleLimit 1 }
$jobs | Wait-Job | Receive-Job
($jobs | Where-Object State -eq Completed).Count
Get-Job | Remove-Job
(Get-Job).Count

#### aliases and commands
# A session of its own (exit), so that the job Ids count from 1.
Get-Alias gjb, rcjb, rjb, sajb, spjb, wjb | ForEach-Object { "$($_.Name) $($_.Definition)" }
Get-Command Start-ThreadJob, Start-Job, Get-Job | ForEach-Object { "$($_.Name) $($_.Source) $($_.Version)" }
$j = Start-ThreadJob { 1 }
"$j"
$j.Command
$j.Location
$j.PSJobTypeName
$j.GetType().FullName
(Start-Job { 1 }).GetType().FullName

#### ForEach-Object -Parallel -AsJob: a PSTaskJob with a child job per input object
# A session of its own (exit), so that the job Ids count from 1.
$j = 1..3 | ForEach-Object -Parallel { $_ * 2 } -AsJob
$j.GetType().FullName
$null = $j | Wait-Job
$j
$j.Command
$j | Receive-Job | Sort-Object
$j.HasMoreData
$x = 'u'
$k = 1 | ForEach-Object -Parallel { throw "x$using:x" } -AsJob
$null = Wait-Job $k
$k.State
Receive-Job $k
(1 | ForEach-Object -Parallel { 1 } -AsJob).Id
Get-Job | Wait-Job | Remove-Job
(Get-Job).Count
