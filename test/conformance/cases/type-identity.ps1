# Type identity: -is, -as, casts, [T] literals, GetType().BaseType and pstypenames for the .NET types spo's
# values claim to be, with their base classes and interfaces; doubles in conversion messages.

#### a query string collection is a NameValueCollection
$q = [System.Web.HttpUtility]::ParseQueryString('a=1&b=2')
$q -is [System.Collections.Specialized.NameValueCollection]
$q -is [System.Collections.Specialized.NameObjectCollectionBase]
$q -is [System.Collections.ICollection]; $q -is [System.Collections.IDictionary]
$q.GetType().FullName; $q.GetType().BaseType.FullName
$q.pstypenames -join ','

#### NameValueCollection resolves wherever types resolve
$q = [System.Web.HttpUtility]::ParseQueryString('a=1')
[System.Collections.Specialized.NameValueCollection].FullName
[Collections.Specialized.NameValueCollection].Name
([type]'System.Collections.Specialized.NameValueCollection').FullName
($q -as [System.Collections.Specialized.NameValueCollection])['a']
([System.Collections.Specialized.NameValueCollection]$q)['a']
$null -eq ('x' -as [System.Collections.Specialized.NameValueCollection])
[System.Collections.Specialized.NameValueCollection].BaseType.FullName

#### the short name and the nested type do not resolve
try { [NameValueCollection] } catch { $_.Exception.Message }
try { [System.Web.HttpUtility+HttpQSCollection] } catch { $_.Exception.Message }

#### a cast to a base type keeps the value or fails
$q = [System.Web.HttpUtility]::ParseQueryString('a=1')
[System.Collections.Specialized.NameValueCollection]'x'

#### hashtables and ordered dictionaries are dictionaries
$h = @{ a = 1 }; $o = [ordered]@{ a = 1 }
$h -is [System.Collections.IDictionary]; $h -is [System.Collections.ICollection]; $h -is [System.Collections.IEnumerable]; $h -is [ICloneable]
$o -is [System.Collections.Specialized.OrderedDictionary]; $o -is [System.Collections.Specialized.IOrderedDictionary]; $o -is [System.Collections.IDictionary]; $o -is [hashtable]
[System.Collections.Specialized.OrderedDictionary].FullName
([System.Collections.IDictionary]$h).GetType().Name
function Count-Keys([System.Collections.IDictionary]$d) { $d.Count }
Count-Keys @{ a = 1; b = 2 }; Count-Keys $o

#### a parameter typed as an interface refuses what is not one
function Count-Keys([System.Collections.IDictionary]$d) { $d.Count }
Count-Keys 3

#### JSON -AsHashtable and $PSVersionTable are Hashtables
$j = '{"a":1}' | ConvertFrom-Json -AsHashtable
$j.GetType().FullName; $j.GetType().BaseType.FullName; $j -is [hashtable]; $j -is [System.Collections.Specialized.OrderedDictionary]
$j.pstypenames -join ','
$PSVersionTable.GetType().FullName; $PSVersionTable -is [hashtable]; $PSVersionTable.pstypenames -join ','

#### lists, arrays and collections
$a = @(1, 2); $l = [System.Collections.Generic.List[int]]::new(); $al = [System.Collections.ArrayList]::new()
$a -is [System.Collections.IList]; $a -is [System.Collections.ICollection]; $a -is [System.Collections.IStructuralEquatable]; $a -is [ICloneable]
$l -is [System.Collections.IList]; $l -is [System.Collections.IEnumerable]; $l -is [System.Collections.IDictionary]
$al -is [System.Collections.IList]; $al -is [ICloneable]
[System.Collections.Queue]::new() -is [System.Collections.ICollection]
[int[]](1, 2) -is [System.Collections.IList]
'abc' -is [System.Collections.IEnumerable]; 'abc' -is [IComparable]; 'abc' -is [IConvertible]; 'abc' -is [ICloneable]

