# Typed variables of type [bool] and [switch] take only Booleans and numbers, as parameters of those
# types do (pwsh's ArgumentTypeConverterAttribute on the variable); a property assigned through a cast
# only converts. $HOME is ReadOnly and AllScope.

#### A [bool] variable refuses text, $null and arrays
[bool]$x = 'abc'
$x
[bool]$y = 1
$y
[bool]$z = $null
$z
[bool]$w = @(1)
$w
[bool]$n = 0
$n

#### A later assignment keeps the constraint
[bool]$x = 1
$x = 'abc'
$x
$x = 2
$x

#### A [switch] variable, and casts in a chain
[switch]$s = 'abc'
[switch]$q = $null
$q.IsPresent
[string][bool]$t = 1
$t
[bool][string]$u = 'abc'
$u
[bool]$c = [switch]::Present
$c

#### A property assigned through a [bool] cast only converts
$o = [pscustomobject]@{ y = 1 }
[bool]$o.y = 'abc'
$o.y

#### $HOME cannot be assigned or removed without -Force
$before = $HOME
$HOME = 'x'
$HOME -eq $before
function f { $HOME = 'y'; $HOME -eq $before }
f
Remove-Variable HOME
(Get-Variable HOME).Options
