# Get-PSCallStack (the frames of the running functions, script blocks and scripts, pwsh's CallStackFrame
# and its default view), Export-Alias (pwsh's alias file, CSV or Set-Alias lines) and Import-Alias (reading
# it back, its errors). The date line of an alias file's header differs at every run: cases check its shape.

#### call stack at the top level
Get-PSCallStack
(Get-PSCallStack).Count
$c = Get-PSCallStack; $c.GetType().FullName
$c.Command; $c.FunctionName; $c.Location; $c.Arguments; $c.ScriptName -eq ''; $c.ScriptLineNumber
$c.ToString()

#### call stack of nested functions
function Outer { param($a) Inner -b 2 }
function Inner { param($b) Get-PSCallStack }
Outer 1
function f1 { f2 }; function f2 { (Get-PSCallStack).Count }
f1
& { function f { function g { (Get-PSCallStack).Count }; g }; f }

#### call stack frame properties
function f { param($x, [switch]$s) $y = 5; $c = Get-PSCallStack; $c[0] | Format-List *; $c[1] | Format-List * }
f 3 -s

#### call stack ToString and Select-Object
function f { Get-PSCallStack | Select-Object -First 1 }
$s = f
$s.Command
$s.ToString()
function g { Get-PSCallStack | ForEach-Object { $_.ToString() } }
g

#### call stack arguments
function a { param($zeta, $alpha) (Get-PSCallStack)[0].Arguments }
a 1 2
a -alpha 1 -zeta 2
function b { (Get-PSCallStack)[0].Arguments }
b x y 3
b
b @(1, 2) @{ a = 1 }
function c { param($p) (Get-PSCallStack)[0].Arguments }
c 'x y' extra 3
c $null
c @(1, 2, 3)
c { sb }
c 1.5
c $true
c @($null, 1)
function m { param($p) $PSBoundParameters['zz'] = 1; (Get-PSCallStack)[0].Arguments }
m 1
function n { $args[0] = 7; (Get-PSCallStack)[0].Arguments }
n 1 2
& { param($k) (Get-PSCallStack)[0].Arguments } -k 4 5
(Get-PSCallStack)[0].Arguments.GetType().FullName

#### call stack arguments of advanced and pipeline functions
function adv { [CmdletBinding()] param($q) (Get-PSCallStack)[0].Arguments }
adv 5 -Verbose
function pp { param([Parameter(ValueFromPipeline)]$v) process { (Get-PSCallStack)[0].Arguments } }
7, 8 | pp
1, 2 | & { process { (Get-PSCallStack)[0].Arguments } }

#### call stack of script blocks
function show { process { $_ | Select-Object Command, FunctionName, Arguments, Position, ScriptLineNumber } }
1 | ForEach-Object { Get-PSCallStack | show | Format-Table }
(1).ForEach({ Get-PSCallStack | show | Format-Table | Out-Host })
1 | Where-Object { Get-PSCallStack | show | Format-Table | Out-Host }
{ Get-PSCallStack | show | Format-Table | Out-Host }.Invoke()
& { begin { Get-PSCallStack | show | Format-Table | Out-Host } }
. { Get-PSCallStack | show | Format-Table | Out-Host }

#### call stack of a class method
class C { [void] M($a) { Get-PSCallStack | Select-Object Command, FunctionName, Position | Format-Table | Out-Host } }
[C]::new().M(4)

#### call stack of named blocks
function nb { begin { } process { Get-PSCallStack | Format-List Command, FunctionName, Position } }
nb

#### call stack positions
function f1 { f2 }
function f2 { Get-PSCallStack | Format-Table Command, ScriptLineNumber, Position }
f1
function f3 {
  $x = 1
  Get-PSCallStack | Select-Object -First 1 | ForEach-Object { $_.ScriptLineNumber; $_.Position.Text; $_.Position.StartLineNumber; $_.Position.StartColumnNumber }
}
f3

#### call stack frame variables
function f { param($x, [switch]$s) $y = 5; $c = Get-PSCallStack; $v = $c[0].GetFrameVariables(); $v['y'].Value; $v['x'].Value; $v.ContainsKey('s'); $v.ContainsKey('nope'); $v['y'].GetType().FullName; $v.GetType().Name }
f 3 -s
function fp { process { ((Get-PSCallStack)[0].GetFrameVariables().Keys | Sort-Object) -join ',' } }
1 | fp
function fa { [CmdletBinding()] param($p) ((Get-PSCallStack)[0].GetFrameVariables().Keys | Sort-Object) -join ',' }
fa -Verbose
& { $q = 1; ((Get-PSCallStack)[0].GetFrameVariables().Keys | Sort-Object) -join ',' }
function hv { $r = 1; $v = (Get-PSCallStack)[0].GetFrameVariables(); $v['PSCommandPath'].Value -eq $null; $v['PSCommandPath'].GetType().Name; $v['R'] -eq $null; $v['R'].Value }
hv

