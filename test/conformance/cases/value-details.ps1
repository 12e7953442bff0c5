# Value details pwsh 7.6.10 shows and spo-shell had slightly wrong: splatted hashtable entries seen as
# arguments, enum arithmetic, method-call argument conversion, Int32.CompareTo, type literal equality,
# ::new constructors, type-name lists, Get-Alias rows, -split operand extents, Decimal comparison errors.

#### splatting: a hashtable entry nothing binds is -Name: and its value
$h = @{Object = 'o'}; Write-Output @h; Write-Host @h; echo @h; function f { "args: $args"; $args.Count; $args | % { "[$_]" } }; f @h; function g { param([Parameter(ValueFromRemainingArguments)]$r) $r | % { "<$_>" } }; g @h

#### splatting: an unknown switch-like entry and an explicit colon argument
$h = @{B = $true}; function f { $args | % { "[$_] " + $_.GetType().Name } }; f @h; f -Y:2 -Z 3; $n = @{N = $null}; f @n

#### enum arithmetic: the result keeps the left operand's enum type
$r = [ConsoleColor]::Red; $x = $r + 1; $x; $x.GetType().FullName; $r - 1; ($r * 2).GetType().Name; $r / 2; $r % 5; $r + $r; ($r - [ConsoleColor]::Blue).GetType().Name; "$($r + 1)"; $r + '1'; $r + 'Blue'; $r + '0x1'; $r + $null; $r + $true; $r + [byte]1; $r + [char]'a'

#### enum arithmetic: a value no enumerator names shows as its number
$q = [ConsoleColor]::White + 5; $q; $q.GetType().Name; $q -eq 20; "$q"; [int]$q; $q.value__; $q.ToString(); [ConsoleColor]::White * -1

#### enum arithmetic: a number on the left is Int32 arithmetic
1 + [ConsoleColor]::Red; (1 + [ConsoleColor]::Red).GetType().Name; 1 - [ConsoleColor]::Red; $r = [ConsoleColor]::Red; (-$r).GetType().Name; (+$r).GetType().Name; -$r

#### enum arithmetic: operand types the cast refuses
$r = [ConsoleColor]::Red; foreach ($x in @([uint32]1, [uint64]1, 1L, 1.5, [float]1.5, 1d, [bigint]1, @(1), @{}, 'x', '1.5', '10000000000')) { try { $y = $r + $x; "$y " + $y.GetType().Name } catch { 'ERR ' + $_.Exception.Message + ' | ' + $_.CategoryInfo.Category + ' | ' + $_.FullyQualifiedErrorId } }

#### enum arithmetic: results the cast refuses, division by zero
$r = [ConsoleColor]::Red; try { $r / 5 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }; try { $r / 0 } catch { $_.Exception.Message }; try { [ConsoleColor]::White + [int]::MaxValue } catch { $_.Exception.Message }; $r / 5

#### enum arithmetic: bitwise operators, shifts, ++ and --
$r = [ConsoleColor]::Red; $r -band 4; $r -bor 1L; ($r -bor 1).GetType().Name; $r -bxor [ConsoleColor]::Blue; -bnot $r; (-bnot $r).GetType().Name; 5 -band $r; (5 -band $r).GetType().Name; $r -shl 1; $r -shr 1; $r++; $r; $r.GetType().Name; $w = [ConsoleColor]::White; $w++; $w; $b = [ConsoleColor]::Black; $b--; $b; $r += 2; $r

#### method arguments: String.Concat's overload follows its first argument
$o = 5; [string]::Concat('x', $o); [string]::Concat('x', 1.5); [string]::Concat('x', @(1, 2)); [string]::Concat(@(1, 2)); [string]::Concat(@(1, 2), 'x'); [string]::Concat(@(1, @(2, 3))); [string]::Concat('a', 1.10d); [string]::Concat(1.10d, 'a'); [string]::Concat(1, @(1, 2)); [string]::Concat($null, @(1, 2)); [string]::Concat('a', @(1, 2), 'b'); [string]::Concat('a', 'b', 'c', @(1, 2)); [string]::Concat(@(1, 2), @(3, 4)); [string]::Concat([char]'a', @(1, 2)); [string]::Concat('x', 0x10); [string]::Concat(@{a = 1}, 'x'); [string]::Concat('x', [pscustomobject]@{a = 1})

#### method arguments: String.Join with a list or separate values
[string]::Join(',', @(1, 2)); [string]::Join(',', 1, 2); [string]::Join(',', 1.10d, 2); [string]::Join(',', @(1, @(2, 3))); [string]::Join(',', 'abc'); [string]::Join('-', [char]'a', 'b'); [string]::Join(',', $null)

