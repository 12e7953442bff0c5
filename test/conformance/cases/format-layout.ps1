# How Out-Default lays out one pipeline's objects of different kinds: the first object's view decides the
# document; later objects that the view does not apply to are written out of band (scalars as text, others
# as a list of their own); column widths (fixed views, content-sized tables, trimming to width 80).

#### view table then custom object
(Get-Command Write-Output), [pscustomobject]@{a = 1}

#### custom table then view object
[pscustomobject]@{a = 1}, (Get-Command Write-Output)

#### hashtable then custom object
@{a = 1}, [pscustomobject]@{a = 1}

#### custom table then hashtable
[pscustomobject]@{a = 1}, @{b = 2}

#### list then small object
[pscustomobject]@{a = 1; b = 2; c = 3; d = 4; e = 5}, [pscustomobject]@{a = 1}

#### table then large object
[pscustomobject]@{a = 1}, [pscustomobject]@{a = 1; b = 2; c = 3; d = 4; e = 5}

#### list, text, list
[pscustomobject]@{a = 1; b = 2; c = 3; d = 4; e = 5}, 'x', [pscustomobject]@{f = 6; g = 7; h = 8; i = 9; j = 10}

#### view rows around text
(Get-Command Write-Output), 'x', (Get-Command Write-Host)

#### variable view then custom object
$zz = 'v'
(Get-Variable zz), [pscustomobject]@{a = 1}, (Get-Variable zz)

#### multi-line cell
[pscustomobject]@{a = "multi`nline"; b = 1}

#### long list value wraps
[pscustomobject]@{a = 'x' * 100; b = 2; c = 3; d = 4; e = "one`ntwo"}

#### empty object inside a table
[pscustomobject]@{a = 1}, [pscustomobject]@{}, [pscustomobject]@{a = 2}

#### empty object before a table
[pscustomobject]@{}, [pscustomobject]@{a = 1}

#### two empty objects
[pscustomobject]@{}, [pscustomobject]@{}

#### timespan then custom object
[timespan]::FromSeconds(90), [pscustomobject]@{a = 1}

#### custom object then timespan
[pscustomobject]@{a = 1}, [timespan]::FromSeconds(90)

#### hashtable then timespan
@{a = 1}, [timespan]::FromSeconds(90)

#### Format-Table of mixed objects
(Get-Command Write-Output), [pscustomobject]@{a = 1} | Format-Table

#### Format-List of mixed objects
[pscustomobject]@{a = 1}, 'x', [pscustomobject]@{b = 2} | Format-List

#### last column trimmed to fit
[pscustomobject]@{a = 'x' * 75; b = 'yyyy'}

#### last column trimmed to one
[pscustomobject]@{a = 'x' * 77; b = 'yyyy'; c = 1}

#### right-aligned column trimmed
[pscustomobject]@{a = 'x' * 75; b = 123456}

#### trimmed header wraps
[pscustomobject]@{a = 'x' * 74; Header = 'y'}

#### Format-Table -AutoSize too wide
[pscustomobject]@{a = 'x' * 90; b = 1} | Format-Table -AutoSize

#### Format-Table -Wrap trimmed
[pscustomobject]@{a = 'x' * 70; b = 'one two three four'} | Format-Table -Wrap

#### both SharePoint commands
Get-Command Connect-SPOService, Disconnect-SPOService

#### Get-Command -Syntax Clear-Host
Get-Command Clear-Host -Syntax

#### Get-Command cls
Get-Command cls

#### Get-Command -Syntax cls
Get-Command cls -Syntax

#### numbers in a table
[pscustomobject]@{a = [double]::NaN; b = 1.10d; c = [double]::PositiveInfinity; d = 1.5}

#### special numbers alone
[double]::NegativeInfinity
-1.50d
[float]::NaN
0.0d

#### empty object as text
"[$([pscustomobject]@{})]"

#### null inside a collection
Write-Output -NoEnumerate @($null, 'a')

#### array inside a collection
Write-Output -NoEnumerate @(@(1, 2), 'x')

#### hashtable value keeps its text
@{a = 1e-11; b = 2.5}

#### property columns show two decimals
[pscustomobject]@{a = 2.0; b = 1e-11; c = 2; d = [float]0.5}

#### Get-Variable value keeps its text
$zz = 0.125
Get-Variable zz

#### simple function has no parameters
(Get-Command Clear-Host).Parameters.Count

#### Write-Output default set
(Get-Command Write-Output).DefaultParameterSet

#### Url parameter type
(Get-Command Connect-SPOService).Parameters['Url'].ParameterType.FullName

#### ManagedIdentityType values
[enum]::GetValues([Microsoft.Online.SharePoint.PowerShell.ManagedIdentityType])

#### enum type literal
[Microsoft.Online.SharePoint.PowerShell.ManagedIdentityType]::UserAssigned
[Microsoft.Online.SharePoint.PowerShell.AADCrossTenantAuthenticationLocation]'ITAR'

#### loop text joins the open table
foreach ($i in 1..2) { [pscustomobject]@{a = $i}; 'x' }

#### loop text between view rows
foreach ($n in 'Write-Output', 'Write-Host') { Get-Command $n; 'y' }

#### loop of lists and text
foreach ($i in 1..2) { [pscustomobject]@{a = $i; b = 2; c = 3; d = 4; e = 5}; 'x' }

#### Format-List leaves out the named properties an object does not have
[pscustomobject]@{a=1},[pscustomobject]@{Name="n";b=2},[pscustomobject]@{c=3} | Format-List Name, c
[pscustomobject]@{a=1},[pscustomobject]@{a=2} | Format-List Name
@{a=1;b=2} | Format-List a, Count, Keys
"abc" | Format-List Length, Nope
[pscustomobject]@{a=$null} | Format-List a, b, @{n='x';e={5}}

#### Out-String without -Width does not wrap a list's values; tables still fit the width
$o = [pscustomobject]@{ Name = 'x' * 300 }
$o | Format-List | Out-String -Stream | % Length
'--'
$o | Format-List | Out-String -Width 100 -Stream | % Length
'--'
$o | Out-String -Stream | % Length
'--'
[pscustomobject]@{ a = 1; b = 2; c = 3; d = 4; e = 'e' * 300 } | Out-String -Stream | % Length
'--'
($o | Format-List | Out-String).Length
