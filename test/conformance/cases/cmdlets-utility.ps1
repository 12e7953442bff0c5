# Measure-Command, New-Guid, Get-Unique, Join-String, Out-Host and Get-Host: what they write, their
# parameter sets and aliases, and their errors. Nothing here depends on a time or a random value: a
# TimeSpan's and a new GUID's shape is checked, never their numbers.

#### Measure-Command result
$r = Measure-Command { 1 }
$r.GetType().FullName
$r -is [timespan]
($r | Get-Member -MemberType Property).Name -join ','
$r.Ticks -ge 0
$r.TotalMilliseconds -eq $r.Ticks / 10000

#### Measure-Command discards output, shows host text
Measure-Command { 'discarded'; Write-Output 5; Write-Host 'shown' } | ForEach-Object { $_.GetType().Name }

#### Measure-Command runs once per input object
$t = 1..3 | Measure-Command { Write-Host "item $_" }
@($t).Count
Measure-Command -InputObject 5 { Write-Host "v $_" } | Out-Null
1 | Measure-Command { Write-Host "input $($input.Count)" } | Out-Null
1..2 | Measure-Command { if ($_ -eq 1) { return }; Write-Host 'two' } | Out-Null

#### Measure-Command dollar-under without input is the caller's
1 | ForEach-Object { Measure-Command { Write-Host "[$_]" } } | Out-Null

#### Measure-Command runs in the caller's scope
Measure-Command { $inside = 5 } | Out-Null
"inside is $inside"

#### Measure-Command errors inside the block
Measure-Command { Get-Item /nonexistent-cmdsa } | Out-Null
'after get-item'
Measure-Command { 1 / 0; Write-Host 'still runs' } | Out-Null
'after divide'

#### Measure-Command Write-Error inside the block
Measure-Command { Write-Error 'boom'; Write-Host 'still runs' } | Out-Null
'after write-error'

#### Measure-Command throw ends it
try { Measure-Command { throw 'thrown' } } catch { "caught $_"; $_.FullyQualifiedErrorId }

#### Measure-Command binding errors
Measure-Command
Measure-Command -Expression 5
Measure-Command 'abc'
Measure-Command $null
Measure-Command -Expression { 1 }, { 2 }
Measure-Command { 1 } { 2 }
Measure-Command { 1 } -Foo
Measure-Command 5 -ErrorAction SilentlyContinue
$error[0].FullyQualifiedErrorId
$error[0].CategoryInfo.ToString()

#### New-Guid shape
$g = New-Guid
$g.GetType().FullName
$g -is [guid]
$g.Guid.GetType().FullName
$g.Guid -match '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
"$g" -eq $g.Guid
$g.ToString() -eq $g.Guid
$g -eq $g.Guid
(New-Guid) -eq (New-Guid)

#### New-Guid Empty
New-Guid -Empty
"$(New-Guid -Empty)"
(New-Guid -Empty) -eq [guid]::Empty
New-Guid -Empty:$false

#### New-Guid InputObject
New-Guid 'd3b07384-d9a0-4c8f-9f3e-2b1e2f6b0a11'
New-Guid -InputObject '{D3B07384-D9A0-4C8F-9F3E-2B1E2F6B0A11}'
'd3b07384d9a04c8f9f3e2b1e2f6b0a11', '(d3b07384-d9a0-4c8f-9f3e-2b1e2f6b0a11)' | New-Guid | ForEach-Object Guid
[guid]'d3b07384d9a04c8f9f3e2b1e2f6b0a11' -eq 'd3b07384-d9a0-4c8f-9f3e-2b1e2f6b0a11'
[guid]::Empty -eq 'not a guid'

#### New-Guid bad input
New-Guid abc
'after'
'abc', 'd3b07384d9a04c8f9f3e2b1e2f6b0a11' | New-Guid | ForEach-Object Guid
New-Guid ''
New-Guid 12345
New-Guid $null
$null | New-Guid
try { New-Guid abc -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName }
New-Guid $null -ErrorAction SilentlyContinue
$error[0].CategoryInfo.ToString()

#### New-Guid binding errors
New-Guid -Empty -InputObject x
New-Guid 1 2
New-Guid -InputObject (1, 2)
New-Guid -Foo

#### Get-Unique adjacent duplicates
1, 1, 2, 2, 1, 3 | Get-Unique
1, 2, 2, 3, 3, 3 | gu
'b', 'a', 'b' | Sort-Object | Get-Unique
Get-Unique -InputObject 1, 1, 2
Get-Unique -InputObject 1
@() | Get-Unique
Get-Unique

