# The session history: Get-History, Invoke-History, Add-History, Clear-History and their aliases, the
# HistoryInfo objects (table and list views, Get-Member), $MaximumHistoryCount. A `-c` script is entry 1
# of its history, added when it ends, or at once (as Running) when Add-History runs; times vary, so the
# cases add entries of fixed times with Add-History (function `ah`) or select the stable properties.

#### empty history
Get-History; (Get-History).Count; h; history; ghy; 'done'

#### the running -c line is not listed
1; 2; Get-History | Measure-Object | Select-Object -ExpandProperty Count

#### Add-History enters the running line first
$e = [pscustomobject]@{ CommandLine = 'Get-Date'; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01 10:00:00'; EndExecutionTime = [datetime]'2024-01-01 10:00:01.5' }
$e | Add-History
Get-History | Select-Object Id, ExecutionStatus
(Get-History -Id 2).CommandLine

#### table view and durations
function ah($c, $s, $e) { [pscustomobject]@{ CommandLine = $c; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]$s; EndExecutionTime = [datetime]$e } | Add-History }
ah 'Get-SPOSite' '2024-01-01 10:00:00' '2024-01-01 10:00:00.174'
ah 'Get-ChildItem -Recurse' '2024-01-01 10:00:00' '2024-01-01 10:01:15'
ah 'Start-Sleep 4000' '2024-01-01 10:00:00' '2024-01-01 11:06:40.25'
ah 'a long one' '2024-01-01 00:00:00' '2024-01-01 12:34:56.789'
ah 'days' '2024-01-01 00:00:00' '2024-01-03 01:02:03'
ah '' '2024-01-01 00:00:00' '2024-01-01 00:00:00'
Get-History -Id 2, 3, 4, 5, 6, 7

#### list view
[pscustomobject]@{ CommandLine = "Get-SPOSite`n| Select-Object Url"; ExecutionStatus = 'Failed'; StartExecutionTime = [datetime]'2024-01-01 10:00:00'; EndExecutionTime = [datetime]'2024-01-01 10:00:02' } | Add-History
Get-History -Id 2 | Format-List
Get-History -Id 2 | Format-List *

