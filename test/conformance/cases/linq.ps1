# [System.Linq.Enumerable]'s static methods as admin scripts call them on large lists, and the
# [Func[...]] delegates pwsh makes from script blocks for them. pwsh infers the generic type arguments
# from a typed array ([int[]], [string[]], [object[]]), a List[T] or another LINQ result; a lazy result
# is enumerated when it is written to the pipeline.

#### the type literal, with and without System.
[System.Linq.Enumerable].FullName; [Linq.Enumerable].Name; [Linq.Enumerable]

#### Range and Repeat are enumerated on output
[Linq.Enumerable]::Range(1, 3); [Linq.Enumerable]::Repeat('ab', 2); [Linq.Enumerable]::Range(5, 0)

#### Range kept in a variable
$r = [Linq.Enumerable]::Range(10, 3); $r -join ','; $r.Count; ($r | Measure-Object -Sum).Sum

#### Range with a negative count
[Linq.Enumerable]::Range(1, -1)

#### Empty needs its type argument
[Linq.Enumerable]::Empty()

#### Distinct of a typed array
[Linq.Enumerable]::Distinct([int[]]@(1, 1, 2, 3, 3)) -join ','; [Linq.Enumerable]::Distinct([string[]]@('a', 'A', 'b')) -join ','

#### Distinct of an object array cannot infer its type
[Linq.Enumerable]::Distinct(@(1, 1, 2))

#### Distinct of [object[]] cast
[Linq.Enumerable]::Distinct([object[]]@(1, 1, 2, 'x', 'x')) -join ','

#### Distinct with a comparer
[Linq.Enumerable]::Distinct([string[]]@('a', 'A', 'b'), [StringComparer]::OrdinalIgnoreCase) -join ','

#### a Func delegate from a script block
$f = [Func[int,bool]]{ param($x) $x -gt 1 }; $f.Invoke(3); $f.Invoke(0); $f.GetType().Name; "$f"

#### a Func delegate's argument is converted
$f = [Func[int,bool]]{ param($x) $x -gt 1 }; $f.Invoke('5'); $f.Invoke('x')

#### a Func[string,string] delegate
$f = [Func[string,string]]{ param($s) $s.ToUpper() }; $f.Invoke('abc'); $f.Invoke(12)

#### Where with a Func[int,bool]
[Linq.Enumerable]::Where([int[]](1..6), [Func[int,bool]]{ param($x) $x % 2 -eq 0 })

#### Where with a script block is not a delegate
[Linq.Enumerable]::Where([int[]](1..5), { param($x) $x -gt 2 })

#### Where with a Func[object,bool] on an object array
[Linq.Enumerable]::Where(@(1..5), [Func[object,bool]]{ param($x) $x -gt 2 }) -join ','

#### Where with a mismatched delegate
[Linq.Enumerable]::Where([int[]](1..5), [Func[object,bool]]{ param($x) $x -gt 2 })

#### Where over $args[0] and $_
[Linq.Enumerable]::Where([int[]](1..5), [Func[int,bool]]{ $args[0] -gt 3 }) -join ','; [Linq.Enumerable]::Where([int[]](1..5), [Func[int,bool]]{ $_ -gt 3 }) -join ','

#### Where over strings
[Linq.Enumerable]::Where([string[]]@('apple', 'box', 'avocado'), [Func[string,bool]]{ param($s) $s.StartsWith('a') })

#### Select with a Func[int,int]
[Linq.Enumerable]::Select([int[]](1..3), [Func[int,int]]{ param($x) $x * 10 }) -join ','

#### Select with a Func[string,string]
[Linq.Enumerable]::Select([string[]]@('a', 'b'), [Func[string,string]]{ param($s) $s.ToUpper() + '!' })

#### Select to another type
[Linq.Enumerable]::Select([int[]](1..3), [Func[int,string]]{ param($x) 'n' + $x }) -join ','

