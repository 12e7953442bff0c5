# Exactness gaps closed on branch gaps3: [object]::ReferenceEquals and Equals, ArrayList and List[T] bounds,
# the Temp: drive as the current location, the modules pwsh lists, culture values, jagged array types.

#### ReferenceEquals: literals are boxed afresh
[object]::ReferenceEquals(1, 1); [object]::ReferenceEquals('abc', 'abc'); [object]::ReferenceEquals($true, $true); [object]::ReferenceEquals(2 + 3, 5)

#### ReferenceEquals: one variable read twice
$i = 5; $s = 'abc'; $b = $true; $d = Get-Date; [object]::ReferenceEquals($i, $i); [object]::ReferenceEquals($s, $s); [object]::ReferenceEquals($b, $b); [object]::ReferenceEquals($d, $d)

#### ReferenceEquals: a variable copied
$i = 1.5; $j = $i; $s = 'x' + 'y'; $t = $s; [object]::ReferenceEquals($i, $j); [object]::ReferenceEquals($s, $t)

#### ReferenceEquals: collections and objects
$h = @{a = 1}; $h2 = $h; [object]::ReferenceEquals($h, $h2); [object]::ReferenceEquals(@{}, @{}); $a = 1, 2; $b = $a; [System.Object]::ReferenceEquals($a, $b); [object]::ReferenceEquals($a, @($a)); [object]::ReferenceEquals($a, $a.Clone())

#### ReferenceEquals: custom objects and their psobject
$p = [pscustomobject]@{x = 1}; $q = $p; [object]::ReferenceEquals($p, $q); [object]::ReferenceEquals($p, $p.psobject); $h = @{}; [object]::ReferenceEquals($h, $h.psobject.BaseObject)

#### ReferenceEquals: through a function and an element
function f { $args[0] }; $h = @{k = 'v'}; [object]::ReferenceEquals($h, (f $h)); [object]::ReferenceEquals($h.k, $h['k']); $l = [System.Collections.ArrayList]::new(); [object]::ReferenceEquals($l, $l)

#### ReferenceEquals: null and the empty string
[object]::ReferenceEquals($null, $null); [object]::ReferenceEquals($null, 1); [object]::ReferenceEquals($null, @()); [object]::ReferenceEquals('', ''); [object]::ReferenceEquals([string]::Empty, '')

#### ReferenceEquals on another type
[int]::ReferenceEquals(1, 1); $x = @{}; [string]::ReferenceEquals($x, $x); [regex]::ReferenceEquals($x, $x)

#### ReferenceEquals: wrong argument count
[object]::ReferenceEquals(1)
[object]::ReferenceEquals(1, 2, 3)

#### Object.Equals
[object]::Equals(1, 1); [object]::Equals(1, '1'); [object]::Equals($null, $null); [object]::Equals('a', 'A'); [object]::Equals('a', 'a'); [object]::Equals(@{}, @{}); [object]::Equals(1L, 1); [object]::Equals([int]1, [long]1); $h = @{}; [object]::Equals($h, $h); [object]::Equals($null, 0)

#### Object.Equals: wrong argument count
[object]::Equals(1)

#### the method groups
[object]::ReferenceEquals
[object]::Equals
[int]::ReferenceEquals | Format-List

#### the method group's Invoke
[object]::ReferenceEquals.Invoke(@{}, 1); $h = @{}; [object]::ReferenceEquals.Invoke($h, $h); [object]::Equals.Invoke(2, 2)
