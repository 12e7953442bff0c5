# Method groups: a method named without parentheses shows its overloads; Clone() of hashtables and arrays.

#### string method group
'x'.ToUpper
'x'.Trim

#### hashtable Clone and its group
$h = @{ a = 1 }
$h.Clone
$c = $h.Clone(); $c.b = 2; $h.Count; $c.Count; $c.GetType().FullName

#### array Clone
$a = 1, 2, 3
$b = $a.Clone(); $b[0] = 9; $a[0]; $b[0]; $b.GetType().FullName
$a.Clone

#### method group values
$g = 'abc'.Substring
$g.Name
$g.Invoke(1)
"$g"

#### Format-Table of method groups wraps their overloads (the view's <Wrap/>)
'x'.Split | Format-Table
(Get-Date).AddDays, 'x'.ToUpper | Format-Table
'x'.ToUpper, 'y' | Format-Table
'x'.Split | Format-Table -AutoSize

#### Format-Table -Wrap shows a long cell in full
[pscustomobject]@{a='x'*500} | Format-Table -Wrap
[pscustomobject]@{a=(1..60 | ForEach-Object { 'line' + $_ }) -join "`n"} | Format-Table -Wrap
'x'.Split | Format-Table -Wrap -HideTableHeaders