#### Any and All
$a = [int[]](1..5); [Linq.Enumerable]::Any($a); [Linq.Enumerable]::Any([int[]]@()); [Linq.Enumerable]::Any($a, [Func[int,bool]]{ param($x) $x -gt 4 }); [Linq.Enumerable]::All($a, [Func[int,bool]]{ param($x) $x -gt 0 }); [Linq.Enumerable]::All($a, [Func[int,bool]]{ param($x) $x -gt 1 })

#### First and FirstOrDefault
$a = [int[]](3, 8, 9); [Linq.Enumerable]::First($a); [Linq.Enumerable]::First($a, [Func[int,bool]]{ param($x) $x -gt 5 }); [Linq.Enumerable]::FirstOrDefault($a, [Func[int,bool]]{ param($x) $x -gt 50 }); [Linq.Enumerable]::FirstOrDefault([string[]]@()) -eq $null

#### First of an empty sequence
[Linq.Enumerable]::First([int[]]@())

#### First with no match
[Linq.Enumerable]::First([int[]](1, 2), [Func[int,bool]]{ param($x) $x -gt 5 })

#### FirstOrDefault with a default value
[Linq.Enumerable]::FirstOrDefault([int[]]@(), 42)

#### Last, LastOrDefault, ElementAt
$a = [int[]](4, 5, 6); [Linq.Enumerable]::Last($a); [Linq.Enumerable]::Last($a, [Func[int,bool]]{ param($x) $x -lt 6 }); [Linq.Enumerable]::LastOrDefault([int[]]@()); [Linq.Enumerable]::ElementAt($a, 1); [Linq.Enumerable]::ElementAtOrDefault($a, 9)

#### Last of an empty sequence
[Linq.Enumerable]::Last([string[]]@())

#### ElementAt out of range
[Linq.Enumerable]::ElementAt([int[]](1, 2), 5)

#### Single
[Linq.Enumerable]::Single([int[]]@(7)); [Linq.Enumerable]::Single([int[]](1, 2, 3), [Func[int,bool]]{ param($x) $x -eq 2 })

#### Single of more than one element
[Linq.Enumerable]::Single([int[]](1, 2))

#### Single with more than one match
[Linq.Enumerable]::Single([int[]](1, 2, 3), [Func[int,bool]]{ param($x) $x -gt 1 })

#### Single of an empty sequence
[Linq.Enumerable]::Single([int[]]@())

#### Count with and without a predicate
[Linq.Enumerable]::Count([int[]](1..10)); [Linq.Enumerable]::Count([int[]](1..10), [Func[int,bool]]{ param($x) $x -gt 7 }); [Linq.Enumerable]::Count(@(1, 2))

#### Sum, Min, Max, Average of ints
$a = [int[]](4, 1, 7); [Linq.Enumerable]::Sum($a); [Linq.Enumerable]::Min($a); [Linq.Enumerable]::Max($a); [Linq.Enumerable]::Average($a); ([Linq.Enumerable]::Sum($a)).GetType().Name; ([Linq.Enumerable]::Average($a)).GetType().Name

#### Sum and Average of doubles and longs
[Linq.Enumerable]::Sum([double[]](1.5, 2.25)); [Linq.Enumerable]::Average([long[]](1, 2)); ([Linq.Enumerable]::Sum([long[]](1, 2))).GetType().Name; [Linq.Enumerable]::Max([double[]](1.5, -2))

#### Sum overflows Int32
[Linq.Enumerable]::Sum([int[]](2147483647, 1))

#### Sum of an object array
[Linq.Enumerable]::Sum(@(1, 2, 3))

#### Min and Average of an empty sequence
[Linq.Enumerable]::Min([int[]]@())
[Linq.Enumerable]::Average([int[]]@())
[Linq.Enumerable]::Sum([int[]]@())

