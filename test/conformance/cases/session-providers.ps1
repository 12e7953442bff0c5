# The Env:, Variable:, Function: and Alias: drives through the item and content cmdlets (Get-ChildItem,
# Get-Item, New-Item, Set-Item, Remove-Item, Rename-Item, Get-Content, Set-Content) and the Function:
# and Alias: variable paths ($function:f, $alias:a), as admin scripts read and clean up their settings.

#### Env: items by wildcard, table and list
$env:SPOTEST_A = '1'; $env:SPOTEST_B = 'two'
Get-ChildItem Env:SPOTEST_*
Get-ChildItem Env:SPOTEST_* | Format-List

#### an Env: item's members
$env:SPOTEST_A = '1'
Get-Item Env:SPOTEST_A | Select-Object Name, Value, PSPath, PSIsContainer
$e = Get-Item Env:SPOTEST_A; $e.Key; $e.Value; $e.GetType().FullName
(Get-Item Env:SPOTEST_A).PSDrive.Name; (Get-Item Env:SPOTEST_A).PSProvider.Name; "$((Get-Item Env:SPOTEST_A).PSProvider)"

#### missing Env: items
Get-Item Env:SPOTEST_NOPE
Get-ChildItem Env:SPOTEST_NOPE*
Remove-Item Env:SPOTEST_NOPE
Get-ChildItem Env:SPOTEST_NOPE
Get-Content Env:SPOTEST_NOPE
Remove-Item -LiteralPath env:\SPOTEST_NOPE
Get-Item Environment::SPOTEST_NOPE

#### Env: names are case-sensitive on Linux
$env:SPOTEST_A = '1'; Test-Path Env:spotest_a; Get-Item Env:spotest_a

#### New-Item, Set-Item, Set-Content and Remove-Item on Env:
New-Item Env:SPOTEST_C -Value 3
New-Item Env:SPOTEST_C -Value 4
Set-Item Env:SPOTEST_C 5; $env:SPOTEST_C
Get-Content Env:SPOTEST_C
Set-Content Env:SPOTEST_D hello; $env:SPOTEST_D
Set-Item Env:SPOTEST_E 6 -PassThru
Remove-Item Env:SPOTEST_*; Test-Path Env:SPOTEST_C; Get-ChildItem Env:SPOTEST_*

#### Set-Item to $null removes an environment variable
$env:SPOTEST_A = '1'; Set-Item Env:SPOTEST_A -Value $null; Test-Path Env:SPOTEST_A

#### Rename-Item on Env:
$env:SPOTEST_A = '1'; Rename-Item Env:SPOTEST_A SPOTEST_A2; $env:SPOTEST_A2; Test-Path Env:SPOTEST_A
Rename-Item Env:SPOTEST_A2 HOME

#### -WhatIf on session items
$env:SPOTEST_A = '1'; $v = 1; function f { 1 }
Remove-Item Env:SPOTEST_A -WhatIf; Set-Item Env:SPOTEST_A 2 -WhatIf; New-Item Env:SPOTEST_Q -Value 1 -WhatIf
Set-Content Env:SPOTEST_A 3 -WhatIf; Rename-Item Env:SPOTEST_A B -WhatIf
Remove-Item Variable:v -WhatIf; Set-Item Variable:v 2 -WhatIf; Remove-Item Function:f -WhatIf; Set-Item Alias:zz gci -WhatIf
$env:SPOTEST_A; $v

#### values that are missing or refused
New-Item Env:SPOTEST_Q
New-Item Variable:q2
Set-Item /tmp/spotest-nothing.txt 1
New-Item Env: -Value 1
Get-Content Env:
Get-ChildItem Env:, Variable: -Filter H*
'after'

#### Variable: items
$zz1 = 5; $zz2 = 'x'
Get-ChildItem Variable:zz*
Get-Item Variable:zz1 | Format-List *
Get-Item Variable:nope
Remove-Item Variable:zz2; Test-Path variable:zz2
(Get-Item Variable:zz1).PSPath

#### New-Item, Set-Item, Get-Content and Set-Content on Variable:
New-Item Variable:zz3 -Value 7; $zz3
New-Item Variable:zz3 -Value 8
Set-Item Variable:zz3 9; $zz3; Set-Item Variable:zz9 10; $zz9
Get-Content Variable:zz3; Set-Content Variable:zz4 hi; $zz4
$a = 1, 2, 3; Get-Content Variable:a
Set-Content Variable:b 1, 2; $b.GetType().Name

#### read-only and constant variables
Remove-Item Variable:nope
Get-ChildItem Variable:nope
Set-Item Variable:true 1
Remove-Item Variable:PSHOME
Get-Content Variable:nope
$x = 1; Rename-Item Variable:x y -PassThru; Rename-Item Variable:true t

#### Function: items
function zf1 { 'one' }; function zf2 { param($a) "two $a" }
Get-ChildItem Function:zf*
Get-Content Function:zf2
Remove-Item Function:zf1; Test-Path Function:zf1
Get-ChildItem Function:nope
Get-Item Function:nope

#### defining functions through the drive
New-Item Function:zf3 -Value { 'three' } | Out-Null; zf3
Set-Item Function:zf3 -Value { 'THREE' }; zf3
Set-Item Function:zf4 '"four"'; zf4
Set-Content Function:zf5 '"five"'; zf5
function f { 1 }; Rename-Item function:f g; g

#### function text that does not parse
Set-Item function:g '1 +'
'after'

#### Alias: items
New-Item Alias:zz -Value Get-Date | Format-List Name, Definition
Set-Item Alias:zz Write-Output; zz hi
Remove-Item Alias:zz; Test-Path alias:zz
Get-Content Alias:gci
Get-Item Alias:nope

#### $function: and $alias: variable paths
function f { 'ff' }
$function:f; ($function:f).GetType().FullName
$alias:gci; ($alias:gci).GetType().FullName
$alias:zz = 'Get-Date'; (Get-Alias zz).Name
$function:g = '"gg"'; g
${function:h} = { 'hh' }; h
$function:nope; $alias:nope; $null -eq $function:nope
$function:f = $null; Test-Path function:f
${function:Get-Foo} = { 1 }; Get-Foo

#### refused $function: and $alias: values
$function:f2 = 5
$alias:zz = ''
$alias:zz2 = 5
$function:g = '1 +'
'after'

#### removing a function that shadowed a cmdlet finds the cmdlet again; removing prompt removes it
function Get-Date { 'mine' }
Get-Date
(Get-Command Get-Date).CommandType
Remove-Item function:Get-Date
(Get-Date '2026-01-02').Year
(Get-Command Get-Date).CommandType
Remove-Item function:prompt
Get-Command prompt -ErrorAction SilentlyContinue | Measure-Object | ForEach-Object Count