#### numbers, dates and other values are IComparable, IFormattable, IConvertible
1 -is [IComparable]; 1 -is [IFormattable]; 1 -is [IConvertible]; 1.5 -is [IComparable]; 1d -is [IFormattable]
[byte]1 -is [IConvertible]; [char]'a' -is [IComparable]; $true -is [IComparable]; $true -is [IFormattable]
(Get-Date) -is [IComparable]; (Get-Date) -is [IFormattable]; (New-TimeSpan) -is [IComparable]; (New-TimeSpan) -is [IConvertible]
[guid]::NewGuid() -is [IFormattable]; [version]'1.2' -is [IComparable]; [version]'1.2' -is [ICloneable]; [uri]'http://x/' -is [IFormattable]
[ConsoleColor]::Red -is [IComparable]; [ConsoleColor]::Red -is [IFormattable]
(Get-Culture) -is [IFormatProvider]
(5 -as [IComparable]).GetType().Name; [IComparable]5
$null -eq (@{} -as [IComparable])

#### value types' base
([char]'a').GetType().BaseType.FullName; [guid]::Empty.GetType().BaseType.FullName; ([byte]1).GetType().BaseType.FullName
([char]'a').pstypenames -join ','; [guid]::Empty.pstypenames -join ','

#### file system items
$d = Get-Item /tmp
$d -is [System.IO.DirectoryInfo]; $d -is [System.IO.FileSystemInfo]; $d -is [System.IO.FileInfo]; $d -is [MarshalByRefObject]
$d.GetType().BaseType.FullName; $d.pstypenames -join ','
[System.IO.FileInfo].FullName; [IO.FileSystemInfo].BaseType.FullName

#### regex matches are groups and captures
$m = [regex]::Match('abc', 'b')
$m -is [System.Text.RegularExpressions.Match]; $m -is [System.Text.RegularExpressions.Group]; $m -is [System.Text.RegularExpressions.Capture]
$m.GetType().BaseType.FullName; $m.pstypenames -join ','
$ms = [regex]::Matches('abab', 'b'); $ms -is [System.Text.RegularExpressions.MatchCollection]; $ms -is [System.Collections.IList]

#### XML nodes are enumerable and navigable
$x = [xml]'<a><b>1</b></a>'
$x -is [System.Collections.IEnumerable]; $x -is [System.Xml.XPath.IXPathNavigable]; $x.a -is [ICloneable]
$x.GetType().BaseType.FullName; $x.a.GetType().BaseType.FullName

#### commands, variables and other engine objects
$c = Get-Command Get-Date; $c -is [System.Management.Automation.CmdletInfo]; $c -is [System.Management.Automation.CommandInfo]; $c.GetType().BaseType.FullName
(Get-Alias gci) -is [System.Management.Automation.CommandInfo]; (Get-Alias gci).pstypenames -join ','
(Get-Variable PSHOME) -is [System.Management.Automation.PSVariable]
(Get-Location) -is [System.Management.Automation.PathInfo]
(Get-Item env:PATH) -is [System.Collections.DictionaryEntry]; (Get-Item env:PATH) -is [ValueType]; (Get-Item env:PATH).GetType().BaseType.FullName
$mi = 1, 2 | Measure-Object; $mi -is [Microsoft.PowerShell.Commands.MeasureInfo]; $mi.pstypenames -join ','
('abc' | Select-String 'b') -is [Microsoft.PowerShell.Commands.MatchInfo]
$Host -is [System.Management.Automation.Host.PSHost]; $Host.GetType().BaseType.FullName
(Get-TimeZone) -is [System.TimeZoneInfo]

#### jobs
$j = Start-Job { 1 }
$j -is [System.Management.Automation.Job]; $j -is [IDisposable]; $j.GetType().BaseType.FullName; $j.pstypenames -join ','
$null = $j | Wait-Job | Remove-Job

#### exceptions and error records
try { throw 'x' } catch { $e = $_ }
$e.Exception -is [System.Exception]; $e.Exception -is [System.SystemException]; $e.Exception.GetType().BaseType.FullName
$e.Exception.pstypenames -join ','
$e -is [System.Runtime.Serialization.ISerializable]

#### credentials, secure strings and references
$s = ConvertTo-SecureString 'p' -AsPlainText -Force
$s -is [IDisposable]; [pscredential]::new('u', $s) -is [System.Runtime.Serialization.ISerializable]
$r = [ref]1; $r -is [ref]; $r.GetType().BaseType.FullName
([switch]$true) -is [ValueType]; ([switch]$true).pstypenames -join ','

#### type objects are TypeInfo and MemberInfo
[int] -is [System.Reflection.TypeInfo]; [int] -is [System.Reflection.MemberInfo]; [int] -is [System.Reflection.IReflect]
[int].pstypenames -join ','