#### Get-Unique case sensitivity
'a', 'A', 'a', 'b' | Get-Unique
'a', 'A', 'a', 'b' | Get-Unique -CaseInsensitive
'a', 'A', 'a', 'b' | Get-Unique -AsString
'b', 'B' | Get-Unique -AsString -CaseInsensitive
'a', 'a' | Get-Unique -CaseInsensitive:$false
'ä', 'Ä' | Get-Unique -CaseInsensitive
'ß', 'ss' | Get-Unique
'a ', 'a' | Get-Unique

#### Get-Unique compares as values
1, '1', 1.0, 2 | Get-Unique
1, '01', '1.0', 1 | Get-Unique
'01', 1 | Get-Unique
2, '2.0' | Get-Unique
1, 1.5, 2 | Get-Unique
$true, 'True', 1 | Get-Unique
'abc', 1, 1 | Get-Unique

#### Get-Unique objects
[pscustomobject]@{a = 1}, [pscustomobject]@{a = 1}, [pscustomobject]@{a = 2} | Get-Unique
[pscustomobject]@{a = 1}, [pscustomobject]@{b = 2}, 'x', '' | Get-Unique | ForEach-Object { "[$_]" }
'x', [pscustomobject]@{a = 1}, [pscustomobject]@{b = 2}, '' | Get-Unique -AsString | ForEach-Object { "[$_]" }
@{a = 1}, @{a = 1}, @{b = 1} | Get-Unique | ForEach-Object { $_.Keys }
(Get-Item /tmp), (Get-Item /tmp), (Get-Item /) | Get-Unique | ForEach-Object FullName
Get-Unique -InputObject (1, 1) -AsString

#### Get-Unique OnType
1, '1', 1.0, 2, 'x', 3 | Get-Unique -OnType
'a', 'b', 'A' | Get-Unique -OnType
(1, 1, 2 | Get-Unique -OnType).Count
$o = [pscustomobject]@{a = 1}; $o.pstypenames.Insert(0, 'My.T'); $o, [pscustomobject]@{a = 2} | Get-Unique -OnType | ForEach-Object a

#### Get-Unique null
$null, $null, 1, $null | Get-Unique | ForEach-Object { "[$_]" }
(1, $null | Get-Unique).Count
'a', $null | Get-Unique -CaseInsensitive | ForEach-Object { "[$_]" }
'a', $null, 'b' | Get-Unique -AsString | ForEach-Object { "[$_]" }
1, $null, 2 | Get-Unique -OnType | ForEach-Object { "[$_]" }
'after'
$error[0].FullyQualifiedErrorId
$error[0].CategoryInfo.ToString()

#### Get-Unique binding errors
Get-Unique -AsString -OnType
1..3 | Get-Unique 5
1, 2 | Get-Unique -InputObject 7

#### Join-String basics
1, 2, 3 | Join-String
1, 2, 3 | Join-String -Separator ', '
(1, 2 | Join-String).GetType().FullName
Join-String -InputObject 1, 2, 3 -Separator '-'
,(1, 2) | Join-String -Separator ';'
1, $null, 2 | Join-String -Separator ','
Join-String -InputObject 1, $null, 2 -Separator ','
$true, 1.0, [decimal]1.10, [double]::NaN, 1e20, 0.1 | Join-String -Separator ','
'a' | Join-String -Separator $null
[datetime]'2020-01-02 03:04:05' | Join-String

#### Join-String empty input
@() | Join-String -OutputPrefix '<' -OutputSuffix '>'
$null | Join-String -OutputPrefix '<'
'[' + (Join-String) + ']'

#### Join-String first positional is Property
'[' + (1, 2, 3 | Join-String ', ') + ']'
[pscustomobject]@{5 = 1} | Join-String 5

#### Join-String prefix suffix
1, 2 | Join-String -OutputPrefix '<' -OutputSuffix '>' -Separator '|'
1, 2 | Join-String -op '<' -os '>'
1, 2 | Join-String -OutputPrefix $null -OutputSuffix ''
1 | Join-String -Separator 5 -OutputPrefix 6
(1, 2 | Join-String -Separator ',' -OutputSuffix "`n").Length

#### Join-String quotes
'a', 'b' | Join-String -DoubleQuote
'a', 'b' | Join-String -SingleQuote -Separator ','
"it's", 'say "hi"' | Join-String -SingleQuote -Separator ','
"it's", 'say "hi"' | Join-String -DoubleQuote -Separator ','
1, $null, 2 | Join-String -Separator ',' -DoubleQuote