#### Sum, Max with a selector
$w = [string[]]@('a', 'bbb', 'cc'); [Linq.Enumerable]::Sum($w, [Func[string,int]]{ param($s) $s.Length }); [Linq.Enumerable]::Max($w, [Func[string,int]]{ param($s) $s.Length }); [Linq.Enumerable]::Average($w, [Func[string,int]]{ param($s) $s.Length })

#### Min and Max of strings
[Linq.Enumerable]::Min([string[]]@('pear', 'apple', 'fig')); [Linq.Enumerable]::Max([string[]]@('pear', 'apple', 'fig'))

#### Take, Skip, TakeLast, SkipLast
$a = [int[]](1..6); [Linq.Enumerable]::Take($a, 2) -join ','; [Linq.Enumerable]::Skip($a, 4) -join ','; [Linq.Enumerable]::TakeLast($a, 2) -join ','; [Linq.Enumerable]::SkipLast($a, 4) -join ','; [Linq.Enumerable]::Take($a, 0) -join ','; [Linq.Enumerable]::Skip($a, 10) -join ','

#### TakeWhile and SkipWhile
$a = [int[]](1, 2, 5, 1); [Linq.Enumerable]::TakeWhile($a, [Func[int,bool]]{ param($x) $x -lt 3 }) -join ','; [Linq.Enumerable]::SkipWhile($a, [Func[int,bool]]{ param($x) $x -lt 3 }) -join ','

#### Reverse
[Linq.Enumerable]::Reverse([int[]](1, 2, 3)) -join ','; [Linq.Enumerable]::Reverse([string[]]@('x', 'y')) -join ','

#### Concat
[Linq.Enumerable]::Concat([int[]](1, 2), [int[]](3, 1)) -join ','

#### Concat of arrays of two types
[Linq.Enumerable]::Concat([int[]](1, 2), [string[]]@('a'))

#### Union, Intersect, Except
$a = [int[]](1, 2, 3, 3); $b = [int[]](3, 4); [Linq.Enumerable]::Union($a, $b) -join ','; [Linq.Enumerable]::Intersect($a, $b) -join ','; [Linq.Enumerable]::Except($a, $b) -join ','

#### Union, Intersect, Except with OrdinalIgnoreCase
$a = [string[]]@('Alice', 'bob'); $b = [string[]]@('ALICE', 'carol'); [Linq.Enumerable]::Union($a, $b) -join ','; [Linq.Enumerable]::Union($a, $b, [StringComparer]::OrdinalIgnoreCase) -join ','; [Linq.Enumerable]::Intersect($a, $b, [StringComparer]::OrdinalIgnoreCase) -join ','; [Linq.Enumerable]::Except($a, $b, [StringComparer]::OrdinalIgnoreCase) -join ','; [Linq.Enumerable]::Except($a, $b) -join ','

#### Contains
[Linq.Enumerable]::Contains([int[]](1, 2), 2); [Linq.Enumerable]::Contains([string[]]@('a', 'B'), 'b'); [Linq.Enumerable]::Contains([string[]]@('a', 'B'), 'b', [StringComparer]::OrdinalIgnoreCase)

#### SequenceEqual
[Linq.Enumerable]::SequenceEqual([int[]](1, 2), [int[]](1, 2)); [Linq.Enumerable]::SequenceEqual([int[]](1, 2), [int[]](2, 1))

#### ToArray, ToList, ToHashSet
$q = [Linq.Enumerable]::Range(1, 3); $a = [Linq.Enumerable]::ToArray($q); $a.GetType().FullName; $l = [Linq.Enumerable]::ToList($q); $l.GetType().Name; $l.Count; $h = [Linq.Enumerable]::ToHashSet([int[]](1, 1, 2)); $h.GetType().Name; $h.Count

#### ToList of a string array, then Add
$l = [Linq.Enumerable]::ToList([string[]]@('a', 'b')); $l.Add('c'); $l -join ','; $l[2]

#### Chunk
$c = [Linq.Enumerable]::Chunk([int[]](1..5), 2); foreach ($p in $c) { $p -join '+' }; ([Linq.Enumerable]::Chunk([int[]](1..5), 2) | ForEach-Object { $_.GetType().Name } | Select-Object -First 1)

