# .NET exactness: System.Random's .NET 8-10 methods with a seed, HttpUtility.ParseQueryString's
# NameValueCollection, ForEach-Object's syntax lines and its binding of unknown parameters.

#### Random: NextInt64's overloads, NextSingle, NextBytes with several seeds
foreach ($s in 0, 1, 42, -7, 123456) {
  $r = [System.Random]::new($s)
  "seed $s"
  $r.NextInt64(); $r.NextInt64(1000); $r.NextInt64(-5, 5); $r.NextInt64(0, [long]::MaxValue); $r.NextInt64([long]::MinValue, [long]::MaxValue)
  $r.NextSingle()
  $b = [byte[]]::new(6); $r.NextBytes($b); $b -join ','
  $r.Next()
}

#### Random: the types of what NextInt64, NextSingle and NextBytes give
$r = [random]::new(9)
$r.NextInt64().GetType().Name; $r.NextSingle().GetType().Name; $r.NextInt64(3, 3); $r.NextInt64(7, 8)
$r.NextInt64(5000000000, 5000000010)
$b = [byte[]]::new(0); $r.NextBytes($b); $b.Length
$r.NextBytes(5); $r.NextBytes([int[]](1, 2)); 'converted copies: nothing to see'

#### Random: the seeds at Int32's ends (Int32 arithmetic that wraps, as .NET's)
foreach ($s in 2147483647, -2147483648) {
  $r = [System.Random]::new($s)
  $b = [byte[]]::new(8); $r.NextBytes($b); $b -join ','
  $r.Next(); $r.NextDouble()
}
Get-Random -SetSeed 2147483647 -Maximum 1000 -Count 3

#### Random: GetItems and Shuffle infer T as pwsh does
$r = [System.Random]::new(5)
[int[]]$a = 1..8; $r.Shuffle($a); $a -join ','
$o = [object[]]('a','b','c','d','e'); $r.Shuffle($o); $o -join ','
$l = 1..6; $r.Shuffle($l); $l -join ','
$s = [string[]]('x','y','z'); $r.Shuffle($s); $s -join ','
$m = @(1,'a',2,'b',3); $r.Shuffle($m); $m -join ','
$g = $r.GetItems(@('a','b','c'), 5); $g -join ','; $g.GetType().FullName
$g2 = $r.GetItems([int[]](7,8), 3); $g2 -join ','; $g2.GetType().FullName
$g3 = $r.GetItems((1..4), 3); $g3 -join ','; $g3.GetType().FullName
$g4 = $r.GetItems(@(1,'a',2.5), 4); $g4 -join ','; $g4.GetType().FullName
$t = $r.GetItems([char[]]'xyz', 4); $t.GetType().FullName; -join $t
$r.GetItems([string[]]'q', 0).Count
$r.GetItems(@(5), 3) -join ','

#### Random: GetItems and Shuffle with several seeds
foreach ($s in 0, 1, 42, 77) {
  $r = [System.Random]::new($s)
  $r.GetItems([int[]](1,2,3,4,5), 4) -join ','
  [int[]]$a = 1..10; $r.Shuffle($a); $a -join ','
}

#### Random: GetString and GetHexString
$r = [Random]::new(3); $r.GetString('abcdef', 8); $r.GetHexString(10); $r.GetHexString(6, $true); $r.GetHexString(0)

#### Random: .NET's argument errors
$r = [System.Random]::new(5)
$r.NextInt64(-1)
$r.NextInt64(5, 2)
$r.NextInt64(1,2,3)
$r.NextSingle(1)
$r.NextBytes($null)
$r.NextBytes([byte[]]::new(3), 1)
$r.NextInt64('abc')
$r.Next('abc')
$r.Next(1, 'x')
$r.GetItems(@(), 2)
$r.GetItems([int[]](1,2), -1)
$r.GetItems('abc', 3)
$r.GetItems([int[]](1,2))
$r.GetItems([int[]](1,2), 'x')
$r.GetItems([int[]](1,2), [int]::MaxValue)
$x = [System.Collections.Generic.List[int]]::new(); $x.Add(3); $r.Shuffle($x)
$r.Shuffle($null)
$r.GetString('', 2)
$r.GetHexString(-2)
$r.NextBytes('abc')
$r.NextBytes(@(1, 'x'))
$r.NextBytes(300)
$r.GetString(5, 2)
$r.GetHexString(4, 'yes')

