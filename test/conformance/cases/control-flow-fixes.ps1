# Control-flow and invocation details left over from issue 11 (the langa fixes), as pwsh 7.6.10 runs them.

#### break in a pipeline assignment keeps what was written
$r = 1..5 | % { if ($_ -eq 3) { break }; $_ }; $r
'not reached'

#### continue in a pipeline assignment inside a loop
foreach ($k in 1,2) { $r = 1..5 | % { if ($_ -eq 3) { continue }; $_ }; "r=$r" }
'end'

#### exit in a pipeline assignment keeps what was written
$r = 1..5 | % { if ($_ -eq 3) { exit 4 }; $_ }
'not reached'

#### throw in a pipeline assignment drops what was written
try { $r = 1..5 | % { if ($_ -eq 3) { throw 'x' }; $_ } } catch { "caught $_" }
"r=$r"

#### break in a foreach assigned inside a labelled loop
:o foreach ($k in 1) { $x = foreach ($i in 1..5) { if ($i -eq 3) { break o }; $i }; "x=$x" }
'end'

#### throw in an assigned foreach drops what it wrote
try { $x = foreach ($i in 1..5) { if ($i -eq 3) { throw 'e' }; $i } } catch { "caught $_" }
"x=$x"

#### break in a function whose output is assigned
function f { 1; 2; break; 3 }
foreach ($i in 1, 2) { $v = f; "v=$v" }
'after loop'
$v = f
'not reached'

#### break in a pipeline assignment inside a function
function g { $r = 1..5 | % { if ($_ -eq 3) { break }; $_ }; "in g $r" }
$v = g
'not reached'

#### break in a script block assigned
$x = & { 1; 2; break; 3 }
"x=$x"

#### break in parentheses and subexpressions
$x = (1..5 | % { if ($_ -eq 3) { break }; $_ })
'not reached'

#### break in a subexpression inside an expression
'a' + $(1; 2; break)

#### break in an array subexpression drops what it held
$x = @(1..5 | % { if ($_ -eq 3) { break }; $_ })
'not reached'

#### break with several assignment targets drops what was written
$a, $b = 1..5 | % { if ($_ -eq 3) { break }; $_ }
'not reached'

#### a parenthesised pipeline alone keeps its output before an error
(1..5 | % { if ($_ -eq 3) { throw 'e' }; $_ })
'not reached'

#### a doubly parenthesised pipeline alone keeps its output before an error
((1..5 | % { if ($_ -eq 3) { throw 'e' }; $_ }))

#### a subexpression alone keeps its output before an error
$(1; 2; throw 'e')

#### a subexpression in an expression drops its output at an error
'a' + $(foreach ($i in 1..5) { if ($i -eq 3) { throw 'e' }; $i })

#### a parenthesised pipeline piped on drops its output at an error
(1..5 | % { if ($_ -eq 3) { throw 'e' }; $_ }) | % { "got $_" }

#### ForEach method drops what the block wrote before break
$x = (1..3).ForEach({ $_; if ($_ -eq 2) { break } })
"x=$x"

#### ForEach method drops what the block wrote before exit
(1..3).ForEach({ $_; exit 3 })

#### Where-Object drops what the filter wrote before exit
1..3 | ? { "w$_"; if ($_ -eq 2) { exit 5 } }

#### Invoke drops what the block wrote before break
{ 1; 2; break }.Invoke()
'not reached'

#### splatting an environment variable
$env:SPO_SPLAT_X = 'ab'
Write-Output @env:SPO_SPLAT_X
function f { "count=$($args.Count)" }
f @env:SPO_SPLAT_X

#### splatting a missing environment variable
Write-Output @env:SPO_SPLAT_MISSING
'done'

#### splatting scope-qualified variables
$global:g = 1, 2
Write-Output @global:g
$script:p = 'x'
Write-Output @script:p