#### Chunk with size 0
[Linq.Enumerable]::Chunk([int[]](1..5), 0)

#### OrderBy and OrderByDescending
$a = [int[]](3, 1, 2); [Linq.Enumerable]::OrderBy($a, [Func[int,int]]{ param($x) $x }) -join ','; [Linq.Enumerable]::OrderByDescending($a, [Func[int,int]]{ param($x) $x }) -join ','

#### OrderBy with ThenBy on objects
$p = [object[]]@([pscustomobject]@{ N = 'b'; A = 2 }, [pscustomobject]@{ N = 'a'; A = 2 }, [pscustomobject]@{ N = 'c'; A = 1 })
$o = [Linq.Enumerable]::OrderBy($p, [Func[object,int]]{ param($x) $x.A }); $t = [Linq.Enumerable]::ThenBy($o, [Func[object,string]]{ param($x) $x.N }); ($t | ForEach-Object N) -join ','
([Linq.Enumerable]::ThenByDescending($o, [Func[object,string]]{ param($x) $x.N }) | ForEach-Object N) -join ','

#### OrderBy of strings by length
[Linq.Enumerable]::OrderBy([string[]]@('ccc', 'a', 'bb'), [Func[string,int]]{ param($s) $s.Length }) -join ','

#### GroupBy
$g = [Linq.Enumerable]::GroupBy([string[]]@('apple', 'avocado', 'box'), [Func[string,char]]{ param($s) $s[0] }); foreach ($x in $g) { "$($x.Key): $($x -join ',') ($($x.Count))" }

#### ToDictionary
$d = [Linq.Enumerable]::ToDictionary([string[]]@('a', 'bb'), [Func[string,string]]{ param($s) $s }, [Func[string,int]]{ param($s) $s.Length }); $d.GetType().Name; $d['bb']; $d.Count

#### ToDictionary with a duplicate key
[Linq.Enumerable]::ToDictionary([string[]]@('a', 'a'), [Func[string,string]]{ param($s) $s })

#### SelectMany
[Linq.Enumerable]::SelectMany([string[]]@('a,b', 'c'), [Func[string,string[]]]{ param($s) $s.Split(',') }) -join '|'

#### chained calls
$big = [int[]](1..1000); $even = [Linq.Enumerable]::Where($big, [Func[int,bool]]{ param($x) $x % 2 -eq 0 }); [Linq.Enumerable]::Sum([Linq.Enumerable]::Select($even, [Func[int,int]]{ param($x) $x * 2 })); [Linq.Enumerable]::Count($even)

#### a List[T] as the source
$l = [System.Collections.Generic.List[string]]::new(); $l.Add('x'); $l.Add('y'); $l.Add('x'); [Linq.Enumerable]::Distinct($l) -join ','; [Linq.Enumerable]::Count($l)

#### Get-Member of the type
[Linq.Enumerable] | Get-Member -Static -Name Range, Repeat, Empty, ToArray | Format-Table -Wrap

#### Unknown method
[Linq.Enumerable]::Nope(1)

#### a delegate's Get-Member
[Func[int,bool]]{ param($x) $x -gt 1 } | Get-Member | ForEach-Object { '{0} {1} {2}' -f $_.Name, $_.MemberType, $_.Definition }
[Func[string,int,string[]]]{} | Get-Member -Name *Invoke | ForEach-Object { '{0} {1} {2}' -f $_.Name, $_.MemberType, $_.Definition }

#### a delegate's type
$t = [Func[int,bool]]; $t.Name; $t.FullName -replace ', System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e', ''; ([Func[int,bool]]{ $true }) -is [Func[int,bool]]

#### two-parameter and parameterless Funcs
$f = [Func[int,int,int]]{ param($a, $b) $a + $b }; $f.Invoke(2, 3); $f.GetType().Name; ([Func[int]]{ 5 }).Invoke(); ([Func[string]]{ 'x' }).Invoke().GetType().Name