#### Random: [Random]::Shared and the type's static members
[Random]::Shared.GetType().FullName
[Random]::Shared
"$([Random]::Shared)"
$x = [Random]::Shared.Next(10); $x -ge 0 -and $x -lt 10
[Random]::Shared.NextInt64(5, 6)
[object]::ReferenceEquals([Random]::Shared, [Random]::Shared)
[Random]::Shared | Get-Member | Out-String -Width 250
[System.Random] | Get-Member -Static | Out-String -Width 250

#### ParseQueryString: a NameValueCollection shows, enumerates and joins as its keys
$q = [System.Web.HttpUtility]::ParseQueryString('a=1&b=2&a=3')
$q
"str: $q"
$q | ForEach-Object { "k=$_" }
@($q).Count; $q.Count; $q -join '+'
$q | Select-Object -First 1
$q | Measure-Object | ForEach-Object Count
$q.GetType().FullName
$q | Format-Table

#### ParseQueryString: the indexer, Get, GetValues, GetKey, AllKeys, Keys
$q = [System.Web.HttpUtility]::ParseQueryString('a=1&b=2&a=3')
$q['a']; $q['A']; $q.Get('a'); $q.GetValues('a'); $q.AllKeys
$q[0]; $q[1]; $q[5]; $null -eq $q['zz']; $q['a', 'b']
$q.Get(0); $q.Get(1); $q.Get('1'); $q.GetKey(1); $q.HasKeys()
$q.Keys; $q.Keys.GetType().FullName; $q.Keys.Count
$q.AllKeys.GetType().FullName; $q.GetValues('a').GetType().FullName
$null -eq $q.GetValues('zz'); $null -eq $q.Get('zz')
$q.IsSynchronized; $q.Length; $q.A

#### ParseQueryString: ToString re-encodes; Add, Set, Remove, Clear and the indexer's setter
$q = [System.Web.HttpUtility]::ParseQueryString('a=1&b=2&a=3')
$q.ToString()
$q.Add('c', 'x y'); $q.Set('b', '9'); $q.Remove('a'); $q.ToString()
$q['a b'] = 'c&d'; $q['new'] = 'v'; $q.Add('NEW', 'w'); $q.Add('Ä k', 'ö=1'); $q.ToString()
$q.Set('new', 'only'); $q['new']
$q.Remove('nothing'); $q['a b'] = $null; $q.Add('e', $null); $q.ToString()
$q['e'] -eq $null; $q.GetValues('e').Count
$q.Add($null, 'n'); $q.ToString(); $q.Count
$q.Set($null, 'm'); $q.ToString(); $q.Remove($null); $q.ToString()
$q[0] = 'z'; $q.ToString()
$q.Add($q); $q.ToString()
$q.Clear(); $q.Count; "[$($q.ToString())]"

#### ParseQueryString: URL-decoding, a leading ?, empty values, parts without =, a trailing &
$q = [System.Web.HttpUtility]::ParseQueryString('?name=J%C3%B6rg+M%c3%bcller&x%20y=a%26b&e=&flag&&last=1')
$q.AllKeys | ForEach-Object { "[$_]=[$($q.Get($_))]" }
$q.Count; $q.GetValues($null); $q.Get($null)
$q.ToString()
[System.Web.HttpUtility]::ParseQueryString('?x=%41+b&y=&z&&w=1=2').ToString()
$t = [System.Web.HttpUtility]::ParseQueryString('a=1&'); $t.Count; $t.ToString()
$u = [System.Web.HttpUtility]::ParseQueryString('a=%u00e9&b=%zz&c=%e9'); $u['a']; $u['b']; $u['c']; $u.ToString()
$e = [System.Web.HttpUtility]::ParseQueryString(''); $e.Count; "[$e]"; $e
[System.Web.HttpUtility]::ParseQueryString('?').Count
[System.Web.HttpUtility]::ParseQueryString($null).Count
$p = [System.Web.HttpUtility]::ParseQueryString('z'); $p.AllKeys.Count; $null -eq $p.AllKeys[0]; $p.GetValues(0)