#### call stack frame invocation info
function f { Get-PSCallStack }
$x = f
$x[0].InvocationInfo.InvocationName
$x[0].InvocationInfo.MyCommand.CommandType
$x[0].InvocationInfo.MyCommand.Name
$x[0].Position.GetType().FullName
$x[0].GetType().FullName

#### call stack invocation info of script blocks
1 | ForEach-Object { $null -eq (Get-PSCallStack)[0].InvocationInfo }
(1).ForEach({ $null -eq (Get-PSCallStack)[0].InvocationInfo })
1 | Where-Object { $null -eq (Get-PSCallStack)[0].InvocationInfo | Out-Host }
class C { [void] M() { $null -eq (Get-PSCallStack)[0].InvocationInfo | Out-Host } }
[C]::new().M()
function g { 1 | ForEach-Object { [object]::ReferenceEquals((Get-PSCallStack)[0].InvocationInfo, (Get-PSCallStack)[1].InvocationInfo) } }
g

#### call stack invocation info of an anonymous block | -f
function f {
  (1).ForEach({ $i = (Get-PSCallStack)[0].InvocationInfo; $null -eq $i.MyCommand; $i.ScriptLineNumber; $i.OffsetInLine; $i.Line; $i.PositionMessage -replace [regex]::Escape($PSCommandPath), 'SCRIPT'; $i.InvocationName -eq ''; $i.ScriptName -eq $PSCommandPath })
}
f

#### call stack verbose and alias
Get-PSCallStack -Verbose
gcs | ForEach-Object FunctionName
Get-Command Get-PSCallStack | Format-List Name, CommandType, Source
(Get-Alias gcs).Definition

#### call stack of a script file | -f
function Outer { param($a) Inner -b 2 }
function Inner { param($b) Get-PSCallStack }
Outer 1
"count: " + (& { function f { function g { (Get-PSCallStack).Count }; g }; f })
$s = Get-PSCallStack | Select-Object -First 1
$s | Format-List *
$s.ToString() -replace [regex]::Escape($PSCommandPath), 'SCRIPT'
Get-PSCallStack | ForEach-Object { $_.ToString() -replace [regex]::Escape($PSCommandPath), 'SCRIPT' }

#### call stack of a script called from the command line
Set-Content ./cs-x.ps1 -Value @'
function Outer { param($a) Inner -b 2 }
function Inner { param($b) Get-PSCallStack }
Outer 1
"count: " + (& { function f { function g { (Get-PSCallStack).Count }; g }; f })
(Get-PSCallStack | Select-Object -Last 1).Location
'@
./cs-x.ps1
Remove-Item ./cs-x.ps1

#### export alias csv
Set-Alias zz Get-ChildItem -Description 'my desc'
New-Alias 'q,x' Get-Date
Export-Alias ./ea-a.csv -Name zz, q*, gci
$l = Get-Content ./ea-a.csv
$l.Count
$l[0]; $l[1]; $l[3]
$l[2] -match '^# Date/Time : \w+, '
$l | Select-Object -Skip 4
Remove-Item ./ea-a.csv

#### export alias script
Set-Alias zz Get-ChildItem -Description 'my desc'
Set-Alias qq Get-Date -Description 'say "hi", ok'
Export-Alias ./ea-b.ps1 -As Script -Name zz, gci, qq
Get-Content ./ea-b.ps1 | Select-Object -Skip 4
Export-Alias ./ea-b.csv -Name qq, gal, %
Get-Content ./ea-b.csv | Select-Object -Skip 4
Remove-Item ./ea-b.ps1, ./ea-b.csv

#### export alias description append passthru
Set-Alias zz Get-ChildItem
Export-Alias ./ea-d.csv -Name zz -PassThru -Description 'hello there'
Export-Alias ./ea-d.csv -Name gal -Append
Export-Alias ./ea-d.ps1 -As Script -Name zz -Description "l1`nl2"
Get-Content ./ea-d.csv | Where-Object { $_ -notmatch '^# Date' }
Get-Content ./ea-d.ps1 | Where-Object { $_ -notmatch '^# Date' }
Remove-Item ./ea-d.csv, ./ea-d.ps1

#### export alias literal path and wildcards
Set-Alias zz Get-ChildItem
Export-Alias -LiteralPath './ea-l[1].csv' -Name zz
Get-ChildItem -Name ./ea-l*
Export-Alias './ea-w*.csv' -Name zz
$Error[0].FullyQualifiedErrorId
'x' > ./ea-w1.csv; 'x' > ./ea-w2.csv
Export-Alias './ea-w*.csv' -Name zz
Export-Alias './ea-w1*.csv' -Name zz
Get-Content ./ea-w1.csv | Select-Object -Skip 4
Remove-Item -LiteralPath './ea-l[1].csv'; Remove-Item ./ea-w1.csv, ./ea-w2.csv

