# .NET types admin scripts build reports with: the sorted collections (SortedDictionary, SortedList,
# SortedSet) and their comparers, the concurrent ones ForEach-Object -Parallel blocks fill through
# $using:, [System.UriBuilder], Uri's GetLeftPart/MakeRelativeUri/TryCreate, and [Environment]'s machine
# facts (OSVersion, GetFolderPath with Environment+SpecialFolder). Values that come from the machine print
# only their shape, or are checked against a HOME of the case's own.

#### SortedDictionary keeps its keys in culture order
$d = [System.Collections.Generic.SortedDictionary[string,int]]::new()
$d['b'] = 2; $d['a'] = 1; $d.Add('C', 3); $d['B'] = 4
$d
$d.GetType().FullName
"$($d.GetType())"; $d.ToString(); "$d"
$d.Count; $d.Keys -join ','; $d.Values -join ','
$d.Keys.GetType().FullName
$d.ContainsKey('a'); $d.ContainsKey('z'); $d.ContainsValue(4)
$v = 0; $d.TryGetValue('b', [ref]$v); $v; $d.TryGetValue('zz', [ref]$v); $v
$d.Remove('a'); $d.Remove('a')
($d.GetEnumerator() | Select-Object -First 1).Key; ($d.GetEnumerator() | Select-Object -Last 1).Key
foreach ($kv in $d.GetEnumerator()) { "$($kv.Key)=$($kv.Value)" }
$d | ForEach-Object { $_.GetType().Name }
$d['nope']; $d.Comparer; $d.Item('b')
$d.Add('b', 9)
$d.Item('zz')

#### SortedDictionary with a StringComparer, and with Int32 keys
$d = [System.Collections.Generic.SortedDictionary[string,int]]::new([StringComparer]::OrdinalIgnoreCase)
$d['b'] = 2; $d['a'] = 1; $d['B'] = 4; $d['_x'] = 5; $d['Z'] = 0
$d.Keys -join ','; $d['A']; $d.Comparer
$o = [System.Collections.Generic.SortedDictionary[string,int]]::new([StringComparer]::Ordinal)
$o['b'] = 2; $o['a'] = 1; $o['B'] = 4; $o['_x'] = 5; $o['Z'] = 0
$o.Keys -join ','
$n = [System.Collections.Generic.SortedDictionary[int,string]]::new()
$n[10] = 'ten'; $n[2] = 'two'; $n['7'] = 'seven'
$n
$n['x'] = 'y'
$n.Add('x', 'y')
$n.Add(3)
[System.Collections.Generic.SortedDictionary[string,object]]::new(@{ z = 1 })

#### SortedList: keys by index, capacity
$l = [System.Collections.Generic.SortedList[string,int]]::new()
$l['b'] = 2; $l['a'] = 1; $l.Add('C', 3); $l['B'] = 4
$l
$l.GetType().FullName
$l.Count; $l.Capacity; $l.Keys[0]; $l.Values[1]
$l.Keys.GetType().Name; $l.Values.GetType().Name
$l.IndexOfKey('b'); $l.IndexOfKey('zz'); $l.IndexOfValue(3)
$l.GetKeyAtIndex(0); $l.GetValueAtIndex(3)
$l.RemoveAt(0); $l.Keys -join ','
$l.Add('B', 9)
$l.RemoveAt(5)
$l | Measure-Object | Select-Object -ExpandProperty Count

