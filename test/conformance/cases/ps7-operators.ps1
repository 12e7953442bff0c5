# PowerShell 7's operators: `??`, `??=`, the ternary `? :`, and the null-conditional `?.` and `?[ ]`
# (issue 11): precedence, nesting, short-circuiting, AutomationNull, and the errors of incomplete forms.

#### ?? gives the right side for $null
$null ?? 5
$x = 'set'; $x ?? 'other'
1 ?? 2

#### ?? keeps values that are not $null
0 ?? 7
'' ?? 7
$false ?? 7
@() ?? 6
'after'

#### ?? short-circuits
$z = 'x'; $z ?? (Write-Host 'rhs evaluated')
$null ?? (Write-Host 'evaluated')

#### ?? chains right to left
$null ?? $null ?? 7
$m = 'abc'; $m ?? 'x' ?? 'y'
$null ?? $null
'end'

#### ?? binds tighter than comparisons
(0 -eq $null ?? 0)
$null ?? 1 -eq 1
$null ?? 1 -band 3
-not $null ?? 3

#### ?? binds looser than arithmetic
1 + $null ?? 4
$null ?? 1 + 4
2 * $null ?? 3
$null ?? 2 * 3
$null ?? 1..3
'{0}' -f $null ?? 'z'

#### ?? and the comma
1, 2 ?? 3
$null ?? 1, 2
(,$null ?? 5).Count

#### ?? with AutomationNull
(& {}) ?? 1
$e = & {}
$e ?? 'was empty'

#### ??= assigns only when $null
$c = $null; $c ??= 3; $c
$c ??= 4; $c
$w = 0; $w ??= 9; $w
$o = $null; $o ??= 1, 2; $o.Count
$h = $null; $h ??= Write-Output 9; $h

#### ??= does not evaluate the right side when set
$p = 5; $p ??= (Write-Host 'no'); $p

#### ??= on a property and an undefined variable
$r = @{}; $r.k ??= 'v'; $r.k
$undefinedVariable ??= 'now set'; $undefinedVariable

#### ??= assigns the value back when it is set: a ReadOnly property or variable is an error
$d = Get-Date; $d.Year ??= $(Write-Host 'rhs'; 3)
'next'
$s = 'abc'; $s.Length ??= 3
$a = @(1, 2); $a.Count ??= 3
New-Variable r 1 -Option ReadOnly; $r ??= 2; "r $r"
$x = $d.Year ??= 5; "x=$x"
$o = [pscustomobject]@{ a = 1 }; $o.a ??= $(Write-Host 'rhs2'; 2); $o.a

#### the other compound assignments on a ReadOnly property
$d = Get-Date
$d.Year += 1
$d.Year -= 1
$d.Year *= 1
$d.Year /= 1
$d.Year %= 1
$d.Year++
++$d.Year
$d.Year--
$a = @(1, 2); $a.Length += 1

#### ternary basics
$true ? 'y' : 'n'
0 ? 'a' : 'b'
$q = 5; $q ? 'a' : 'b'
$v = $true ? 10 : 20; $v
$true ?1:2

#### ternary is below -eq, -and and -or
1 -eq 1 ? 'a' : 'b'
$true -and $false ? 'y' : 'n'
1 -or 0 ? 'y' : 'n'

#### ternary nests to the right
$a = $null; $b = 2
$a ? $b ? 1 : 2 : 3
$true ? $false ? 1 : 2 : 3
$true ? 'a' : $false ? 'b' : 'c'
$false ? 'a' : $false ? 'b' : 'c'
$true ? 1 : 2 ? 3 : 4

#### ternary branches hold arrays
$true ? 1, 2 : 3

#### ternary evaluates one branch
$true ? 'yes' : (Write-Host 'not evaluated')
$false ? (Write-Host 'not evaluated') : 'no'

#### ternary across lines
$t = $true ?
  'first' :
  'second'
$t

#### ternary in a command argument needs parentheses
$x = $null
Write-Output ($x ? 1 : 2)
Write-Output $true ? 1 : 2

#### ? is still Where-Object
1..3 | ? { $_ -gt 1 }
Write-Output ?

#### a ? after a variable name is part of the name
$n?b = 4; ${n?b}
$a = 'q'; $a?.Length
$x = @{k=1}; $x?.k
'done'

#### ?. and ?[] on $null
$n = $null
${n}?.Length
${n}?.Foo((Write-Host 'evaluated'))
${n}?[0]
${n}?[(Write-Host 'evaluated')]
'nothing above'

#### ?. and ?[] on a value
$s = 'abc'; ${s}?.Length; ${s}?[1]; ${s}?.ToUpper()

#### ?. only guards its own step
$n = $null
${n}?.Foo().Bar()
'after1'
${n}?[0][1].X()
'after2'

#### incomplete: $a ? | -f
$a ?

#### incomplete: $a ? 1 | -f
$a ? 1

#### incomplete: $a ? 1 : | -f
$a ? 1 :

#### incomplete: $a ?? | -f
$a ??

#### incomplete: $a ??= | -f
$a ??=

#### missing colon before a token
$a ? 1 2

#### missing value after ? and ??
$a ? : 2

#### ?? followed by a command word
$a ?? foo

#### ?? followed by a statement
$a ?? if (1) {2}

#### ? with a blank before .
${a} ?.Length

#### missing value after : before ;
$a ? 1 : ; 'x'

#### ?. with no name
${a}?.

#### -replace with a script block: $_ is the Match
'abc' -replace 'b', { $_.Value.ToUpper() }; 'Title Case' -creplace '[A-Z]', { $_.Value.ToLower() }; 'a1b2' -replace '\d', { [int]$_.Value * 2 }; 'x' -ireplace 'X', { 'y' }
"ab" -replace "(?<n>a)", { $_.Groups["n"].Value + "!" }; "ab" -replace "a", { $_.GetType().FullName }; "ab", "ca" -replace "a", { $_.Index }

#### -replace's script block runs in the caller's scope; its output is joined
$x = 1; "ab" -replace "a", { $x = 5; "z" }; $x
"ab" -replace "a", { 1, 2 }; "ab" -replace "a", { }; "AB" -creplace "a", { "x" }; "AB" -replace "a", { "x" }

#### an error in -replace's script block
'x'
try { "ab" -replace "a", { throw "boom" } } catch { $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId }
"ab" -replace "(", { 1 }

#### Write-Error in -replace's script block points at the statement
'x'
"ab" -replace "a", { Write-Error "we"; "q" }
try { "ab" -replace "a", { throw "boom" } } catch { $_.ScriptStackTrace -replace '\d+', 'N' }