#### method results: Math keeps .NET's result types
foreach ($e in @({[math]::Round(2.5)}, {[math]::Round(2)}, {[math]::Floor(2.5)}, {[math]::Ceiling(2.1)}, {[math]::Truncate(2.7)}, {[math]::Abs(-1)}, {[math]::Abs(-1L)}, {[math]::Abs(-1.5)}, {[math]::Pow(2, 3)}, {[math]::Sqrt(4)}, {[math]::Log10(100)}, {[math]::Max(1, 2)}, {[math]::Max(1.5, 2)}, {[math]::Max(1, 2L)}, {[math]::Max(2L, 1)}, {[math]::Round('2.5')}, {[math]::Abs('-3')}, {[math]::Max('3', 2)}, {[math]::Max([byte]1, 2)}, {[math]::Round(2.567, 2)})) { $v = & $e; "$e => $v " + $v.GetType().Name }

#### Int32.CompareTo: only an Int32 or $null compares
foreach ($e in @({(1).CompareTo(2)}, {(5).CompareTo(5)}, {(1).CompareTo('2')}, {(1).CompareTo($null)}, {(1).CompareTo(2L)}, {(1).CompareTo(1.5)}, {(1).CompareTo('x')}, {(1).CompareTo(@(1))}, {(1).CompareTo([byte]0)}, {(1).CompareTo(1d)}, {(1).CompareTo($true)}, {(1).CompareTo()}, {(1).CompareTo(1, 2)})) { try { $v = & $e; "$e => $v " + $v.GetType().Name } catch { "$e => ERR " + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId + ' | ' + $_.CategoryInfo.Category } }

#### CompareTo of the other numeric types
foreach ($e in @({(1.5).CompareTo(1)}, {(2.5).CompareTo(1.5)}, {(2L).CompareTo(1)}, {(2L).CompareTo(3L)}, {([double]::NaN).CompareTo(1.0)}, {([byte]3).CompareTo([byte]1)}, {([int16]3).CompareTo([int16]10)}, {([uint32]3).CompareTo([uint32]10)}, {'b'.CompareTo('a')}, {'a'.CompareTo(1)})) { try { $v = & $e; "$e => $v " + $v.GetType().Name } catch { "$e => ERR " + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId } }

#### type literals: equality by the type they name
[array] -eq [System.Array]; [int] -eq [System.Int32]; [int] -eq [long]; [int] -eq 'System.Int32'; 'System.Int32' -eq [int]; [int] -eq 'int'; [string] -eq [System.String]; "$([int])"; [int] -ne [System.Int32]; @([int], [string]) -contains [System.Int32]; [int] -in @([System.Int32]); [psobject] -eq [pscustomobject]; [hashtable] -eq [System.Collections.Hashtable]; (1).GetType() -eq [int]; [int].Equals([System.Int32]); [int].Equals([long]); [int] -eq $null; $null -eq [int]; [int] -gt [long]

#### type literals: display
[int]; [System.Int32]; [array]; [type]

#### type literals: [type]
[type]'int' -eq [int]; [int] -is [type]; ([int]).GetType().FullName; [type]'System.String'; [type]'nosuch'; 'int' -as [type]; 5 -is [type]; [type].FullName

#### ::new: DateTime constructors
[datetime]::new(2026, 1, 2).ToString('o'); [datetime]::new(2026, 1, 2, 3, 4, 5).ToString('yyyy-MM-dd HH:mm:ss'); [datetime]::new(2026, 1, 2, 3, 4, 5, 6).Millisecond; [datetime]::new(2026, 1, 2, 3, 4, 5, 6).Ticks; [datetime]::new(2026, 1, 2).Kind; ([datetime]::new(2026, 1, 2)).GetType().FullName; [datetime]::new(5).Ticks; [datetime]::new(2026.6, 1, 2).Year; [datetime]::new('2026', 1, 2).Year; [datetime]::new(2026, 1, 2) -eq [datetime]'2026-01-02'; [datetime]::new(2026, 1, 2).Ticks + 1

#### ::new: DateTime constructor failures
foreach ($e in @({[datetime]::new(2026, 13, 1)}, {[datetime]::new(2026, 2, 29)}, {[datetime]::new(10000, 1, 1)}, {[datetime]::new(2026, 1, 2, 3, 4, 60)}, {[datetime]::new(2026, 1, 2, 3, 4, 5, 1000)}, {[datetime]::new(2026, 1, 2, 'x', 4, 5)}, {[datetime]::new('x')}, {[datetime]::new(-1)}, {[datetime]::new(2026, 1, 2, 3, 4)}, {[datetime]::new()})) { try { & $e } catch { "$e => " + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId } }

#### ::new: TimeSpan and Guid constructors
"$([timespan]::new(1, 2, 3))"; [timespan]::new(1, 2, 3).TotalSeconds; [timespan]::new(-1, 2, 3).ToString(); [timespan]::new(1, 25, 61, 61).ToString(); [timespan]::new(1, 2, 3, 4, 5).ToString(); [timespan]::new(1, 2, 3, 4, 5, 6).ToString(); [timespan]::new(1.5, 2, 3).ToString(); [timespan]::new(100).Ticks; [guid]::new('d3b07384-d9a0-4c9b-8c1d-2f5e1a0b7c11').Guid; (New-Object Guid).ToString(); (New-Object DateTime).Ticks; (New-Object TimeSpan).Ticks; (New-Object TimeSpan 1, 2, 3).TotalMinutes; (New-Object DateTime 2026, 1, 2).DayOfYear

#### ::new: TimeSpan and Guid constructor failures
foreach ($e in @({[timespan]::new('x', 1, 2)}, {[timespan]::new(1, 2)}, {[timespan]::new([int]::MaxValue, 0, 0)}, {[timespan]::new()}, {[guid]::new('x')}, {[guid]::new(5)}, {[guid]::new()})) { try { & $e } catch { "$e => " + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId } }

#### casts: a whole number to DateTime is ticks
([datetime]100L).Ticks; ([datetime]639029088000000001).Ticks; ([datetime][byte]5).Ticks; ([datetime][char]5).Ticks; ([datetime]0).Year; try { [datetime]-1 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }

#### pstypenames of common values
'a'.pstypenames; '--'; (1).pstypenames; '--'; @{}.pstypenames; '--'; ([pscustomobject]@{a = 1}).pstypenames; '--'; @(1, 2).pstypenames; '--'; (1.5).pstypenames; '--'; $true.pstypenames; '--'; (Get-Date).pstypenames; '--'; ([ordered]@{}).pstypenames; '--'; $null.pstypenames; '--'; ([System.Collections.ArrayList]::new()).pstypenames; '--'; [ConsoleColor]::Red.pstypenames; (1d).pstypenames; (1).pstypenames[0]

#### PSObject.TypeNames of common values
'a'.PSObject.TypeNames; @(1, 2).PSObject.TypeNames; @{a = 1}.PSObject.TypeNames; ([pscustomobject]@{a = 1}).PSObject.TypeNames.Count; (1).PSObject.TypeNames

#### pstypenames: PSTypeName and inserted names
$o = [pscustomobject]@{PSTypeName = 'My.T'; a = 1}; $o.pstypenames; $o.PSObject.TypeNames; $p = [pscustomobject]@{a = 1}; $p.pstypenames.Insert(0, 'My.U'); $p.pstypenames; $p.PSObject.TypeNames.Add('Z'); $p.pstypenames -join ','; $o; $o | Get-Member | Select-Object -First 1 | % TypeName

#### Get-Alias: AliasInfo rows
Get-Alias %; (Get-Alias %).Definition; (Get-Alias %).ResolvedCommandName; (Get-Alias %).GetType().FullName; (Get-Alias %).Name; (Get-Alias %).CommandType; (Get-Alias %).ReferencedCommand.Name; (Get-Alias %).DisplayName; "$(Get-Alias %)"; Get-Alias % | Select-Object Name, Definition

#### Get-Command: CmdletInfo, AliasInfo and FunctionInfo in one table
(Get-Command Get-Alias).GetType().FullName; (Get-Command Get-Alias).Name; (Get-Command %).GetType().FullName; (Get-Command %).Name; "$(Get-Command %)"; (Get-Command %).DisplayName; "$(Get-Command Get-Alias)"; (Get-Command %).ReferencedCommand.GetType().Name; (Get-Command Clear-Host).GetType().Name; Get-Command Get-Alias, gal, Clear-Host

#### -split: a count or options that do not convert fail at the operator
$x = 'a,b' -split @(',', 'x')

#### -split: failures of the right operand's list, with their extents
foreach ($e in @({'a,b' -split @(',', 'x')}, {'a b' -split 1, 'x'}, {'a' -csplit @(',', 'x')}, {'a b' -split @()}, {'a b' -csplit @()}, {'a' -split @(1, 2, 3, 4)}, {'a,b' -split @(',', 2, 'x')})) { try { & $e } catch { $_.InvocationInfo.PositionMessage; $_.FullyQualifiedErrorId + ' | ' + $_.CategoryInfo.Category + ' | ' + $_.Exception.GetType().Name + ' | ' + $_.Exception.Message } }