#### SortedSet: Add says whether it was new, Min and Max, set operations
$s = [System.Collections.Generic.SortedSet[int]]::new()
$s.Add(5); $s.Add(1); $s.Add(3); $s.Add(1)
$s
$s.GetType().FullName; "$($s.GetType())"; "$s"; $s.ToString()
$s.Count; $s.Min; $s.Max
$s.UnionWith([int[]](2, 9)); $s -join ','
$s.IntersectWith([int[]](1, 2, 3, 4, 9)); $s -join ','
$s.ExceptWith([int[]](2)); $s -join ','
$s.Contains(3); $s.Remove(3); $s.Remove(3)
$s.IsSubsetOf([int[]](1, 3, 9)); $s.Overlaps([int[]](7)); $s.SetEquals([int[]](9, 1))
$s | ForEach-Object { "item $_" }
$s.Reverse() -join ','
$s.GetViewBetween(1, 5) -join ','
$s.GetViewBetween(5, 1)
$s.Add('x')
$s.ToArray()
$e = [System.Collections.Generic.SortedSet[int]]::new(); $e.Min; $e.Max
$t = [System.Collections.Generic.SortedSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
$t.Add('b'); $t.Add('A'); $t.Add('a'); $t -join ','
$u = [System.Collections.Generic.SortedSet[string]]::new([string[]]('pear', 'Apple', 'fig', 'apple'))
$u -join ','; $u.Min; $u.Max
([System.Collections.Generic.SortedSet[int]](3, 1, 2)) -join ','
$s.Clear(); $s.Count

#### ConcurrentDictionary: Try* methods, factories as script blocks
$d = [System.Collections.Concurrent.ConcurrentDictionary[string,int]]::new()
$d.TryAdd('b', 2); $d.TryAdd('a', 1); $d.TryAdd('a', 5)
$d.GetType().FullName; "$($d.GetType())"; "$d"
$d.Count; $d.IsEmpty
$d['a']; $d['c'] = 3; $d.Count
$v = 0; $d.TryGetValue('a', [ref]$v); $v; $d.TryGetValue('zz', [ref]$v); $v
$r = 0; $d.TryRemove('a', [ref]$r); $r; $d.TryRemove('a', [ref]$r); $r
$d.GetOrAdd('x', 10); $d.GetOrAdd('x', 20)
$d.AddOrUpdate('x', 1, { param($k, $old) $old + 100 })
$d.AddOrUpdate('y', 1, { param($k, $old) $old + 100 })
$d.GetOrAdd('z', { param($k) $k.Length * 7 })
$d.AddOrUpdate('w', { param($k) 42 }, { param($k, $old) $old + 1 })
$d.TryUpdate('x', 5, 110); $d['x']; $d.TryUpdate('x', 6, 110)
$d.Keys | Sort-Object
$d.Keys.GetType().Name
$d.ToArray().GetType().FullName
$d.Comparer
$d.Add('q', 1)
$d.GetOrAdd('k')
$d['nope']

#### ConcurrentDictionary enumerates in its hash order
$d = [System.Collections.Concurrent.ConcurrentDictionary[string,int]]::new()
foreach ($k in 'alpha', 'beta', 'gamma', 'delta', 'b', 'a') { $null = $d.TryAdd($k, $k.Length) }
$d
$d.Keys -join ','
$i = [System.Collections.Concurrent.ConcurrentDictionary[int,string]]::new()
foreach ($k in 5, 3, 17, 1, 40) { $null = $i.TryAdd($k, "v$k") }
$i.Keys -join ','
$c = [System.Collections.Concurrent.ConcurrentDictionary[string,int]]::new([StringComparer]::OrdinalIgnoreCase)
foreach ($k in 'Site-One', 'site-two', 'SITE-ONE', 'Archive') { $null = $c.TryAdd($k, 1) }
$c.Keys -join ','

#### ConcurrentBag, ConcurrentQueue and ConcurrentStack
$b = [System.Collections.Concurrent.ConcurrentBag[string]]::new()
$b.Add('x'); $b.Add('y'); $b.Add('z')
$b; $b.Count; $b.GetType().FullName; "$b"
$out = $null; $b.TryTake([ref]$out); $out; $b.TryPeek([ref]$out); $out
$b.IsEmpty; $b.ToArray() -join ','
$q = [System.Collections.Concurrent.ConcurrentQueue[int]]::new()
$q.Enqueue(1); $q.Enqueue(2); $q.Enqueue('3')
$q; $q.Count
$x = 0; $q.TryDequeue([ref]$x); $x; $q.TryPeek([ref]$x); $x; "$q"
$q.TryDequeue([ref]$x); $q.TryDequeue([ref]$x); $q.TryDequeue([ref]$x); $x; $q.IsEmpty
$q.Enqueue('a')
$q.Dequeue()
$b.Add()
$b.Contains('x')
$k = [System.Collections.Concurrent.ConcurrentStack[int]]::new(); $k.Push(1); $k.Push(2); $k -join ','; $y = 0; $k.TryPop([ref]$y); $y
([System.Collections.Concurrent.ConcurrentQueue[int]](3, 1, 2)) -join ','

#### out parameters need [ref], and a wrong argument count finds no overload
$q = [System.Collections.Concurrent.ConcurrentQueue[int]]::new(); $x = 1
$q.TryDequeue($x)
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d.TryGetValue('a', $x)
$h = [System.Collections.Generic.HashSet[int]]::new(); $h.Add(); $h.Add(1, 2)
$st = [System.Collections.Generic.Stack[int]]::new(); $st.Push()

#### ForEach-Object -Parallel blocks share the concurrent collections through $using:
$dict = [System.Collections.Concurrent.ConcurrentDictionary[string,int]]::new()
1..5 | ForEach-Object -Parallel { $d = $using:dict; $null = $d.TryAdd("k$_", $_) }
$dict.Count
$dict.Keys | Sort-Object
$bag = [System.Collections.Concurrent.ConcurrentBag[int]]::new()
1..6 | ForEach-Object -Parallel { ($using:bag).Add($_ * 2) }
($bag | Sort-Object) -join ','
$q = [System.Collections.Concurrent.ConcurrentQueue[string]]::new()
1..3 | ForEach-Object -Parallel { $qq = $using:q; $qq.Enqueue("item$_") } -ThrottleLimit 1
$q.ToArray() -join ','
$c = [System.Collections.Concurrent.ConcurrentDictionary[string,int]]::new()
1..10 | ForEach-Object -Parallel { $cc = $using:c; $null = $cc.AddOrUpdate('n', 1, { param($k, $v) $v + 1 }) }
$c['n']

#### the collections' type names and interfaces
$d = [System.Collections.Generic.SortedDictionary[string,int]]::new(); $d -is [System.Collections.IDictionary]; $d -is [System.Collections.ICollection]
[System.Collections.Generic.SortedList[string,int]]::new() -is [System.Collections.IDictionary]
[System.Collections.Concurrent.ConcurrentDictionary[string,int]]::new() -is [System.Collections.IDictionary]
[System.Collections.Generic.SortedSet[int]]::new() -is [System.Collections.ICollection]
[System.Collections.Concurrent.ConcurrentBag[int]]::new() -is [System.Collections.IEnumerable]
[System.Collections.Generic.SortedDictionary[string,int]].Name
$d.GetType().BaseType.FullName
$x = [System.Collections.Generic.SortedDictionary[string,int]]@{}; $x.GetType().Name
$y = [System.Collections.Generic.SortedList[string,int]]@{ a = 1 }

#### UriBuilder: parts, ToString and Uri
$b = [System.UriBuilder]::new('https://contoso.sharepoint.com/sites/hr?x=1#top')
$b
$b.GetType().FullName; "$b"; $b.ToString()
$b.Scheme; $b.Host; $b.Port; $b.Path; $b.Query; $b.Fragment; $b.UserName.Length
$b.Uri.AbsoluteUri; $b.Uri.OriginalString; $b.Uri.GetType().FullName
$b.Path = '/sites/finance'; $b.Query = 'a=b&c=d'; $b.Fragment = 'frag'; $b.Port = 8443
$b.ToString()
$b.Scheme = 'http'; $b.Port = -1; $b.ToString()
$b.Query = '?already'; $b.Query; $b.Query = $null; $b.Query.Length
$b.Path = 'sub dir/a b.txt'; $b.Path; $b.Path = ''; $b.Path
$b.Scheme = 'HTTPS:'; $b.Scheme
$b.Host = 'Example.COM'; $b.Host; $b.ToString()
$b.UserName = 'me'; $b.Password = 'pw'; $b.ToString(); $b.Uri.UserInfo; $b.Host
$b | Format-Table

#### UriBuilder constructors and errors
[System.UriBuilder]::new('https', 'example.com').ToString()
[System.UriBuilder]::new('http', 'example.com', 8080).ToString()
[System.UriBuilder]::new('http', 'example.com', 8080, 'a/b').ToString()
[System.UriBuilder]::new('http', 'example.com', 80, '/p', '?q=1').ToString()
[System.UriBuilder]::new('http', 'h', 1, 'p', '#frag').Fragment
$e = [System.UriBuilder]::new(); $e.ToString(); $e.Host; $e.Port
[System.UriBuilder]::new([uri]'https://a.b/c').Host
[System.UriBuilder]::new('contoso.com').ToString()
([uribuilder]'https://a.b/x').Path
[System.UriBuilder]::new('https://a.com/').Equals([System.UriBuilder]::new('https://a.com:443/'))
$b = [System.UriBuilder]::new()
$b.Port = 70000
$b.Port = 'abc'
$b.Scheme = 'h t'
[System.UriBuilder]::new('http', 'h', 1, 'p', 'x')
[System.UriBuilder]::new('ht tp://bad')
[System.UriBuilder]::new(1, 2, 3, 4, 5, 6)

#### Uri.GetLeftPart and [System.UriPartial]
$uri = [uri]'https://user:pw@contoso.sharepoint.com:8443/sites/hr/Shared%20Documents/a.docx?web=1#x'
$uri.GetLeftPart([System.UriPartial]::Authority)
$uri.GetLeftPart('Scheme'); $uri.GetLeftPart('Path'); $uri.GetLeftPart('Query')
([uri]'https://contoso.sharepoint.com/sites/hr').GetLeftPart('Authority') + '/sites/it'
([uri]'https://a.com').GetLeftPart('Path'); ([uri]'file:///tmp/x').GetLeftPart('Authority'); ([uri]'urn:x:y').GetLeftPart('Scheme')
[System.UriPartial]::Authority; [System.UriPartial]::Query.value__; [UriPartial].FullName
[enum]::GetNames([System.UriPartial]) -join ','
$uri.GetLeftPart('Nope')
$uri.GetLeftPart()
([uri]'rel/x').GetLeftPart('Path')

#### Uri members, TryCreate, new(base, relative), MakeRelativeUri, IsBaseOf
$uri = [uri]'https://user:pw@contoso.sharepoint.com:8443/sites/hr/Shared%20Documents/a.docx?web=1#x'
$uri.IsAbsoluteUri; $uri.Authority; $uri.PathAndQuery; $uri.UserInfo; $uri.DnsSafeHost; $uri.IdnHost
$out = $null
[uri]::TryCreate('https://a.com/x', [System.UriKind]::Absolute, [ref]$out); $out.Host
[uri]::TryCreate('not a uri', 'Absolute', [ref]$out); $null -eq $out
[uri]::TryCreate('rel/path', 'Relative', [ref]$out); $out.OriginalString
[uri]::TryCreate('http://a/b', 'Relative', [ref]$out); $null -eq $out
$base = [uri]'https://contoso.sharepoint.com/sites/hr/'
[uri]::new($base, 'Shared Documents/a.txt').AbsoluteUri
[uri]::new($base, '/sites/it').AbsoluteUri
[uri]::new($base, '../x').ToString()
[uri]::new([uri]'http://a/b/c?x#y', '?q').AbsoluteUri
[uri]::new([uri]'http://a/b/c', [uri]'d').AbsoluteUri
[uri]::TryCreate($base, 'sub/page', [ref]$out); $out.AbsoluteUri
[uri]::TryCreate([uri]'rel', 'x', [ref]$out); $null -eq $out
[uri]::new('http://a/b', [UriKind]::Absolute).Host
[uri]::new('rel x', [UriKind]::Relative).ToString()
[uri]::new('http://a/b', 'Relative').UserEscaped
$base.MakeRelativeUri([uri]'https://contoso.sharepoint.com/sites/hr/lists/a').ToString()
$base.MakeRelativeUri([uri]'https://contoso.sharepoint.com/sites/it/x').OriginalString
([uri]'http://a/b/c').MakeRelativeUri([uri]'https://x/y').ToString()
([uri]'http://a/b/c').MakeRelativeUri([uri]'http://a/b/d?q=1#f').ToString()
([uri]'http://a/b/c').MakeRelativeUri([uri]'http://a/b/').ToString()
$base.IsBaseOf([uri]'https://contoso.sharepoint.com/sites/hr/x'); $base.IsBaseOf('https://other.com/'); $base.IsBaseOf([uri]'rel/x')
([uri]'http://a/b#x').Equals('http://a/b#y'); ([uri]'http://a/b').Equals('http://a/B'); ([uri]'HTTP://A/b') -eq [uri]'http://a/b'
[uri]::new([uri]'rel', 'x')
[uri]::new('http://a/b', [UriKind]::Relative)
[uri]::TryCreate('http://a', 'RelativeOrAbsolute', $out)
[uri]::TryCreate('http://a', [ref]$out)
([uri]'rel/x').MakeRelativeUri([uri]'http://a/b')

#### Environment.OSVersion and the process's bitness
$os = [Environment]::OSVersion
$os.GetType().FullName; $os.Platform; $os.Platform.GetType().FullName; $os.Version.GetType().FullName
$os.VersionString -eq "Unix $($os.Version)"; "$os" -eq $os.VersionString; $os.ServicePack -eq ''
$os.Version.Revision -ge 0
($os | Format-List | Out-String) -replace '\d+\.\d+\.\d+\.\d+', 'N.N.N.N'
[Environment]::Is64BitProcess; [Environment]::Is64BitOperatingSystem
[Environment]::UserDomainName -eq [Environment]::MachineName
[Environment]::ProcessorCount -gt 0; [Environment]::ProcessId -gt 0; [Environment]::TickCount64 -gt 0
[Environment]::Version.ToString()
[Environment]::SystemPageSize; [Environment]::HasShutdownStarted

#### Environment.GetFolderPath and Environment+SpecialFolder
[Environment+SpecialFolder].FullName; [System.Environment+SpecialFolder]::Desktop
[int][Environment+SpecialFolder]::UserProfile; [Environment+SpecialFolder]5
[enum]::GetNames([Environment+SpecialFolder]).Count
[enum]::GetNames([Environment+SpecialFolderOption]) -join ','
[Environment]::GetFolderPath('UserProfile') -eq $HOME
[Environment]::GetFolderPath([Environment+SpecialFolder]::CommonApplicationData)
[Environment]::GetFolderPath('CommonTemplates', 'DoNotVerify')
"[$([Environment]::GetFolderPath('ProgramFiles'))] [$([Environment]::GetFolderPath('Windows', 'DoNotVerify'))]"
$desk = [Environment]::GetFolderPath('Desktop'); $dir = if ($desk) { $desk } else { [IO.Path]::GetTempPath() }
(Join-Path $dir 'report.csv') -like '*report.csv'
[Environment]::GetFolderPath('Nope')
[Environment]::GetFolderPath(99)
[Environment]::GetFolderPath()
[Environment]::GetFolderPath($null)
[Environment]::GetFolderPath('Desktop', 'Nope')

#### GetFolderPath follows HOME and the XDG directories
$saved = $env:HOME, $env:XDG_CONFIG_HOME, $env:XDG_DATA_HOME
$t = Join-Path ([IO.Path]::GetTempPath()) "spo-folders-$PID"
$null = New-Item -ItemType Directory "$t/Desktop", "$t/.config", "$t/.fonts", "$t/data", "$t/cfg/x"
try {
  $env:HOME = $t; $env:XDG_CONFIG_HOME = $null; $env:XDG_DATA_HOME = $null
  foreach ($f in 'Desktop', 'DesktopDirectory', 'ApplicationData', 'LocalApplicationData', 'MyDocuments', 'Personal', 'Fonts', 'UserProfile') {
    "{0}: [{1}] [{2}]" -f $f, ([Environment]::GetFolderPath($f) -replace [regex]::Escape($t), '~'), ([Environment]::GetFolderPath($f, 'DoNotVerify') -replace [regex]::Escape($t), '~')
  }
  [Environment]::GetFolderPath('MyMusic', 'Create') -replace [regex]::Escape($t), '~'; Test-Path "$t/Music"
  $env:XDG_CONFIG_HOME = "$t/cfg"; $env:XDG_DATA_HOME = "$t/data"
  Set-Content "$t/cfg/user-dirs.dirs" "XDG_DESKTOP_DIR=`"`$HOME/cfg/x`"`nXDG_VIDEOS_DIR=`"/nowhere/videos`""
  foreach ($f in 'Desktop', 'ApplicationData', 'LocalApplicationData', 'MyVideos') {
    "{0}: [{1}] [{2}]" -f $f, ([Environment]::GetFolderPath($f) -replace [regex]::Escape($t), '~'), ([Environment]::GetFolderPath($f, 'DoNotVerify') -replace [regex]::Escape($t), '~')
  }
} finally {
  $env:HOME, $env:XDG_CONFIG_HOME, $env:XDG_DATA_HOME = $saved
  Remove-Item $t -Recurse -Force
}

#### ExpandEnvironmentVariables and GetEnvironmentVariables
$env:SPO_CASE_VAR = 'value'
[Environment]::ExpandEnvironmentVariables('%SPO_CASE_VAR%/x %SPO_NOPE_VAR% %% 100%% %SPO_CASE_VAR')
[Environment]::ExpandEnvironmentVariables('%SPO_NOPE_VAR%SPO_CASE_VAR%')
[Environment]::ExpandEnvironmentVariables('%spo_case_var%')
$all = [Environment]::GetEnvironmentVariables(); $all.GetType().FullName; $all['SPO_CASE_VAR']
[Environment]::ExpandEnvironmentVariables($null)
$env:SPO_CASE_VAR = $null
