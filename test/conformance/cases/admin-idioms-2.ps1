# Admin-script idioms, second round (issue 11): the generic collections scripts build reports with
# (Dictionary[K,V], HashSet[T], Queue[T]/Stack[T] and the non-generic Queue/Stack), [ref] out-parameters
# (TryParse, TryGetValue), type literals as text, and whole SharePoint-admin-style scripts run up to their
# first SharePoint cmdlet.

#### Dictionary prints Key and Value columns
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d.Add('B', 2); $d

#### Dictionary keys are case-sensitive
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d['A']; $d.ContainsKey('A'); $d.ContainsKey('a'); $d['A'] = 2; $d.Count

#### Dictionary member access by key
$d = [System.Collections.Generic.Dictionary[string,string]]::new(); $d['Url'] = 'https://contoso'; $d.Url; $d.url -eq $null

#### Dictionary Add of a duplicate key
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d.Add('a', 1); $d.Add('a', 2)

#### Dictionary Add duplicate caught
$d = [System.Collections.Generic.Dictionary[string,object]]::new(); $d.Add('site', 1); try { $d.Add('site', 2) } catch { $_.Exception.Message }

#### Hashtable Add of a duplicate key
$h = @{a = 1}; $h.Add('a', 2)

#### Dictionary converts values to its type argument
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['q'] = '7'; $d['q'].GetType().Name; $d.Add('r', '8'); $d['r'] + 1

#### Dictionary Add of a value that does not convert
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d.Add('r', 'x')

#### Dictionary index assignment that does not convert
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['s'] = 'y'; 'after'

#### Dictionary Remove returns whether the key was there
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d.Remove('a'); $d.Remove('a'); $d.Count

#### Dictionary Keys Values and missing key
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['x'] = 1; $d['y'] = 2; $d.Keys; $d.Values; $null -eq $d['zz']

#### Dictionary GetEnumerator in foreach
$d = New-Object 'System.Collections.Generic.Dictionary[string,string]'; $d['one'] = 'a'; $d['two'] = 'b'; foreach ($kv in $d.GetEnumerator()) { "$($kv.Key)=$($kv.Value)" }

#### Dictionary entries sorted and formatted
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['b'] = 2; $d['a'] = 1; $d.GetEnumerator() | Sort-Object Key | ForEach-Object { '{0} -> {1}' -f $_.Key, $_.Value }

#### Dictionary entry as text and type
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $e = $d.GetEnumerator() | Select-Object -First 1; "$e"; $e.GetType().Name

#### Dictionary through Format-List and Format-Table
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d['b'] = 22; $d | Format-List; $d | Format-Table

#### Dictionary is not enumerated by the pipeline
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d['b'] = 2; ($d | Measure-Object).Count; $d | ForEach-Object { $_.Count }

#### Dictionary as text and its type
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); "$d"; $d.GetType().Name; $d -is [hashtable]

#### Dictionary with an ignore-case comparer
$d = New-Object 'System.Collections.Generic.Dictionary[string,object]' ([StringComparer]::OrdinalIgnoreCase); $d['Site'] = 1; $d['SITE']; $d.ContainsKey('site')

#### Dictionary TryGetValue
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 3; $v = $null; $d.TryGetValue('a', [ref]$v); $v; $d.TryGetValue('b', [ref]$v); $v

#### Dictionary ContainsValue and Values sum
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 3; $d['b'] = 4; $d.ContainsValue(4); ($d.Values | Measure-Object -Sum).Sum

#### Dictionary counting in a loop
$counts = [System.Collections.Generic.Dictionary[string,int]]::new()
foreach ($t in 'Team','Comm','Team','Team','Comm','Other') { if ($counts.ContainsKey($t)) { $counts[$t]++ } else { $counts[$t] = 1 } }
$counts

#### HashSet Add returns whether the item was new
$h = New-Object System.Collections.Generic.HashSet[string]; $h.Add('x'); $h.Add('x'); $h.Add('X'); $h.Count; $h

#### HashSet Contains Remove and text
$h = [System.Collections.Generic.HashSet[string]]::new(); [void]$h.Add('a'); [void]$h.Add('b'); $h.Contains('a'); $h.Contains('A'); $h.Remove('b'); $h.Remove('zz'); "$h"; $h.ToString()

#### HashSet of int converts and refuses
$n = [System.Collections.Generic.HashSet[int]]::new(); [void]$n.Add('5'); $n.Add(5); $n.Add('q')

