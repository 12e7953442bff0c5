# Get-Random: only what does not depend on the generator (types, ranges, counts, errors); spo's seeded
# sequences differ from .NET's (docs/Get-Random.md).

#### result types
(Get-Random).GetType().FullName
(Get-Random -Maximum 10).GetType().Name
(Get-Random -Maximum 10.5).GetType().Name
(Get-Random -Maximum 10L).GetType().Name
(Get-Random -Minimum 1 -Maximum 3000000000).GetType().Name
(Get-Random -Minimum 1.5 -Maximum 3).GetType().Name
(Get-Random -Minimum 1 -Maximum 2.0).GetType().Name
(Get-Random -Maximum '10').GetType().Name

#### ranges
$all = 1..200 | ForEach-Object { Get-Random -Minimum -3 -Maximum 3 }
($all | Where-Object { $_ -lt -3 -or $_ -ge 3 }).Count
Get-Random -Minimum 2 -Maximum 3
Get-Random -Minimum -5 -Maximum -4
$d = 1..100 | ForEach-Object { Get-Random -Minimum 0.5 -Maximum 0.75 }; ($d | Where-Object { $_ -lt 0.5 -or $_ -ge 0.75 }).Count
(Get-Random -Minimum 5) -ge 5

#### Minimum not below Maximum
Get-Random -Minimum 5 -Maximum 5
Get-Random -Minimum 6 -Maximum 5
Get-Random -Minimum 1.5 -Maximum 1.5
Get-Random -Maximum -1
Get-Random -Minimum ([long]::MaxValue)
try { Get-Random -Minimum 5 -Maximum 5 } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }

#### bad values
Get-Random -Maximum abc
Get-Random -Count 0
Get-Random -Maximum 5 -InputObject 1

#### Count
(Get-Random -Count 3).Count
(Get-Random -InputObject 1, 2, 3 -Count 5).Count
(1..10 | Get-Random -Count 3).Count
(1..10 | Get-Random -Count 10 | Sort-Object) -join ','
(Get-Random -InputObject a, b, c -Count 3 | Sort-Object) -join ','

#### items and shuffle
(Get-Random -InputObject a).GetType().Name
'x' | Get-Random
(1..5 | Get-Random -Shuffle | Sort-Object) -join ','
(Get-Random -Shuffle -InputObject a, b | Measure-Object).Count
(1..5 | Get-Random) -in 1..5
$null | Get-Random; 'after null'
@() | Get-Random; 'after empty'
Get-Random -InputObject $null; 'after -InputObject null'
Get-Random -InputObject @()

#### SetSeed repeats its sequence
$a = Get-Random -SetSeed 7; $b = Get-Random; $c = Get-Random -SetSeed 7; $d = Get-Random
$a -eq $c; $b -eq $d
(Get-Random -SetSeed 3 -InputObject (1..100) -Count 5) -join ',' -eq ((Get-Random -SetSeed 3 -InputObject (1..100) -Count 5) -join ',')