#### -split: an empty list on the right
'a b' -split @()

#### -split: options as names, a list of names or a number
foreach ($o in @('SimpleMatch,Multiline', 'SimpleMatch,IgnoreCase', 'SimpleMatch,RegexMatch', 3, 1, 2, 65, 17, 'SimpleMatch,CultureInvariant', 5, 'SimpleMatch', '', $null, 'SimpleMatch,Bogus', ' SimpleMatch , IgnoreCase ', 'Multiline,IgnoreCase')) { try { $r = 'a.b' -split @('.', 0, $o); "$o => $($r -join '|')" } catch { "$o => ERR $($_.FullyQualifiedErrorId) $($_.Exception.Message)" } }

#### -split: SimpleMatch with another option
'a.b' -split '.', 0, 'SimpleMatch,Multiline'

#### Decimal and a hashtable: comparison messages
foreach ($e in @({@{} -lt 1d}, {1d -lt @{}}, {1d -gt @{}}, {1d -ge @{a = 1}}, {1d -le ([ordered]@{})}, {1d -gt [pscustomobject]@{}}, {1d -lt [pscustomobject]@{a = 1}}, {1d -eq @{}}, {@{} -eq 1d}, {1 -lt @{}}, {1.5 -gt @{}})) { try { "$e => " + (& $e) } catch { "$e => " + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId + ' | ' + $_.CategoryInfo.Category } }

#### Decimal and a hashtable: the comparison error shown
@{} -lt 1d

#### Decimal conversion of a dictionary or a custom object
foreach ($e in @({[decimal]@{}}, {[decimal]@{a = 1}}, {[decimal][pscustomobject]@{}}, {[decimal][pscustomobject]@{a = 1}}, {[decimal]([ordered]@{})}, {@{} -as [decimal]}, {1d + @{}}, {1d * @{}}, {[double]@{}})) { try { "$e => " + (& $e) } catch { "$e => " + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId } }

#### splatting $args: the caller's -Name tokens bind as parameters again
function g($Name, $Other) { "N=$Name O=$Other" }; function ff { g @args }; ff -Name y; ff -Other:z q; function f3 { g $args[0] $args[1] }; f3 -Name y; $a = @('-Name', 'x'); g @a; function wb { g @args -Other o }; wb -Name n

#### splatting $args: switches and cmdlets
function sw([switch]$Force, $P) { "F=$Force P=$P" }; function ws { sw @args }; ws -Force; ws -Force:$false -P 3; ws 4; function w { Write-Output @args }; w -NoEnumerate 1; w -InputObject 5; function f4 { $args[0] -is [string]; $args[0].Length; $args }; f4 -Name; function wv { Get-Variable @args }; wv -Name Null -ValueOnly; (wv -Name true).Value

#### [array] keeps an array's element type
([array]'a,b'.Split(',')).GetType().FullName; ([array]@(1, 2)).GetType().FullName; ([array]5).GetType().FullName; ([array][int[]](1, 2)).GetType().FullName; $x = [System.Collections.ArrayList]@(1); ([array]$x).GetType().FullName; ([array]'s').GetType().FullName; (@(1, 2) -as [array]).GetType().FullName; [array]'abc'.Split(',') / 'abc'; $a = @(1); $b = [array]$a; $b[0] = 5; $a[0]

#### [array] of a typed number keeps its type
([array]9y)[0].GetType().Name; ([array]5L)[0].GetType().Name; ([object[]]9y)[0].GetType().Name; ([array]1.5d)[0].GetType().Name; [array]9y -le 'a'

#### unary minus: a collection or custom object has no op_Subtraction
foreach ($e in @({- @{}}, {- @(1, 2)}, {- [pscustomobject]@{}}, {- @{b = 1}}, {-'5'}, {-$null})) { try { "$e => " + (& $e) } catch { "$e => " + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId } }

#### $null + a typed number keeps its type
($null + 5u).GetType().Name; ($null + 5L).GetType().Name; ($null + [byte]5).GetType().Name; ($null + 1.5d).GetType().Name; ($null + [char]'a').GetType().Name; $null + [char]'a'; $null + 1.10d; ('abc'.Substring(1) % ($v + 5u)); $null + 1e3; ($null + 1e3).GetType().Name