#### HashSet UnionWith and pipeline
$n = [System.Collections.Generic.HashSet[int]]::new(); $n.UnionWith([int[]](3, 1, 3)); $n | ForEach-Object { "item $_" }; $n.Count

#### HashSet ignore case and cast from array
$h = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase); $h.Add('a'); $h.Add('A'); $s = [System.Collections.Generic.HashSet[string]]@('a', 'b', 'a'); $s.Count

#### HashSet dedupes site urls
$seen = [System.Collections.Generic.HashSet[string]]::new()
$urls = 'https://c/sites/a', 'https://c/sites/b', 'https://c/sites/a'
foreach ($u in $urls) { if ($seen.Add($u)) { "new $u" } else { "dup $u" } }

#### generic Queue Enqueue Dequeue Peek
$q = [System.Collections.Generic.Queue[int]]::new(); $q.Enqueue(1); $q.Enqueue(2); $q.Enqueue(3); $q.Dequeue(); $q.Peek(); $q.Count; $q; "$q"

#### generic Queue drained in a while loop
$q = New-Object 'System.Collections.Generic.Queue[string]'; 'a','b','c' | ForEach-Object { $q.Enqueue($_) }; while ($q.Count -gt 0) { "got $($q.Dequeue())" }

#### generic Queue empty Dequeue and Peek
$q = [System.Collections.Generic.Queue[int]]::new(); $q.Dequeue(); $q.Peek()

#### generic Queue refuses a value of another type
$q = [System.Collections.Generic.Queue[int]]::new(); $q.Enqueue('z')

#### generic Queue ToArray and Contains
$q = [System.Collections.Generic.Queue[int]]::new(); $q.Enqueue(4); $q.Contains(4); $q.ToArray().GetType().Name; $q.Clear(); $q.Count

#### generic Stack Push Pop Peek
$s = [System.Collections.Generic.Stack[string]]::new(); $s.Push('a'); $s.Push('b'); $s.Push('c'); $s.Pop(); $s.Peek(); $s; $s.Count

#### generic Stack first in the pipeline is its top
$s = [System.Collections.Generic.Stack[int]]@(1, 2, 3); $s | Select-Object -First 1; $s.GetType().Name

#### generic Stack empty Pop
$s = [System.Collections.Generic.Stack[string]]::new(); $s.Pop()

#### System.Collections.Queue
$o = New-Object System.Collections.Queue; $o.Enqueue('x'); $o.Enqueue(2); $o; $o.Dequeue(); $o.GetType().FullName; "$o"; $o.Dequeue(); $o.Dequeue()

#### System.Collections.Stack
$k = New-Object System.Collections.Stack; $k.Push(1); $k.Push('b'); $k; $k.Pop(); $k.Count; $k.Pop(); $k.Pop()

#### System.Collections.Stack new and Peek
$k = [System.Collections.Stack]::new(); $k.Push(1); $k.Peek(); $k.GetType().FullName; $k.ToString()

#### cast to generic List from an array
$l = [System.Collections.Generic.List[string]]@('a', 'b'); $l.Count; $l.GetType().Name; $l = [System.Collections.Generic.List[int]]@('1', 2); $l[0].GetType().Name

#### cast to generic List that does not convert
$e = [System.Collections.Generic.List[int]]@('x')

#### int TryParse with ref
$n = 0; [int]::TryParse('42', [ref]$n); $n; [int]::TryParse('x', [ref]$n); $n

#### TryParse into a variable that does not exist
[int]::TryParse('7', [ref]$undefinedVariable); 'after'

#### ref value and type
$r = [ref]5; $r.Value; $r.Value = 6; $r.Value; $r.GetType().Name; $r

#### ref parameter of a function
function Set-It([ref]$x) { $x.Value = 'set' }; $w = 1; Set-It ([ref]$w); $w

#### datetime and guid TryParse
$dt = Get-Date; [datetime]::TryParse('2024-01-02', [ref]$dt); $dt.Year; $g = [guid]::Empty; [guid]::TryParse('nope', [ref]$g); $g

#### type literal in a string
"$([int]) $([string]) $([System.IO.Path]) $([hashtable]) $([datetime]) $([object])"

#### type literal ToString and concatenation
[int].ToString(); '' + [string]; [string][long]; "$([int[]])"; "$([System.Collections.Generic.List[int]])"

#### GetType in a string
$x = 5; "type: $($x.GetType())"; "$('a'.GetType())"; "$((Get-Date).GetType())"