#### HistoryInfo members and type
$h = [pscustomobject]@{ CommandLine = 'x'; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History -Passthru
$h.GetType().FullName
$h | Get-Member
$h.Id.GetType().Name; $h.ExecutionStatus.GetType().FullName; $h.Duration.GetType().Name; "$h"

#### Passthru and Id and Count
function ah($c) { [pscustomobject]@{ CommandLine = $c; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01 00:00:01' } | Add-History -Passthru }
ah 'one' | Select-Object Id, CommandLine
2..6 | ForEach-Object { $null = ah "cmd $_" }
(Get-History -Count 3).CommandLine
'--'
(Get-History -Id 5 -Count 2).CommandLine
'--'
(Get-History 4, 2).CommandLine
'--'
(2, 3 | Get-History).CommandLine
'--'
(Get-History -Count 0).Count
(h).Count; (history).Count; (ghy -Count 2).Count

#### Add-History takes Get-History's objects
$e = [pscustomobject]@{ CommandLine = 'first'; ExecutionStatus = 'Stopped'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' }
Add-History -InputObject $e, $e
Get-History -Id 2 | Add-History
Get-History | Select-Object -Skip 1 | Select-Object Id, CommandLine, ExecutionStatus

#### Add-History input that is not a history entry
Add-History -InputObject 5
'x' | Add-History
[pscustomobject]@{ CommandLine = 5; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History
[pscustomobject]@{ CommandLine = 'a'; ExecutionStatus = 'Bogus'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History
[pscustomobject]@{ CommandLine = 'a'; ExecutionStatus = 'Completed'; StartExecutionTime = 'not a date'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History
[pscustomobject]@{ CommandLine = 'a'; ExecutionStatus = 4 } | Add-History
[pscustomobject]@{ CommandLine = 'ok'; ExecutionStatus = 4; StartExecutionTime = '2024-01-01'; EndExecutionTime = '2024-01-02' } | Add-History -Passthru | Select-Object Id, ExecutionStatus, Duration
Add-History
'after'

#### Get-History errors
Get-History -Id 5
Get-History 7, 8
Get-History 0
Get-History -Id -1
Get-History -Count -1
Get-History -Count 40000
Get-History -Id 1, 2 -Count 2
Get-History -Id abc
Get-History -Count abc
Get-History 1 2 3
Get-History -Id 99999999999
'after'

#### Invoke-History by id and by prefix
function ah($c) { [pscustomobject]@{ CommandLine = $c; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History }
ah '"one"'
ah '$n = 40 + 2; "n is $n"'
ah '"one more"'
Invoke-History 2
r 3
$n
ihy '"one'
r '"o'
r
Invoke-History -Id ' 2 '

#### Invoke-History output goes down the pipeline
function ah($c) { [pscustomobject]@{ CommandLine = $c; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History }
ah '1..3'
ah 'Write-Host host; "out"'
$x = r 2; "x: $x"
r 2 | ForEach-Object { $_ * 10 }
r 3
Get-History -Id 2 | Invoke-History

#### Invoke-History errors
function ah($c) { [pscustomobject]@{ CommandLine = $c; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History }
ah '1 +/ 2'
ah 'r 3'
ah 'Invoke-History 5'
ah 'Invoke-History 4'
Invoke-History 9
Invoke-History 0
Invoke-History -1
Invoke-History nothing
Invoke-History 1, 2
r 2; 'after parse error'
r 3
r 4
'after loop'

#### Invoke-History throw ends the script
function ah($c) { [pscustomobject]@{ CommandLine = $c; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History }
ah 'throw "boom"'
try { r 2 } catch { "caught: $_" }
r 2
'not reached'

#### Invoke-History with nothing to run
Invoke-History
r; 'after'

#### Invoke-History WhatIf
function ah($c) { [pscustomobject]@{ CommandLine = $c; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History }
ah '"ran"'
Invoke-History 2 -WhatIf
r -WhatIf

#### Clear-History by id
function ah($c) { [pscustomobject]@{ CommandLine = $c; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History }
2..8 | ForEach-Object { ah "cmd $_" }
Clear-History -Id 3, 5
(Get-History).Id -join ','
Clear-History 3
clhy -Id 7 -Count 2
(Get-History).Id -join ','
Clear-History -Id 8 -Count 2 -Newest
(Get-History).Id -join ','

#### Clear-History by count
function ah($c) { [pscustomobject]@{ CommandLine = $c; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History }
2..10 | ForEach-Object { ah "cmd $_" }
Clear-History -Count 2
(Get-History).Id -join ','
Clear-History -Count 2 -Newest
(Get-History).Id -join ','
Clear-History -Id 6 -Count 3
(Get-History).Id -join ','

#### Clear-History by command line
function ah($c) { [pscustomobject]@{ CommandLine = $c; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History }
'Get-SPOSite', 'Get-SPOSite', ' get-sposite ', 'Get-SPOUser', 'Get-SPOSite -Limit All', 'Set-SPOSite', 'Get-SPOSite' | ForEach-Object { ah "$_" }
Clear-History -CommandLine 'Get-SPOSite'
(Get-History | Select-Object -Skip 1).Id -join ','
Clear-History -CommandLine 'get-sposite' -Newest
(Get-History | Select-Object -Skip 1).Id -join ','
Clear-History -CommandLine 'Get-SPO*'
(Get-History | Select-Object -Skip 1).CommandLine -join '|'
Clear-History -CommandLine '*SPO*', 'nothing'
(Get-History | Select-Object -Skip 1).Count

#### Clear-History all
function ah($c) { [pscustomobject]@{ CommandLine = $c; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History }
ah 'a'; ah 'b'
Clear-History -WhatIf
(Get-History).Count
Clear-History
(Get-History).Count
ah 'c'
Get-History | Select-Object Id, CommandLine

#### Clear-History errors
Clear-History -Id 3
Clear-History -Id 0
Clear-History -Count 0
Clear-History -CommandLine ''
Clear-History -CommandLine @()
Clear-History -Id 1 -CommandLine x
Clear-History -Id 1, 2 -Count 2
Clear-History -CommandLine a, b -Count 2
Clear-History -Id abc
Clear-History -Id 99999999999
'after'

#### MaximumHistoryCount default and validation
$MaximumHistoryCount
$MaximumHistoryCount = 0
$MaximumHistoryCount = 40000
$MaximumHistoryCount = 'abc'
$MaximumHistoryCount = $null
$MaximumHistoryCount
$MaximumHistoryCount = 32767; $MaximumHistoryCount
$MaximumHistoryCount = '5'; $MaximumHistoryCount.GetType().Name
$MaximumHistoryCount = 5.6; $MaximumHistoryCount
(Get-Variable MaximumHistoryCount).Description

#### MaximumHistoryCount keeps the newest entries
function ah($c) { [pscustomobject]@{ CommandLine = $c; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' } | Add-History }
2..9 | ForEach-Object { ah "cmd $_" }
$MaximumHistoryCount = 3
(Get-History).Id -join ','
ah 'cmd 10'
(Get-History).Id -join ','
Get-History -Id 2
$MaximumHistoryCount = 10
ah 'cmd 11'
(Get-History).Id -join ','
(Get-History -Count 2).Id -join ','

#### history cmdlets in Get-Command and Get-Alias
Get-Command Get-History, Invoke-History, Add-History, Clear-History -Syntax
Get-Alias h, history, ghy, r, ihy, clhy | Select-Object Name, Definition
(Get-Command *-History).Name -join ', '
(Get-Command Get-History).Source
