# [scriptblock] (System.Management.Automation.ScriptBlock): the type literal, Create, casts, typed parameters and variables.

#### type literal
[scriptblock].FullName; [scriptblock].Name
[System.Management.Automation.ScriptBlock].FullName
{ 1 }.GetType().FullName
{ 1 } -is [scriptblock]
'x' -is [scriptblock]
[scriptblock]

#### Create and invoke
$sb = [scriptblock]::Create('param($a) $a * 2')
$sb.GetType().FullName
& $sb 21
$sb.Invoke(5)
$sb.Invoke(5).GetType().FullName
$sb.InvokeReturnAsIs(4)
$sb
"[$sb]"
[scriptblock]::Create('Get-Date -Year 2020 | ForEach-Object Year').Invoke()

#### Create with a parse error
[scriptblock]::Create('if (')
'after'

#### cast a string to scriptblock
[scriptblock]'1 + 1'
'after'
$t = 'x'; [scriptblock]$t
'after2'

#### typed variable and parameter
[scriptblock]$filter = { $_ -gt 2 }
1..5 | Where-Object $filter
function Invoke-Twice([scriptblock]$Action) { & $Action; & $Action }
Invoke-Twice { 'hi' }
function f([scriptblock]$sb) { $sb.GetType().Name }
f { 1 }
f 'text'

#### scriptblock value conversions
$sb = { 'a' }
[scriptblock]$sb -eq $sb
([scriptblock]$null) -eq $null
$sb -as [scriptblock] | ForEach-Object { & $_ }
'x' -as [scriptblock]
'done'