#### a Func called with the wrong number of arguments
$f = [Func[int,bool]]{ param($x) $x -gt 1 }; $f.Invoke()
$f.Invoke(1, 2)

#### a Func's result converted to its type
([Func[int,int]]{ param($x) }).Invoke(1); ([Func[int,bool]]{ param($x) 'yes' }).Invoke(1); ([Func[int,bool]]{ param($x) }).Invoke(1); ([Func[int,string]]{ param($x) $x * 2 }).Invoke(4).GetType().Name; ([Func[int,object]]{ param($x) $x; $x }).Invoke(4).GetType().Name

#### what does not convert to a Func
[Func[int,bool]]'x'
[Func[int,bool]]5
$null -eq [Func[int,bool]]$null

#### Func with an unknown type argument
[Func[Nope,bool]]{ $true }

#### an error in a delegate ends the call
[Linq.Enumerable]::Where([int[]](1..5), [Func[int,bool]]{ param($x) throw "bad $x" }); 'next'

#### Where and Select with the element's index
[Linq.Enumerable]::Where([string[]]@('a', 'b', 'c'), [Func[string,int,bool]]{ param($s, $i) $i -ne 1 }) -join ','; [Linq.Enumerable]::Select([string[]]@('a', 'b'), [Func[string,int,string]]{ param($s, $i) "$i=$s" }) -join ','

#### a result's type and text
$w = [Linq.Enumerable]::Where([int[]](1..5), [Func[int,bool]]{ param($x) $x -gt 2 }); $w.GetType().Name; $w.ToString(); "$w"
$r = [Linq.Enumerable]::Range(1, 3); $r.GetType().FullName; $r.ToString(); "$r"

#### iterator type names
$a = [int[]](1..6); $l = [System.Collections.Generic.List[int]]::new(); $l.AddRange($a); $f = [Func[int,bool]]{ param($x) $x -gt 2 }; $s = [Func[int,int]]{ param($x) $x }
$all = @(
  [Linq.Enumerable]::Take($a, 2), [Linq.Enumerable]::Skip($l, 2), [Linq.Enumerable]::TakeLast($a, 2), [Linq.Enumerable]::SkipLast($a, 2), [Linq.Enumerable]::TakeWhile($a, $f), [Linq.Enumerable]::SkipWhile($a, $f),
  [Linq.Enumerable]::Reverse($a), [Linq.Enumerable]::Concat($a, $a), [Linq.Enumerable]::Union($a, $a), [Linq.Enumerable]::Intersect($a, $a), [Linq.Enumerable]::Except($a, $a), [Linq.Enumerable]::Chunk($a, 2),
  [Linq.Enumerable]::OrderByDescending($a, $s), [Linq.Enumerable]::Where($l, $f), [Linq.Enumerable]::Select($l, $s), [Linq.Enumerable]::Where([Linq.Enumerable]::Range(1, 3), $f), [Linq.Enumerable]::Select([Linq.Enumerable]::Range(1, 3), $s),
  [Linq.Enumerable]::Distinct($l), [Linq.Enumerable]::Where([Linq.Enumerable]::Where($a, $f), $f), [Linq.Enumerable]::Take([Linq.Enumerable]::Range(1, 5), 2), [Linq.Enumerable]::Repeat('a', 2), [Linq.Enumerable]::GroupBy($a, $s),
  [Linq.Enumerable]::Select($a, [Func[int,string]]{ 'a' }), [Linq.Enumerable]::SelectMany([string[]]@('a'), [Func[string,string[]]]{ param($s) $s }))
foreach ($e in $all) { $e.GetType().FullName -replace ', System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e', '' }

