# ++ and -- and = through parentheses and casts: what pwsh steps or assigns, and what its parse error underlines.

#### prefix and postfix steps as statements and as values
$x = 5; ++$x; $x; --$x; $x
++($x); $x; --($x); $x
$y = ++($x); $y
++[int]$x; $x
$z = (++[int]$x); $z
($x)++; $x
$x = 1; ([int]$x)--; $x; (--[int]$x); $x

#### a cast reads the value converted and constrains the variable
$x = 2.5; ++[int]$x; $x; $x.GetType().Name
$x = 'abc'
$x
$n = 5; ++[long]$n; $n.GetType().Name; $n = 2.5; $n

#### steps on properties and elements through parentheses and casts
$h = @{a = 1}; ++($h.a); $h.a
$arr = 1, 2; ++($arr[0]); $arr
$o = [pscustomobject]@{y = 1}; ++[int]$o.y; $o.y
[int]$o.y = '5'; $o.y.GetType().Name

#### a string is no number, also after a cast
$s = '7'; ($s)++; $s; $s.GetType().Name
++[string]$u; $null -eq $u

#### $null steps without output
++$null
$null++
--$null

#### not assignable 1
++(1)

#### not assignable 2
--(1)

#### not assignable 3
++((1))

#### not assignable 4
++([int]1)

#### not assignable 5
++[int]1

#### not assignable 6
++(1+2)

#### not assignable 7
++($a, $b)

#### not assignable 8
++($x = 3)

#### not assignable 9
++(Get-Date)

#### not assignable 10
++$x++

#### assignment through parentheses and casts
($x) = 3; $x
([int]$x) = 3.5; $x
[int]($x) = 4; $x = 'abc'; $x
[string][int]$x = 2.5; $x.GetType().Name; $x = 'abc'; $x
($a, $b) = 1, 2; $a; $b
($c), $d = 3, 4; $c; $d
$x = 5; $v = ([int]$x = 2.5); $v; ([string][int]$x = 3.5)

#### assignment to what is not assignable 1
((1)) = 3

#### assignment to what is not assignable 2
[int]1 = 3

#### assignment to what is not assignable 3
$a, 1 = 2
