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

#### Random: [Random]::Shared and the type's static members
[Random]::Shared.GetType().FullName
[Random]::Shared
"$([Random]::Shared)"
$x = [Random]::Shared.Next(10); $x -ge 0 -and $x -lt 10
[Random]::Shared.NextInt64(5, 6)
[object]::ReferenceEquals([Random]::Shared, [Random]::Shared)
[Random]::Shared | Get-Member | Out-String -Width 250
[System.Random] | Get-Member -Static | Out-String -Width 250
