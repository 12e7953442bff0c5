# Jagged array types ([int[][]], [string[][]]), array construction (::new, New-Object), nesting with the
# unary comma, and multidimensional array types ([int[,]]) as far as spo-shell has them.

#### cast to int[][] and its type
$a = [int[][]]((1,2),(3,4))
$a.GetType().FullName
$a[0].GetType().FullName
$a[0][1]
$a[1][0].GetType().Name
$a.Count
$a

#### jagged indexing and enumeration
$a = [int[][]]((1,2),(3,4))
$a[1]
$a[0] -join ','
$a.ForEach({ $_.Count })
foreach ($row in $a) { $row.GetType().Name }
$a | ForEach-Object { $_.GetType().Name }
$a[0][5]
$a[-1][-1]

#### storing into a jagged array converts to the element type
$a = [int[][]]((1,2),(3,4))
$a[0][0] = '9'; $a[0][0].GetType().Name
$a[1] = '5','7'
$a[1].GetType().FullName
$a[1][1].GetType().Name
$a[1] = 'x','7'

#### adding to a jagged array gives an object array
$a = [int[][]]((1,2),(3,4))
$a += ,(5,6)
$a.GetType().FullName
$a[2].GetType().FullName
$a.Count

#### one-element and scalar casts
[int[][]]@(,(1,2))
([int[][]]@(,(1,2))).Count
[int[][]]'5'
([int[][]]5).GetType().FullName
([int[][]]5)[0][0]
[int[][]](1,2)
([int[][]](1,2))[1].GetType().FullName
[int[][]]$null
$e = [int[][]]@()
$e.Count
$e.GetType().FullName

#### jagged cast failures
[int[][]]('a',(1,2))

#### jagged cast failure of a scalar
[int[][]]'x'

#### jagged cast failure of an inner element
[int[][]]((1,2),(3,'b'))

#### string jagged arrays and typed variables
$s = [string[][]](('a','b'),('c'))
$s.GetType().FullName
$s[1].GetType().FullName
$s[1][0]
[string[][]]$t = @(,@('a'))
$t.GetType().FullName
$t[0][0]
$t = 1
$t.GetType().FullName
$t[0].GetType().FullName

#### jagged parameter
function f([int[][]]$p) { $p.GetType().FullName; $p[0].GetType().FullName }
f ((1,2),(3,4))
f 5

#### New-Object and ::new make arrays
$n = New-Object 'int[][]' 3
$n.GetType().FullName
$n.Count
$null -eq $n[0]
$n[0] = 1,2
$n[0].GetType().FullName
$n[0][1]
$j = [int[][]]::new(2)
$j.GetType().FullName
$j.Length
$g = [object[][]]::new(2)
$g.GetType().FullName
([int[]]::new(3)) -join ','
([int[]]::new(3)).GetType().FullName
(New-Object 'int[]' 2).Count
$b = [bool[]]::new(2); $b
$c = [char[]]::new(1); [int]$c[0]
$s = [string[]]::new(2); $null -eq $s[0]
([single[]]::new(1))[0].GetType().Name
([decimal[]]::new(1))[0].GetType().Name
([guid[]]::new(1))[0].Guid
([timespan[]]::new(1))[0].Ticks
[int[]]::new(2.6).Count
[int[]]::new('3').Count

#### array constructor errors
[int[]]::new()

#### array constructor without a length in New-Object
New-Object 'int[]'

#### array constructor with a negative length
[int[]]::new(-1)

#### New-Object array with a negative length
New-Object 'int[]' -1

#### array constructor with text that is not a number
[int[]]::new('a')

#### array constructor with two lengths
[int[]]::new(2,3)

#### typed array element assignment
$x = [int[]]::new(2); $x[1] = '7'; $x[1].GetType().Name
$o = [object[]]::new(1); $o[0] = '5'; $o[0].GetType().Name
$x = [int[]]::new(2); $x[0] = 'x'

#### nesting with the unary comma
$x = ,(1,2)
$x.Count
$x[0].Count
$x[0][1]
$y = ,,(1,2)
$y.Count
$y[0][0][1]
(1,(2,3))[1][0]
,(1,2) | ForEach-Object { $_.Count }
(,(1,2)).Count
@(,(1,2)).Count
@(@(1,2)).Count
$z = @((1,2),(3,4)); $z[1][0]
$z.GetType().FullName
$z[0].GetType().FullName
[int[][][]]@(,@(,(1,2))) | ForEach-Object { $_.GetType().FullName }

#### jagged type objects
[type]'int[][]'
([type]'int[][]').FullName
[int[][]].Name
[int[][]].FullName
[int[][]].BaseType.FullName
[int[][]] | Format-List Name, FullName
'x' -is [int[][]]
$a = [int[][]]((1,2),(3,4))
$a -is [int[][]]
$a -is [array]
$a -is [object[]]

#### multidimensional array types
[int[,]]
[int[,]].FullName
[int[,]].Name
[int[,]].BaseType.FullName
[int[,,]].FullName
[int[,]]$null
5 -is [int[,]]

#### cast to a multidimensional array
[int[,]](1,2)

#### cast of a scalar to a multidimensional array
[int[,]]5

#### multidimensional array construction
$m = [int[,]]::new(2,3)
$m.Rank
