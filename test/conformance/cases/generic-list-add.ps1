# List[T] and Dictionary[K,V] methods convert their arguments to the type arguments, as .NET's method binder does.

#### List[int] converts what Add, Insert, Contains, IndexOf and Remove are given
$l = [System.Collections.Generic.List[int]]::new()
$l.Add('5'); $l[0].GetType().Name
$l.Insert(0, '7'); $l[0].GetType().Name
$l.Contains('5'); $l.IndexOf('5'); $l.LastIndexOf('7')
$l.Remove('7'); $l -join ','
$l.Add($null); $l -join ','

#### a value that does not convert is pwsh's MethodException
$l = [System.Collections.Generic.List[int]]::new()
$l.Add('x')
$l.Insert(0, 'y')
$l.Contains('z')
$l.Count

#### List[string], List[datetime] and List[object]
$s = [System.Collections.Generic.List[string]]::new(); $s.Add(5); $s[0].GetType().Name; $s.Contains(5)
$d = [System.Collections.Generic.List[datetime]]::new(); $d.Add('2024-01-02'); $d[0].Year
$o = [System.Collections.Generic.List[object]]::new(); $o.Add('5'); $o[0].GetType().Name

#### Dictionary keys are looked up as TKey
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d.Add('a', '5'); $d['a'].GetType().Name
$d.Add(1, 2); $d.ContainsKey(1); $d.Remove(1); $d.Count
$e = [System.Collections.Generic.Dictionary[int,string]]::new(); $e.Add('3', 4); $e.ContainsKey('3'); $e[3].GetType().Name
