# Generic .NET type literals as admin scripts write them: [System.Collections.Generic.List[string]]::new(),
# Dictionary[K,V], arrays of generics, and the errors for generic names the shell does not know.

#### List[string] new, Add, Count, enumerate
$l = [System.Collections.Generic.List[string]]::new(); $l.Add('a'); $l.Add('b'); $l.Count; $l

#### List[object] without System.
$l = [Collections.Generic.List[object]]::new(); [void]$l.Add(1); $l.Count

#### List[psobject] filled in a foreach
$rows = [System.Collections.Generic.List[psobject]]::new(); foreach ($i in 1..3) { $rows.Add([pscustomobject]@{ N = $i }) }; $rows.Count

#### Dictionary[string,int] index and Count
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d['b'] = 2; $d.Count; $d['b']

#### Dictionary with blanks in the arguments
$d = [System.Collections.Generic.Dictionary[ string , string ]]::new(); $d['k'] = 'v'; $d['k']

#### generic type with a short unknown name
[List[string]]

#### generic type with no arguments
[System.Collections.Generic.List[]]

#### New-Object of a generic list
$l = New-Object 'System.Collections.Generic.List[string]'; $l.Add('x'); $l.Count

#### List[T]'s delegate methods take a script block
$l = [System.Collections.Generic.List[int]]::new(); $l.AddRange([int[]](1..6)); $l.Find({ param($i) $i -gt 2 }); "[" + $l.Find({ $_ -gt 2 }) + "]"; $l.Find({ $args[0] -gt 3 })
($l.FindAll({ param($i) $i % 2 -eq 0 })) -join ","; $l.FindAll({ param($i) $i % 2 -eq 0 }).GetType().Name; $l.Exists({ param($i) $i -eq 9 }); $l.TrueForAll({ param($i) $i -gt 0 })
$l.FindIndex({ param($i) $i -eq 4 }); $l.FindLast({ param($i) $i -lt 3 }); $l.RemoveAll({ param($i) $i -gt 4 }); $l -join ","; $l.Find({ param($i) $i -gt 100 }); $l.ForEach({ param($i) "v$i" })
$s = [System.Collections.Generic.List[string]]::new(); $s.Add("b"); $s.Add("a"); $s.Sort(); $s -join ","; $s.Sort({ param($x, $y) $y.CompareTo($x) }); $s -join ","
$p = [System.Collections.Generic.List[pscustomobject]]::new(); $p.Add([pscustomobject]@{n=1}); $p.Add([pscustomobject]@{n=2}); $p.Find({ param($i) $i.n -eq 2 }).n; $null -eq $p.Find({ param($i) $i.n -eq 5 })