#### $? after an error inside a command argument
Write-Output (Write-Error m -ea 0); $?
Write-Output -InputObject (Get-Item /spo-no-such-path -ea 0); $?
Write-Output $(Write-Error m -ea 0) (1); $?

#### $? after an error in the expression that feeds a pipeline
(Write-Error m -ea 0) | Write-Output; $?
(Write-Error m -ea 0); $?
$x = (Write-Error m -ea 0); $?

#### $? after an argument error when the command fails too
Write-Output (Write-Error m -ea 0) | Write-Error -ea 0; $?

#### script block parameter validation error names the block
& { param([ValidateRange(1,2)]$a) "a=$a" } 5

#### script block ValidateSet error names the block
& { param([ValidateSet('x')]$a) "a=$a" } -a y

#### script block type constraint error names the block
& { param([int]$a) "a=$a" } -a y

#### advanced script block binding errors have an empty name
& { [CmdletBinding()] param($a) "a=$a" } -b y
& { param([Parameter(Mandatory)][ValidateNotNullOrEmpty()]$a) "a=$a" } -a ''

#### script block binding errors in NormalView
$ErrorView = 'NormalView'
& { param([int]$a) $a } x
& { [CmdletBinding()] param([int]$a) $a } x
function f { [CmdletBinding()] param([int]$a) $a }
f x

#### ValidateRange on an untyped parameter converts the argument
function f { param([ValidateRange(1,2)]$a) "ok $a" }
f 2.5
f '5'

#### ValidateRange on an untyped parameter refuses a string
function f { param([ValidateRange(1,2)]$a) "ok $a" }
f abc

#### ValidateRange checks each element
function f { param([ValidateRange(1,2)]$a) "ok $a" }
f 1,5

#### PSCmdlet WriteObject is written before the host text after it
function f { [CmdletBinding()] param() $PSCmdlet.WriteObject('b'); Write-Host 'host'; 'c' }
f
f | % { "got $_" }

#### PSCmdlet WriteObject in a process block streams to the next command
function f { [CmdletBinding()] param() process { $PSCmdlet.WriteObject("b$_"); Write-Host "host$_" } }
1, 2 | f | % { Write-Host "got $_" }

#### PSCmdlet WriteObject writes to the function output, not to an assignment
function f { [CmdletBinding()] param() $x = foreach ($i in 1, 2) { $PSCmdlet.WriteObject("w$i"); "o$i" }; "x=$x"; $y = $PSCmdlet.WriteObject('z'); "y=$y" }
f
$v = f
"v=$v"

#### PSCmdlet WriteObject enumerating
function f { [CmdletBinding()] param() $PSCmdlet.WriteObject((1, 2), $true); $PSCmdlet.WriteObject((3, 4)); Write-Host 'h' }
f | % { "got $_" }

#### an alias runs before a function of the same name
function f { 'the function' }
Set-Alias f Get-Location
(f).GetType().Name
function where { 'mine' }
1 | where { $true }

#### New-Alias, an alias of a function, Get-Alias
function f { 'f ran' }
New-Alias f2 f
f2
Get-Alias f2

#### an alias of an alias
sal q Write-Output
q hi
nal q2 q
q2 there
(gal q).Definition

#### an alias whose command does not exist
Set-Alias zz spo-no-such-command
zz

#### New-Alias of an existing alias
New-Alias f3 Write-Output
New-Alias f3 Write-Output
New-Alias f3 Get-Date -Force
(Get-Alias f3).Definition

#### Set-Alias PassThru and Description
Set-Alias f4 Write-Output -PassThru
Set-Alias -Name f5 -Value Get-Date -Description 'the date'
(Get-Alias f5).Description

#### Get-Alias of a missing name and by definition
Get-Alias spo-no-such-alias
Get-Alias -Definition Where-Object

#### Set-Alias and New-Alias WhatIf
Set-Alias f6 Write-Output -WhatIf
New-Alias f7 Write-Output -WhatIf
Get-Alias f6
