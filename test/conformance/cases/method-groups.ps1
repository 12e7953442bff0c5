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