#### export alias noclobber
Set-Alias zz Get-ChildItem
'x' > ./ea-n.csv
Export-Alias ./ea-n.csv -Name zz -NoClobber
$?
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
$Error[0].Exception.GetType().FullName
Get-Content ./ea-n.csv
Export-Alias ./ea-n.csv -Name zz -NoClobber -Force
Export-Alias ./ea-n.csv -Name zz -NoClobber -Append
(Get-Content ./ea-n.csv)[-1]
Remove-Item ./ea-n.csv

#### export alias errors
Set-Alias zz Get-ChildItem
Export-Alias ./ea-e.csv -Name nosuch
$?
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
(Get-Content ./ea-e.csv).Count
Export-Alias ./ea-e.csv -Name nosuch*
$?
Export-Alias ./nodir/a.csv -Name zz
'after'
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
Export-Alias ./nodir/a.csv -Name zz -ErrorAction SilentlyContinue
Export-Alias . -Name zz
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
Export-Alias ./ea-e.csv -Name zz -As Xml
Export-Alias -Name zz
Export-Alias ./ea-e.csv -Name zz -Scope 9
Export-Alias ./ea-e.csv -Name zz -Scope bogus
Export-Alias ./ea-e.csv -Name zz -Scope Global
Get-Content ./ea-e.csv | Select-Object -Skip 4
Export-Alias ./ea-e.csv -Name zz -WhatIf
Remove-Item ./ea-e.csv

#### import alias
@'
# Alias File
# comment
"ia1","Get-Date","desc one","None"
"ia2","Get-ChildItem","","ReadOnly"

"ia3","Get-Location","","ReadOnly, AllScope"
'@ | Set-Content ./ia-a.csv
Import-Alias ./ia-a.csv
$?
Get-Alias ia1, ia2, ia3 | Format-Table Name, Definition, Description, Options
Import-Alias ./ia-a.csv -Force -PassThru
(Get-Alias ia1).Description
Remove-Item ./ia-a.csv

#### import alias that exists
'"gci","Get-Location","","None"' | Set-Content ./ia-e.csv
'"Get-Date","Get-Location","","None"' | Set-Content ./ia-c.csv
Import-Alias ./ia-e.csv
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
$Error[0].Exception.GetType().FullName
$Error[0].TargetObject
Import-Alias ./ia-c.csv
(Get-Alias gci).Definition
Import-Alias ./ia-e.csv -Force
(Get-Alias gci).Definition
Remove-Item ./ia-e.csv, ./ia-c.csv

#### import alias bad options
@'
"io1","Get-Date","","Bogus"
"io2","Get-Date","",""
"io3","Get-Date","","readonly"
"io4","Get-Date","","1"
'@ | Set-Content ./ia-o.csv
Import-Alias ./ia-o.csv
$?
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
$Error[0].Exception.GetType().FullName
(Get-Alias io3).Options
(Get-Alias io4).Options
Get-Alias io1 -ErrorAction SilentlyContinue
Remove-Item ./ia-o.csv

#### import alias bad line
@'
"ok1","Get-Date","","None"
bad line here
"ok2","Get-Date","","None"
'@ | Set-Content ./ia-b.csv
Import-Alias ./ia-b.csv
'after'
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
$Error[0].Exception.GetType().FullName
Get-Alias ok1 -ErrorAction SilentlyContinue
try { Import-Alias ./ia-b.csv -ErrorAction SilentlyContinue } catch { 'caught' }
'"five","Get-Date","","None","extra"' | Set-Content ./ia-b.csv
Import-Alias ./ia-b.csv
'"x1","Get-Date"' | Set-Content ./ia-b.csv
Import-Alias ./ia-b.csv
Remove-Item ./ia-b.csv

#### import alias quoting
@'
  "sp1" , "Get-Date" , "a""b" , "None"
nq , Get-Date,x"y"z,None
"a"b,Get-Date,,None
"c,d",Get-Date,"",None
#x,Get-Date,,None

"e",Get-Date,"","none"
'@ | Set-Content ./ia-q.csv
Import-Alias ./ia-q.csv -PassThru | ForEach-Object { "[$($_.Name)][$($_.Definition)][$($_.Description)][$($_.Options)]" }
Remove-Item ./ia-q.csv

#### import alias path errors
Import-Alias ./nope.csv
'after'
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
Import-Alias ./nope*.csv
$Error[0].FullyQualifiedErrorId
Import-Alias .
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
Import-Alias
'"w1","Get-Date","","None"' | Set-Content ./ia-w.csv
Import-Alias ./ia-w.csv -Scope 9
Import-Alias ./ia-w.csv -WhatIf
Get-Alias w1 -ErrorAction SilentlyContinue
Import-Alias -LiteralPath ./ia-w.csv -Scope Global -PassThru | ForEach-Object Name
Remove-Item ./ia-w.csv

#### export then import
Set-Alias rt1 Get-Date -Description 'round trip' -Option ReadOnly
Set-Alias rt2 Get-ChildItem
Export-Alias ./rt.csv -Name rt*
Remove-Item alias:rt1 -Force; Remove-Item alias:rt2
Import-Alias ./rt.csv -PassThru | Format-Table Name, Definition, Description, Options

Remove-Item ./rt.csv