#### Join-String FormatString
1.5, 2 | Join-String -FormatString '[{0:N2}]' -Separator ';'
255 | Join-String -FormatString '{0:X}'
255 | Join-String -FormatString '{0:X}' -Property { $_ }
'x' | Join-String -FormatString '{0,5}|'
[datetime]'2020-01-02 03:04:05' | Join-String -FormatString '{0:yyyy}'
[pscustomobject]@{a = 1} | Join-String -FormatString '<{0}>'
1, 2 | Join-String -FormatString ''

#### Join-String FormatString errors
1, 2 | Join-String -FormatString '{0}-{1}'
'after'
$error[0].FullyQualifiedErrorId
$error[0].CategoryInfo.ToString()
1, 2 | Join-String -FormatString '{'

#### Join-String Property
[pscustomobject]@{a = 1; b = 2}, [pscustomobject]@{a = 3} | Join-String b ','
[pscustomobject]@{a = 1; b = 2}, [pscustomobject]@{a = 3} | Join-String
[pscustomobject]@{Name = 1; Nx = 2} | Join-String N*
[pscustomobject]@{a = 1} | Join-String $null
Join-String -Property a -InputObject ([pscustomobject]@{a = 1})
'ab', 'c' | Join-String -Property Length -Separator ','
'[' + (1, 2 | Join-String -Property Length -Separator ',') + ']'
(1, 2), 3 | Join-String Count -Separator ','
@{a = 1}, @{b = 2; c = 3} | Join-String Count -Separator ','
Get-Item /tmp, / | Join-String Name ','

#### Join-String script block
Get-Item /tmp, / | Join-String { $_.Name.ToUpper() } -Separator ','
1, 2 | Join-String { $_, ($_ * 10) } -Separator ';'
$OFS = '+'; 1, 2 | Join-String { $_, 3 } -Separator ';'
1, 2 | Join-String -Property { $null } -Separator ';'
'[' + (1, 2 | Join-String { throw 'bad' }) + ']'
1, 2 | Join-String { $_ / 0 } -Separator ','

#### Join-String UseCulture
1.5, 2.25 | Join-String -Separator ';' -UseCulture
1.5, 2.25 | Join-String -UseCulture

#### Join-String binding errors
1, 2 | Join-String -DoubleQuote -SingleQuote
1, 2 | Join-String -FormatString '{0}' -DoubleQuote
1, 2 | Join-String @{n = 'x'; e = { $_ }}
[pscustomobject]@{a = 1} | Join-String a, b
'a' | Join-String -Foo

#### Out-Host writes to the host
1, 2 | Out-Host; 'after'
Out-Host -InputObject (1, 2)
$x = 1, 2 | Out-Host; "count $($x.Count)"
1..3 | Out-Host | Measure-Object | ForEach-Object Count
$null | Out-Host; 'n'
Out-Host
1 | oh

#### Out-Host formats as Out-Default
[pscustomobject]@{a = 1; b = 'x'}, [pscustomobject]@{a = 22; b = 'yy'} | Out-Host; 'end'
[pscustomobject]@{a = 1} | Out-Host; [pscustomobject]@{b = 2} | Out-Host
[pscustomobject]@{a = 1}, [pscustomobject]@{b = 2} | Out-Host
@{a = 1} | Out-Host
[pscustomobject]@{a = 1} | Format-List | Out-Host
1 | Format-Table | Out-Host
Write-Error e 2>&1 | Out-Host

#### Out-Host ahead of a held table
[pscustomobject]@{a = 1}; 5 | Out-Host; [pscustomobject]@{a = 2}

#### Out-Host Paging when not interactive
1..3 | Out-Host -Paging
'a' | Out-Host -Paging:$false

#### Out-Host binding errors
'x' | Out-Host -Foo

#### Get-Host
$h = Get-Host
$h.GetType().FullName
$h.Name
$h.Version.ToString()
$h.InstanceId -eq $Host.InstanceId
$h.PSObject.Properties.Name -join ','
Get-Host | Select-Object Name, Version | Format-List

#### Get-Host binding errors
Get-Host -Foo
Get-Host 1

#### metadata
Get-Command Measure-Command, New-Guid, Get-Unique, Join-String, Out-Host, Get-Host
Get-Command Measure-Command, New-Guid, Get-Unique, Join-String, Out-Host, Get-Host -Syntax
Get-Alias -Definition Get-Unique, Out-Host
(Get-Command Join-String).Parameters['OutputPrefix'].Aliases
(Get-Command New-Guid).DefaultParameterSet
(Get-Command Get-Unique).ParameterSets.Name -join ','
