# Clear-Item on the session drives (a variable becomes $null; an environment variable, function or alias
# goes) and on the FileSystem (not supported); Copy-Item between items of one session drive, and
# Move-Item, which those providers cannot do.

#### Clear-Item on Env:, Variable:, Function: and Alias:
$env:SPO_CC1 = 'one'
Clear-Item Env:SPO_CC1
"[$env:SPO_CC1]"; Test-Path Env:SPO_CC1
$ccv = 5
Clear-Item Variable:ccv
"[$ccv]"; Test-Path Variable:ccv
function ccf { 'f' }
Clear-Item Function:ccf
Test-Path Function:ccf
Set-Alias ccz Get-Date
Clear-Item Alias:ccz
Test-Path Alias:ccz
cli Variable:ccv
'done'

#### Clear-Item's errors
Clear-Item Env:SPO_CC_NOPE
Clear-Item Variable:cc_nope
Set-Variable ccro -Value 1 -Option ReadOnly
Clear-Item Variable:ccro
$ccro
Clear-Item Variable:ccro -Force
"[$ccro]"
Set-Variable cck -Value 1 -Option Constant
Clear-Item Variable:cck -Force
foreach ($block in { Clear-Item Variable:true }, { Clear-Item Env:SPO_CC_NOPE }) {
  $Error.Clear(); & $block 2>$null
  $e = $Error[0]; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"; "$($e.TargetObject)"; $e.Exception.Message
}

#### Clear-Item on files and folders is not supported
$null = New-Item -ItemType Directory ./cc1/sub
Set-Content ./cc1/a.txt 'abc'
Clear-Item ./cc1/a.txt
Clear-Item ./cc1/sub
Clear-Item ./cc1/nope.txt
Get-Content ./cc1/a.txt
$Error.Clear(); Clear-Item ./cc1/a.txt 2>$null
$e = $Error[0]; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"; $e.Exception.Message
Remove-Item ./cc1 -Recurse

#### Clear-Item -WhatIf
$env:SPO_CC2 = '1'
function ccg { 1 }
Clear-Item Env:SPO_CC2 -WhatIf
Clear-Item function:ccg -WhatIf
$env:SPO_CC2; ccg

#### Copy-Item within a session drive
$env:SPO_CC3 = 'three'
Copy-Item Env:SPO_CC3 Env:SPO_CC4
$env:SPO_CC4
function ccsrc { 'from ccsrc' }
Copy-Item function:ccsrc function:ccdst
ccdst
$ccw = 5
Copy-Item Variable:ccw Variable:ccw2
$ccw2
Set-Alias ccy Get-Date
Copy-Item Alias:ccy Alias:ccy2
(Get-Alias ccy2).Definition
$env:SPO_CC5 = 'old'
Copy-Item Env:SPO_CC3 Env:SPO_CC5
$env:SPO_CC5
Copy-Item Env:SPO_CC3 Env:/SPO_CC6
$env:SPO_CC6
Copy-Item -LiteralPath Env:SPO_CC3 -Destination Env:SPO_CC7
$env:SPO_CC7

#### Copy-Item -PassThru, -WhatIf and errors
$env:SPO_CC8 = 'eight'
function ccpf { 'f' }
Copy-Item function:ccpf function:ccpg -PassThru | ForEach-Object { $_.GetType().FullName; $_.Name }
$ccpv = 1
Copy-Item variable:ccpv variable:ccpw -PassThru | ForEach-Object { $_.GetType().FullName; $_.Name }
Copy-Item Env:SPO_CC8 Env:SPO_CC9 -PassThru
Copy-Item Env:SPO_CC8 Env:SPO_CC10 -WhatIf
Test-Path Env:SPO_CC10
Copy-Item Env:SPO_CC_NOPE Env:SPO_CC11
Copy-Item Env:SPO_CC8 Variable:ccx
Copy-Item Env:SPO_CC8 ./cc-env.txt
Test-Path ./cc-env.txt
Set-Variable ccro2 1 -Option ReadOnly
$ccw3 = 3
Copy-Item variable:ccw3 variable:ccro2
$Error.Clear(); Copy-Item Env:SPO_CC8 Variable:ccx 2>$null
$e = $Error[0]; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"; "$($e.TargetObject)"

#### Move-Item cannot move session items
$env:SPO_CC12 = 'twelve'
Move-Item Env:SPO_CC12 Env:SPO_CC13
"[$env:SPO_CC12][$env:SPO_CC13]"
function ccm { 'm' }
Move-Item function:ccm function:ccn
Test-Path function:ccm
try { Move-Item Env:SPO_CC12 Env:SPO_CC13 -ErrorAction Stop } catch { 'caught'; $_.FullyQualifiedErrorId; "$($_.CategoryInfo)" }
'after'