#### ParseQueryString: Get-Member of the collection and of its keys
$q = [System.Web.HttpUtility]::ParseQueryString('a=1')
Get-Member -InputObject $q | Out-String -Width 250
($q | Get-Member | Select-Object -First 1).TypeName

#### ParseQueryString: errors
$q = [System.Web.HttpUtility]::ParseQueryString('a=1&b=2&a=3')
$q.Get(5)
$q.GetKey(5)
$q.GetValues(5)
$q.Get()
$q.Add('x')
$q.GetKey('x')
$q[$null]

#### ForEach-Object's syntax lines: -RemainingScripts and -ArgumentList take what is left, -MemberName is positional
Get-Command ForEach-Object -Syntax
$c = Get-Command ForEach-Object
foreach ($name in 'RemainingScripts', 'ArgumentList', 'MemberName', 'Process') {
  $c.Parameters[$name].ParameterSets.Values | ForEach-Object { "$name $($_.Position) $($_.ValueFromRemainingArguments) $($_.IsMandatory)" }
}

#### ForEach-Object: positional script blocks, names and arguments left over
1, 2 | ForEach-Object { $_ } { $_ * 10 } { 'end' }
1 | ForEach-Object -Begin { 'b' } { $_ } -End { 'e' }
'abc' | ForEach-Object Substring 1
'abc' | ForEach-Object -MemberName Substring 1 2
'abc' | ForEach-Object ToUpper
'ab' | ForEach-Object Nope
ForEach-Object 5
ForEach-Object -MemberName Length
'x' | ForEach-Object { "[$_]" }

#### ForEach-Object: binding errors of unknown parameters and left-over arguments point where pwsh points
'before'
ForEach-Object -Parallel {1} -ScriptBlock {2}
ForEach-Object -Parallel {1} -ScriptBlock
ForEach-Object -Parallel {1} -ThrottleLimit 2 -Bar
1 | ForEach-Object -Parallel {$_} -AsJob -Foo | Out-Null
ForEach-Object -Process {1} -ScriptBlock {2}
1 | ForEach-Object -Begin {0} -Bar {2}
1 | ForEach-Object {1} -Bar {2}
ForEach-Object {1} 'x'
ForEach-Object {1} {2} 'x'
1 | ForEach-Object -Bar {2}
ForEach-Object -Parallel {1} 5
ForEach-Object -Process {1} -Parallel {2}
ForEach-Object -MemberName x -Process {2}
1 | ForEach-Object -Parallel {1} -MemberName Length
ForEach-Object -Process 'x'
'after'

#### ForEach-Object: -MemberName with arguments left over calls a method, with ForEach-Object's errors
ForEach-Object -MemberName Length -Foo 3
1 | ForEach-Object -MemberName Length -Foo 3
'ab' | ForEach-Object Length -Foo
'ab' | ForEach-Object Nope 1
ForEach-Object -MemberName ToUpper -ArgumentList 1 -ErrorAction SilentlyContinue; $e = $Error[0]; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"; $e.Exception.GetType().FullName
1 | ForEach-Object -MemberName Length -ArgumentList 3 -ErrorAction SilentlyContinue; $e = $Error[0]; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"
'abc' | ForEach-Object Substring 5 -ErrorAction SilentlyContinue; $e = $Error[0]; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"
'after'

#### Write-Output and Write-Host still take unknown parameters as values
Write-Output 1 -Foo 2
Write-Host a -Foo b
1 | Where-Object -Foo
