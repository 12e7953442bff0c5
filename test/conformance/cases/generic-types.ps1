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