#### Count and the indexer of a lazy result
$w = [Linq.Enumerable]::Where([int[]](1..5), [Func[int,bool]]{ param($x) $x -gt 2 }); $w.Count; $w[0]; @($w).Count
$r = [Linq.Enumerable]::Range(1, 3); $r.Count; $r[1]; $r[-1]
$t = [Linq.Enumerable]::Take([int[]](1..5), 3); $t.Count; $t[0]

#### a lazy result in the pipeline and in foreach
$r = [Linq.Enumerable]::Range(1, 3); $r | ForEach-Object { $_ * 2 }; foreach ($i in $r) { "i$i" }; ($r | Measure-Object).Count

#### Distinct of a string's characters
[Linq.Enumerable]::Distinct('hello') -join ','

#### an object array needs a [object[]] cast where it is passed
$a = [object[]]@(1, 2, 2); [Linq.Enumerable]::Distinct($a)
[Linq.Enumerable]::Count([object[]](1, 2, 2)); [Linq.Enumerable]::Max([object[]](1, 5, 3)); [Linq.Enumerable]::Contains([object[]](1, 2), 2)

#### a Func of int does not take an object array
[Linq.Enumerable]::Where(@(1..5), [Func[int,bool]]{ param($x) $x -gt 2 })

#### a $null source or delegate
[Linq.Enumerable]::First($null)
[Linq.Enumerable]::Repeat($null, 2)

#### ToArray and ToList keep the element type
[Linq.Enumerable]::ToArray([object[]](1, 2)).GetType().Name; [Linq.Enumerable]::ToArray([Linq.Enumerable]::Select([int[]](1, 2), [Func[int,string]]{ param($x) "$x" })).GetType().Name; [Linq.Enumerable]::ToList([string[]]@('a')).GetType().FullName -replace ', System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e', ''

#### GroupBy's groups
$g = [Linq.Enumerable]::GroupBy([int[]](1, 2, 3), [Func[int,bool]]{ param($x) $x -gt 1 }); $g; $x = $g | Select-Object -First 1; $x.Key; $x.Count; $x[0]; $x.GetType().Name

#### ToDictionary with only a key selector
$d = [Linq.Enumerable]::ToDictionary([string[]]@('a', 'bb'), [Func[string,int]]{ param($s) $s.Length }); $d[2]; $d

#### Sum's and Max's type with a selector
$w = [string[]]@('a', 'bbb'); ([Linq.Enumerable]::Sum($w, [Func[string,int]]{ param($s) $s.Length })).GetType().Name; ([Linq.Enumerable]::Sum($w, [Func[string,double]]{ param($s) $s.Length })).GetType().Name; ([Linq.Enumerable]::Average($w, [Func[string,long]]{ param($s) $s.Length })).GetType().Name

#### LongCount, SingleOrDefault, ElementAtOrDefault
[Linq.Enumerable]::LongCount([int[]](1, 2)).GetType().Name; [Linq.Enumerable]::SingleOrDefault([int[]]@()); [Linq.Enumerable]::SingleOrDefault([string[]]@('x')); [Linq.Enumerable]::ElementAtOrDefault([string[]]@('x'), 3) -eq $null

#### SingleOrDefault of more than one element
[Linq.Enumerable]::SingleOrDefault([int[]](1, 2))

#### method names in any case
[linq.enumerable]::range(1, 2); [Linq.Enumerable]::first([int[]]@())

#### a method group
[Linq.Enumerable]::Range

#### Aggregate
[Linq.Enumerable]::Aggregate([int[]](1, 2, 3), [Func[int,int,int]]{ param($a, $b) $a + $b }); [Linq.Enumerable]::Aggregate([string[]]@('a', 'b'), 'x', [Func[string,string,string]]{ param($acc, $s) $acc + $s }); [Linq.Enumerable]::Aggregate([int[]](1, 2), 10, [Func[int,int,int]]{ param($acc, $x) $acc * $x }, [Func[int,string]]{ param($r) "r=$r" })

#### Aggregate of an empty sequence
[Linq.Enumerable]::Aggregate([int[]]@(), [Func[int,int,int]]{ param($a, $b) $a + $b })

