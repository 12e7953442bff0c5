# Arithmetic with an object operand: pwsh looks for the operator method on its type (op_Addition ...).

#### an ErrorRecord in arithmetic 1
try { 1/0 } catch { $e = $_ }
$e + 1

#### an ErrorRecord in arithmetic 2
try { 1/0 } catch { $e = $_ }
1 + $e

#### an ErrorRecord in arithmetic 3
try { 1/0 } catch { $e = $_ }
$e - 1
$e * 2
$e / 2
$e % 2
'5' - $e
$e + 'a'

#### an ErrorRecord with $null and text
try { 1/0 } catch { $e = $_ }
($null + $e).FullyQualifiedErrorId
'a' + $e

#### other objects in arithmetic
([pscustomobject]@{a = 1}) + 1
1 - ([pscustomobject]@{a = 1})
{1} + 1
(New-Object System.Text.StringBuilder) + 1
[System.Exception]::new('x') + 1
[guid]::Empty + 1

#### -is [psobject] of values made by the script
try { 1/0 } catch { $e = $_ }
$e -is [psobject]
1 -is [psobject]
'x' -is [psobject]
@{} -is [psobject]
([pscustomobject]@{a = 1}) -is [psobject]
$null -is [psobject]
@(1) -is [psobject]
$e -isnot [psobject]
