# Get-Random -SetSeed gives pwsh's numbers: .NET's seeded System.Random under pwsh's byte arithmetic.

#### Int32 numbers: default range, -Maximum, -Minimum with -Count
Get-Random -SetSeed 42
Get-Random -SetSeed 42 -Maximum 100 -Count 5
Get-Random -SetSeed 0 -Minimum -10 -Maximum 10 -Count 4
Get-Random -SetSeed -5 -Minimum -2147483648 -Maximum 2147483647

#### the sequence goes on in later commands
Get-Random -SetSeed 8 -Maximum 1000
Get-Random -Maximum 1000
Get-Random -Maximum 1000 -Count 2

#### Double and Int64 bounds
Get-Random -SetSeed 1 -Minimum 1.5 -Maximum 2.5
Get-Random -SetSeed 3 -Minimum 0.0
Get-Random -SetSeed 7 -Maximum 10000000000
Get-Random -SetSeed 11 -Minimum -9000000000000000000 -Maximum 9000000000000000000
Get-Random -SetSeed 12 -Maximum '3000000000'

#### items of a list, from the pipeline and from -InputObject, and a shuffle
1..10 | Get-Random -SetSeed 3 -Count 3
1..20 | Get-Random -SetSeed 9 -Count 4
Get-Random -SetSeed 9 -InputObject (1..20) -Count 4
1..5 | Get-Random -SetSeed 3 -Shuffle
'a','b','c','d' | Get-Random -SetSeed 100
(Get-Random -InputObject 1,$null,3,4 -Shuffle -SetSeed 1 | ForEach-Object { "[$_]" }) -join ','

#### [System.Random] with a seed gives .NET's numbers
$r = [System.Random]::new(42); $r.Next(); $r.Next(10); $r.Next(5, 10); $r.NextDouble()
[random]::new(1).Next(100)
(New-Object System.Random 7).Next()
[random]::new(1)
"$([random]::new(1))"
[System.Random]::new(42).GetType().FullName
$r.Next(-1)
$r.Next(5, 2)
[System.Random]::new(42) | Get-Member | Out-String -Width 250
$u = [random]::new(); $n = $u.Next(1, 3); $n -ge 1 -and $n -lt 3
