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

#### ArrayList: RemoveAt and Insert past the end
$l = [System.Collections.ArrayList]@(1, 2, 3)
$l.RemoveAt(5)
$l.RemoveAt(-1)
$l.Insert(9, 'x')
$l.Insert(3, 'end'); $l -join ','

#### ArrayList: the exception a script catches
$l = [System.Collections.ArrayList]@(1, 2, 3)
try { $l.RemoveAt(10) } catch { $_.Exception.GetType().FullName; $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.ParamName; $_.FullyQualifiedErrorId; "$($_.CategoryInfo)" }
try { $l.GetRange(-1, 1) } catch { $_.Exception.Message }

#### ArrayList: ranges out of bounds
$l = [System.Collections.ArrayList]@(1, 2, 3)
$l.RemoveRange(2, 5)
$l.GetRange(1, 9)
$l.RemoveRange(-1, 1)
$l.GetRange(0, -2)
$l.SetRange(2, @(1, 2))
$l.InsertRange(9, @(1))
$l.AddRange($null)
$l.Reverse(1, 9)
$l -join ','

#### ArrayList: indexer set past the end
$l = [System.Collections.ArrayList]@(1, 2, 3)
$l[7] = 1
$l[-4] = 1
$l[-1] = 'last'; $l -join ','; $null -eq $l[7]
try { $l[3] = 1 } catch { $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId; "$($_.CategoryInfo)" }

#### ArrayList: range methods inside the list
$l = [System.Collections.ArrayList]@(1, 2, 3, 4)
$l.Contains(2); $l.Contains('2'); $l.IndexOf(3); $l.LastIndexOf(3); $l.IndexOf(3, 1); $l.IndexOf(9)
$l.Reverse(); $l -join ','
$l.InsertRange(1, @('a', 'b')); $l -join ','
$l.RemoveRange(0, 2); $l -join ','
($l.GetRange(1, 2)) -join ','
$l.SetRange(0, @('x')); $l -join ','
$l.Remove('X'); $l.Remove('x'); $l -join ','

#### ArrayList: IndexOf and LastIndexOf bounds
$l = [System.Collections.ArrayList]@(1, 2, 3)
$l.IndexOf(1, 5)
$l.IndexOf(1, 0, 9)
$l.LastIndexOf(1, 5)

#### List[object]: bounds
$g = [System.Collections.Generic.List[object]]::new(); $g.Add(1)
$g.RemoveAt(3)
$g.Insert(5, 1)
$g[4] = 2
$g.RemoveRange(0, 3)
$g.GetRange(0, 4)
$g.GetRange(-1, 1)
$g.InsertRange(4, @(1))
$g.AddRange($null)
$g.IndexOf(1, 5)
$g.LastIndexOf(1, 5)

#### List[int]: range methods
$g = [System.Collections.Generic.List[int]]::new(); $g.AddRange([int[]](5, 6, 7)); $g.InsertRange(0, [int[]](1)); $g -join ','
$g.GetRange(1, 2).GetType().FullName
$g.Insert(2, 9); $g -join ','; $g.Remove(9); $g.Remove(42); $g.Contains(5); $g.IndexOf(7)
$g.Reverse(); $g -join ','

#### Temp: as the current location
Set-Location Temp:
Get-Location
"$PWD"
$PWD.Path; $PWD.ProviderPath; $PWD.Drive.Name; $PWD.Provider.Name; $PWD.Drive.Root
(Get-Location).GetType().FullName
Get-Location | Format-List *

#### Temp: relative moves stay on the drive
$null = New-Item -ItemType Directory -Force -Path (Join-Path ([IO.Path]::GetTempPath()) 'spo-gaps3/sub')
Set-Location Temp:
Set-Location spo-gaps3
"$PWD | $($PWD.ProviderPath -eq (Join-Path ([IO.Path]::GetTempPath()) 'spo-gaps3'))"
Set-Location sub; "$PWD"
Set-Location ..; "$PWD"
Set-Location ../..; "$PWD"
Set-Location ..; "$PWD"
Set-Location -LiteralPath spo-gaps3/./sub; "$PWD"
Set-Location ..\..\..\spo-gaps3; "$PWD"
Set-Location spo-g*; "$PWD"
Set-Location ..; Set-Location spo-g*; "$PWD"
Set-Location /tmp; Set-Location spo-gaps3-nomatch*; Set-Location Temp:/spo-gaps3-nomatch*

#### Temp: the bare drive goes back to the drive's location
$null = New-Item -ItemType Directory -Force -Path (Join-Path ([IO.Path]::GetTempPath()) 'spo-gaps3/sub')
Set-Location Temp:/spo-gaps3/sub -PassThru
Set-Location /
"$PWD"
Set-Location TEMP:
"$PWD"
Set-Location Temp:\spo-gaps3; "$PWD"
Set-Location ~; (Get-Location).Drive.Name

#### Temp: paths from the location
$null = New-Item -ItemType Directory -Force -Path (Join-Path ([IO.Path]::GetTempPath()) 'spo-gaps3/sub')
Set-Location Temp:/spo-gaps3
Resolve-Path sub
Resolve-Path ..
(Resolve-Path .).Path
Join-Path $PWD x
Split-Path $PWD
Split-Path Temp:/spo-gaps3/sub
Split-Path -Leaf $PWD
Test-Path sub

#### Temp: a location that does not exist
Set-Location Temp:
Set-Location spo-gaps3-nope
Set-Location Temp:/spo-gaps3-nope
"$PWD"

#### Get-Module -ListAvailable lists pwsh's own modules
Get-Module -ListAvailable Microsoft.PowerShell.Management, Microsoft.PowerShell.Utility, Microsoft.PowerShell.Security, Microsoft.PowerShell.Host, PowerShellGet | Select-Object Name, Version, ModuleType, PSEdition

#### Get-Module -ListAvailable: a module's type and version
$m = Get-Module -ListAvailable Microsoft.PowerShell.Utility; $m.GetType().FullName; $m.ModuleType.GetType().FullName; "$($m.Version)"; $m.Version -ge [version]'7.0'; $m.Name

#### Get-Module -ListAvailable: the SharePoint module is listed after them
(Get-Module -ListAvailable Microsoft.PowerShell.Utility, Microsoft.Online.SharePoint.PowerShell).Name

#### Import-Module of pwsh's own module with -PassThru
Import-Module Microsoft.PowerShell.Host -PassThru

#### Import-Module -PassThru names the module as it is spelled
Import-Module microsoft.powershell.utility -PassThru | Select-Object Name, ModuleType
Import-Module PowerShellGet -PassThru | Select-Object Name, ModuleType, Version

#### Import-Module Microsoft.PowerShell.Core is not a module
Import-Module Microsoft.PowerShell.Core
'after'

#### Select-Object -ExpandProperty psobject is not a property
@{a = 1} | Select-Object -ExpandProperty psobject
[pscustomobject]@{a = 1} | Select-Object -ExpandProperty PSObject
'abc' | Select-Object -ExpandProperty psbase
'abc' | Select-Object -ExpandProperty pstypenames