#### Append, Prepend, MinBy, MaxBy, DistinctBy, Order
$a = [string[]]@('bb', 'a', 'ccc', 'dd'); [Linq.Enumerable]::Append($a, 'z') -join ','; [Linq.Enumerable]::Prepend($a, 'z') -join ','; [Linq.Enumerable]::MinBy($a, [Func[string,int]]{ param($s) $s.Length }); [Linq.Enumerable]::MaxBy($a, [Func[string,int]]{ param($s) $s.Length }); [Linq.Enumerable]::DistinctBy($a, [Func[string,int]]{ param($s) $s.Length }) -join ','; [Linq.Enumerable]::Order($a) -join ','; [Linq.Enumerable]::OrderDescending([int[]](2, 3, 1)) -join ','

#### a $null where the Func goes
$a = [int[]](1..3); [Linq.Enumerable]::Where($a, $null)
[Linq.Enumerable]::Any($a, $null)
[Linq.Enumerable]::First($a, $null)
[Linq.Enumerable]::FirstOrDefault($a, $null)
[Linq.Enumerable]::Select($a, $null)
[Linq.Enumerable]::Sum($a, $null)
[Linq.Enumerable]::OrderBy($a, $null)
[Linq.Enumerable]::TakeWhile($a, $null)
[Linq.Enumerable]::Distinct($a, $null) -join ','

#### an Int32 argument that does not convert
[Linq.Enumerable]::Take([int[]](1..5), 'x')
[Linq.Enumerable]::Take([int[]](1..5), '2') -join ','
[Linq.Enumerable]::Range('a', 2)

#### a value argument of another type than the elements
[Linq.Enumerable]::Contains([int[]](1..5), '2')
[Linq.Enumerable]::Contains([long[]](1, 2), 2)
[Linq.Enumerable]::Append([int[]](1), 'x')
[Linq.Enumerable]::FirstOrDefault([int[]]@(), 'x')
[Linq.Enumerable]::Aggregate([int[]](1, 2), 'x', [Func[int,int,int]]{ param($a, $b) $a + $b })
[Linq.Enumerable]::Contains([string[]]@('a'), $null)

#### a comparer for other elements than strings
[Linq.Enumerable]::Distinct([int[]](1..5), [StringComparer]::OrdinalIgnoreCase)

#### an error in a delegate of a method that is not lazy
[Linq.Enumerable]::Any([int[]](1..5), [Func[int,bool]]{ param($x) throw "bad $x" })

#### a delegate's result that does not convert
[Linq.Enumerable]::Sum([int[]](1, 2), [Func[int,int]]{ param($x) 'x' })
[Linq.Enumerable]::Select([int[]](1, 2), [Func[int,int]]{ param($x) 'x' })

#### errors in a delegate's own statements
[Linq.Enumerable]::First([int[]](1..3), [Func[int,bool]]{ param($x) [int]'q' })

#### more .NET exceptions
[Linq.Enumerable]::Average([double[]]@())
[Linq.Enumerable]::Range(2147483647, 2)
[Linq.Enumerable]::Repeat('x', -1)
[Linq.Enumerable]::Sum([long[]](9223372036854775807, 1))
[Linq.Enumerable]::ToDictionary([string[]]@('a', $null), [Func[string,string]]{ param($s) $s })

#### Min, Max and Sum of other types
[Linq.Enumerable]::Max([string[]]@()) -eq $null; [Linq.Enumerable]::Min([double[]](1.5, 0.5)); [Linq.Enumerable]::Sum([decimal[]](1.5, 2)); [Linq.Enumerable]::Sum([decimal[]](1.5, 2)).GetType().Name; [Linq.Enumerable]::Max([int[]](1, 2), [Func[int,string]]{ param($x) "v$x" })

#### OrderBy compares strings as the culture does
[Linq.Enumerable]::OrderBy([string[]]@('b', 'B', 'a', 'A'), [Func[string,string]]{ param($s) $s }) -join ','

