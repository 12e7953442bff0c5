# A typed parameter's variable keeps its type in the body, as pwsh's type-constrained variables do:
# assignments, ++ and += convert to the parameter's type, and a value that does not convert fails
# as the assignment.

#### an int parameter converts a string assigned in the body
function f([int]$n) { $n = '5'; $n.GetType().Name; $n }
f 1

#### a failing conversion is the assignment's error and the function goes on
function f([int]$n) { $n = 'x'; 'after'; $n }
f 1

#### a script block's typed parameter is constrained too
& { param([int]$n) $n = '5'; $n.GetType().Name } 1

#### a string parameter converts numbers and $null
function fs { param([string]$s) $s = 5; $s.GetType().Name; $s = $null; "[$s]" }
fs 'a'

#### a default value's type constraint holds for later assignments
function k { param([datetime]$d = '2020-01-01', [int[]]$a) $a = '1', '2'; $a[0].GetType().Name; $d.Year; $d = '2021-02-03'; $d.GetType().Name; $d.Month }
k

#### object and untyped parameters take anything
function m([object]$o, $p) { $o = 1; $p = 'x'; $o.GetType().Name; $p.GetType().Name }
m

#### increment and compound assignment keep the type
function q([int]$n) { $n++; $n; $n += '2'; $n; $n.GetType().Name }
q 3

#### string array, hashtable and switch parameters
function rr([string[]]$names, [hashtable]$h, [switch]$w) { $names = 'one'; $names.GetType().Name; $h = @{}; $h.GetType().Name; $w = 1; $w.GetType().Name }
rr

#### bool parameter converts and refuses a string
function cr([pscredential]$c, [securestring]$p, [bool]$b) { $b = 1; $b.GetType().Name; $c = $null; "[$c]"; $b = 'x'; $b }
cr

#### a pipeline-bound typed parameter in process
function adv { [CmdletBinding()] param([Parameter(ValueFromPipeline)][int]$n) process { $n = "$n" + '0'; $n; $n.GetType().Name } }
'1', '2' | adv

#### a hashtable parameter refuses a string
function hsh([hashtable]$h) { $h = 'x'; 'next' }
hsh

#### a double parameter
function dd([double]$x) { $x = '2.5'; $x * 2; $x.GetType().Name }
dd 1
