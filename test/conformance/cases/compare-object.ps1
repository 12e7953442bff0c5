# Compare-Object: SideIndicator objects, their order (PowerShell's sync-window pairing), -Property,
# -IncludeEqual, -ExcludeDifferent, -PassThru, and the table they print as.

#### differences
Compare-Object a, b, c b, c, d

#### IncludeEqual
Compare-Object a, b, c b, c, d -IncludeEqual

#### ExcludeDifferent
Compare-Object a, b b, c -ExcludeDifferent
Compare-Object a, b b, c -ExcludeDifferent -IncludeEqual
Compare-Object a, b b, c -ExcludeDifferent -IncludeEqual:$false; 'none'

#### order of the unmatched
Compare-Object a, b, c, d x, b, y, a -IncludeEqual
Compare-Object 1, 2, 3, 4, 5 5, 4, 3 -IncludeEqual
Compare-Object 1, 2, 3 4 -SyncWindow 0

#### result objects
$r = Compare-Object a, b b, c; $r[0].GetType().FullName; $r[0].InputObject; $r[0].SideIndicator; $r.Count
Compare-Object 1, 2 2, 3 | Format-List
(Compare-Object 1, 2 2, 3)[0].InputObject.GetType().Name

#### Property
$x = [pscustomobject]@{N = 'a'; V = 1 }, [pscustomobject]@{N = 'b'; V = 2 }
$y = [pscustomobject]@{N = 'a'; V = 1 }, [pscustomobject]@{N = 'b'; V = 3 }
Compare-Object $x $y -Property N, V
Compare-Object $x $y -Property N -IncludeEqual
Compare-Object $x $y -Property @{ Expression = { $_.V * 2 } }

#### Property key not valid
Compare-Object 1 2 -Property @{ e = { $_ }; n = 'Double' }

#### PassThru on custom objects
$x = [pscustomobject]@{N = 'a'; V = 1 }, [pscustomobject]@{N = 'b'; V = 2 }
$y = [pscustomobject]@{N = 'a'; V = 1 }, [pscustomobject]@{N = 'b'; V = 3 }
Compare-Object $x $y -Property V -PassThru
Compare-Object $x $y -Property V -PassThru | ForEach-Object { "$($_.N) $($_.V) $($_.SideIndicator)" }

#### PassThru on strings
Compare-Object a, b b, c -PassThru

#### case and types
Compare-Object A a
Compare-Object A a -CaseSensitive
Compare-Object 1 '1' -IncludeEqual
Compare-Object ([pscustomobject]@{A = 1 }) ([pscustomobject]@{A = 1 }) -IncludeEqual

#### empty and null sides
Compare-Object @() a
Compare-Object a @()
Compare-Object $null a

#### pipeline input is the difference side
'b', 'a', 'z' | Compare-Object a, b

#### a typical admin comparison
$before = 'alice@contoso.com', 'bob@contoso.com', 'carol@contoso.com'
$after = 'bob@contoso.com', 'carol@contoso.com', 'dave@contoso.com'
Compare-Object $before $after | Where-Object SideIndicator -eq '=>' | ForEach-Object InputObject
Compare-Object -ReferenceObject $before -DifferenceObject $after | Sort-Object InputObject | Format-Table -AutoSize