#### Distinct keeps numbers of different types apart
[Linq.Enumerable]::Distinct([object[]](1, 1L, '1', 1.0, 1)) | ForEach-Object { $_.GetType().Name }

#### ToHashSet with a comparer
$h = [Linq.Enumerable]::ToHashSet([string[]]@('a', 'A'), [StringComparer]::OrdinalIgnoreCase); $h.Count; $h.Contains('A')

#### Intersect with an object array
[Linq.Enumerable]::Intersect([int[]](1, 2), @(2))

#### a lazy result runs its delegate as it is enumerated
$w = [Linq.Enumerable]::Where([int[]](1..3), [Func[int,bool]]{ param($x) Write-Host "t$x"; $x -gt 1 }); 'after'; $w; 'again'; $w -join ','

#### Get-Member of a result that is not enumerated
$r = [Linq.Enumerable]::Range(1, 2); Get-Member -InputObject $r
$w = [Linq.Enumerable]::Where([string[]]@('a'), [Func[string,bool]]{ $true }); Get-Member -InputObject $w -MemberType Property, ParameterizedProperty

#### Get-Member of GroupBy's result and a group
$g = [Linq.Enumerable]::GroupBy([int[]](1, 2), [Func[int,string]]{ 'k' }); Get-Member -InputObject $g | Out-String -Width 400; Get-Member -InputObject ($g | Select-Object -First 1) | Out-String -Width 300

#### Get-Member of Select's result
$s = [Linq.Enumerable]::Select([int[]](1, 2), [Func[int,string]]{ 'k' }); Get-Member -InputObject $s | Out-String -Width 400

#### a result piped to Get-Member lists its elements' members
[Linq.Enumerable]::Range(1, 2) | Get-Member -MemberType Property

#### a delegate's Get-Member table
[Func[int,bool]]{ param($x) $x -gt 1 } | Get-Member

#### type arguments written with the call
[Linq.Enumerable]::Distinct[object](@(1, 1, 2)) -join ','; [Linq.Enumerable]::Count[object](@(1, 2)); [Linq.Enumerable]::Repeat[string]('a', 2) -join ','; [Linq.Enumerable]::Range[int](1, 2) -join ','
[Linq.Enumerable]::Select[int,string]([int[]](1, 2), [Func[int,string]]{ "s$($args[0])" }) -join ','
[Linq.Enumerable]::Where[object]((1..5), [Func[object,bool]]{ $args[0] -gt 3 }) -join ','

#### type arguments no overload takes
[Linq.Enumerable]::Distinct[int](@(1, 1, 2))
[Linq.Enumerable]::Select[int](@(1, 2), [Func[int,int]]{ $args[0] })
[Linq.Enumerable]::Where[int]((1..5), [Func[int,bool]]{ $args[0] -gt 3 })
[Linq.Enumerable]::ToList[string](@('a', 2))
[Linq.Enumerable]::Sum[int]([int[]](1, 2))

#### Empty, Cast and OfType with their type argument
[Linq.Enumerable]::Empty[string]().GetType().Name; [Linq.Enumerable]::Empty[int]().Count; ([Linq.Enumerable]::Empty[int]() | Measure-Object).Count
[Linq.Enumerable]::Cast[int](@(1, 2)) -join ','; [Linq.Enumerable]::Cast[object]([int[]](1, 2)).GetType().Name; [Linq.Enumerable]::Cast[int]([int[]](1, 2)).GetType().Name
[Linq.Enumerable]::OfType[int](@(1, 'a', 2L, 3)) -join ','; [Linq.Enumerable]::OfType[string](@(1, '2', 3, 'x')) -join ','; [Linq.Enumerable]::OfType[int](@(1, 2)).GetType().Name

#### Cast of elements of another type
[Linq.Enumerable]::Cast[string](@(1, 2))

#### an unknown type argument
[Linq.Enumerable]::Cast[Nope](@(1))