#### interfaces have no base type
$null -eq [System.Collections.IDictionary].BaseType; [System.Collections.IDictionary].FullName

#### a double in a method argument's conversion error is its round-trip form
'a'.PadLeft(12345678901234567.8)

#### a double past Int32 in a method argument
'abc'.Substring(1, 2.5e20 / 3)

#### a double in a cast's overflow message
[int](2.5e20 / 3)

#### a double in a cast to Int64 and Decimal
try { [long](1e300 / 3) } catch { $_.Exception.Message }
try { [decimal](1e300 / 3) } catch { $_.Exception.Message }

#### a double that no conversion takes
try { [char](0.1 + 0.2) } catch { $_.Exception.Message }
try { [hashtable](0.1 + 0.2) } catch { $_.Exception.Message }
try { [switch](0.1 + 0.2) } catch { $_.Exception.Message }

#### a double into a typed parameter and an array
function f([int]$a) { $a }
try { f (2.5e20 / 3) } catch { $_.Exception.Message }
try { [int[]](1e20 / 3) } catch { $_.Exception.Message }

#### a double converted as text first keeps PowerShell's digits
try { [guid](0.1 + 0.2) } catch { $_.Exception.Message }
[int]::Parse(0.1 + 0.2)

#### Math's arguments convert to their parameters' types
foreach ($s in "[Math]::Round(1.1, 'x')", "[Math]::Round('x')", "[Math]::Round(1.5, 1, 'x')", "[Math]::Round(1.5, 'AwayFromZero')", "[Math]::Floor('x')", "[Math]::Ceiling('x')", "[Math]::Abs('x')", "[Math]::Max(1, 'x')", "[Math]::Max(0.5, 'x')", "[Math]::Max('x', 1)", "[Math]::Pow(2, 'x')", "[Math]::Sqrt(@{})", "[Math]::Sign('x')", "[Math]::Log(2, 'x')", "[Math]::Log10('x')", "[Math]::Round(1.5, 2.5e20 / 3)", "[Math]::Max(1, 1e20)", "[Math]::Max([byte]1, 300)", "[Math]::Round(1.5, 1, 7)") {
  try { Invoke-Expression $s } catch { $_.Exception.Message }
}

#### Math's overloads that take the arguments
[Math]::Round(2.5, [MidpointRounding]::AwayFromZero); [Math]::Round(2.5d, [MidpointRounding]::AwayFromZero); [Math]::Round(1.25, 1, [MidpointRounding]::AwayFromZero)
[Math]::Round(1.5, 0, 'AwayFromZero'); [Math]::Max(1, 0.5); [Math]::Max('3', 2.5); [Math]::Max(5000000000, 1); [Math]::Abs(-5L); [Math]::Round('2.5')

#### MidpointRounding is an enum
[MidpointRounding]::ToZero -eq 'ToZero'; [MidpointRounding]::AwayFromZero.GetType().FullName; [MidpointRounding]'ToEven'
[enum]::GetNames([MidpointRounding]) -join ','; [MidpointRounding]::ToEven -is [enum]; [MidpointRounding]::ToEven -is [IComparable]

#### Select-Object names its objects after the input's type
(Get-Item /tmp | Select-Object Name).pstypenames -join ','
(@{ a = 1 } | Select-Object a).pstypenames -join ','
([pscustomobject]@{ a = 1; PSTypeName = 'My.T' } | Select-Object a | Select-Object a).pstypenames -join ','
(1, 2 | Select-Object -First 1).pstypenames -join ','
(Get-Item /tmp | Select-Object Name | Get-Member)[0].TypeName
Get-Item /tmp | Select-Object Name | ConvertTo-Csv -IncludeTypeInformation
[pscustomobject]@{ a = 1; PSTypeName = 'My.T' } | ConvertTo-Csv -IncludeTypeInformation

#### thread jobs are Job2s
$j = Start-ThreadJob { 1 }
$j -is [System.Management.Automation.Job]; $j -is [System.Management.Automation.Job2]; $j.GetType().BaseType.FullName; $j.pstypenames -join ','
$null = $j | Wait-Job | Remove-Job

#### recorded types have no statics in spo-shell, but the ones spo has still work
[System.Globalization.CultureInfo]::InvariantCulture.DisplayName
[System.Text.Encoding]::UTF8.WebName
