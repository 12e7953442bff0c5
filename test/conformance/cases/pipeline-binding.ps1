# Pipeline input bound object by object, as PowerShell's parameter binder does: four passes over every
# parameter that takes pipeline input (ByValue without type coercion, ByPropertyName without it, ByValue
# with it, ByPropertyName with it), the default set first, the sets narrowing per object; an object that
# binds nothing, or leaves a mandatory parameter unbound, is that object's non-terminating error, and the
# next object binds afresh. Each case works in its own folder under the case directory and removes it.

#### Get-Item: Path, LiteralPath and PSPath properties
$null = New-Item -ItemType Directory ./pb1; Set-Content ./pb1/a.txt x; Set-Content ./pb1/b.txt y
[pscustomobject]@{Path = './pb1/a.txt'} | Get-Item | ForEach-Object Name
[pscustomobject]@{LiteralPath = './pb1/b.txt'} | Get-Item | ForEach-Object Name
[pscustomobject]@{PSPath = './pb1/a.txt'} | Get-Item | ForEach-Object Name
[pscustomobject]@{LP = './pb1/b.txt'} | Get-Item | ForEach-Object Name
Remove-Item ./pb1 -Recurse

#### Get-Item: each object chooses its own parameter set
$null = New-Item -ItemType Directory ./pb2; Set-Content ./pb2/a.txt x; Set-Content -LiteralPath ./pb2/[b].txt y
[pscustomobject]@{Path = './pb2/a.txt'}, [pscustomobject]@{LiteralPath = './pb2/[b].txt'}, './pb2/a.txt' | Get-Item | ForEach-Object Name
Remove-Item ./pb2 -Recurse

#### Get-Item: Path wins over LiteralPath on the same object (default set first)
$null = New-Item -ItemType Directory ./pb3; Set-Content ./pb3/a.txt x; Set-Content ./pb3/b.txt y
[pscustomobject]@{Path = './pb3/a.txt'; LiteralPath = './pb3/b.txt'} | Get-Item | ForEach-Object Name
Remove-Item ./pb3 -Recurse

#### Get-Item: a file object binds its PSPath to -LiteralPath
$null = New-Item -ItemType Directory ./pb4; Set-Content -LiteralPath ./pb4/[a].txt x
Get-ChildItem -LiteralPath ./pb4 | Get-Item | ForEach-Object Name
Get-ChildItem -LiteralPath ./pb4 | Test-Path
Get-ChildItem -LiteralPath ./pb4 | Get-Content
Remove-Item ./pb4 -Recurse

#### Get-Item: a file object whose file is gone is named without its provider
$null = New-Item -ItemType Directory ./pb13; Set-Content ./pb13/a.txt x
$f = Get-Item ./pb13/a.txt; Remove-Item ./pb13/a.txt
$f | Get-Item
$Error[0].TargetObject
Remove-Item ./pb13 -Recurse

#### Get-Item: an object without the properties is converted to a path
[pscustomobject]@{Name = 'a.txt'} | Get-Item
'after'

#### Get-Item: errors per object, the next object binds
$null = New-Item -ItemType Directory ./pb5; Set-Content ./pb5/a.txt x
[pscustomobject]@{Path = $null}, [pscustomobject]@{Path = './pb5/a.txt'}, $null, [pscustomobject]@{LiteralPath = './pb5/a.txt'} | Get-Item | ForEach-Object Name
$Error.Count
$Error | ForEach-Object { $_.FullyQualifiedErrorId; "target: [$($_.TargetObject)]" }
Remove-Item ./pb5 -Recurse

#### Get-ChildItem and Test-Path by property name
$null = New-Item -ItemType Directory ./pb6; Set-Content ./pb6/a.txt x; Set-Content ./pb6/b.log y
[pscustomobject]@{Path = './pb6'} | Get-ChildItem | ForEach-Object Name
[pscustomobject]@{LiteralPath = './pb6'} | Get-ChildItem | ForEach-Object Name
[pscustomobject]@{Path = './pb6/a.txt'}, [pscustomobject]@{LiteralPath = './pb6/none.txt'} | Test-Path
Remove-Item ./pb6 -Recurse

#### Split-Path and Join-Path by property name
[pscustomobject]@{Path = 'a/b/c.txt'} | Split-Path -Leaf
[pscustomobject]@{LiteralPath = 'a/b/c.txt'} | Split-Path
[pscustomobject]@{Path = 'a'; ChildPath = 'b'} | Join-Path
[pscustomobject]@{Path = 'a'} | Join-Path -ChildPath c

#### Join-Path: an object without Path leaves the mandatory parameter unbound
[pscustomobject]@{ChildPath = 'b'} | Join-Path
'x' | Join-Path -ChildPath c
$Error | ForEach-Object { $_.FullyQualifiedErrorId; "target: [$($_.TargetObject)]" }

#### Get-Content by property name
$null = New-Item -ItemType Directory ./pb7; Set-Content ./pb7/a.txt one, two
[pscustomobject]@{Path = './pb7/a.txt'} | Get-Content
[pscustomobject]@{PSPath = './pb7/a.txt'} | Get-Content -TotalCount 1
'./pb7/a.txt' | Get-Content
Remove-Item ./pb7 -Recurse

#### Set-Content: Value by property name and Path from the object
$null = New-Item -ItemType Directory ./pb8
[pscustomobject]@{Path = './pb8/a.txt'; Value = 'from object'} | Set-Content
Get-Content ./pb8/a.txt
'piped value' | Set-Content ./pb8/b.txt
Get-Content ./pb8/b.txt
Remove-Item ./pb8 -Recurse

#### Set-Location by property name
$here = (Get-Location).Path
$null = New-Item -ItemType Directory ./pb9
[pscustomobject]@{Path = './pb9'} | Set-Location
Split-Path -Leaf (Get-Location).Path
Set-Location $here
Remove-Item ./pb9 -Recurse

#### Variables by property name
[pscustomobject]@{Name = 'pbv1'; Value = 5} | Set-Variable
$pbv1
[pscustomobject]@{Name = 'pbv2'} | New-Variable
(Get-Variable pbv2).Value -eq $null
'pbv1' | Get-Variable | ForEach-Object Value
[pscustomobject]@{Name = 'pbv1'} | Get-Variable | ForEach-Object Value
[pscustomobject]@{Name = 'pbv1'} | Remove-Variable
Test-Path variable:pbv1

#### Get-Variable: a missing name per object is non-terminating
$pbv3 = 3
'nosuchvar', 'pbv3' | Get-Variable | ForEach-Object Value
'after'

#### Get-Alias and Get-Command by property name
[pscustomobject]@{Name = 'gci'} | Get-Alias | ForEach-Object Definition
[pscustomobject]@{Name = 'Get-Item'} | Get-Command | ForEach-Object Name
'Get-Item' | Get-Command | ForEach-Object Name

#### Get-Date: Date by property name without coercion, strings with it
[pscustomobject]@{Date = (Get-Date -Year 2020 -Month 1 -Day 2)} | Get-Date -Format yyyy-MM-dd
'2021-03-04' | Get-Date -Format yyyy-MM-dd
(Get-Date -Year 2019 -Month 5 -Day 6) | Get-Date -Format yyyy-MM-dd

#### New-TimeSpan: Start and End by property name
[pscustomobject]@{Start = (Get-Date -Year 2020 -Month 1 -Day 2); End = (Get-Date -Year 2020 -Month 1 -Day 5)} | New-TimeSpan | ForEach-Object Days

#### Start-Sleep: Seconds by property name
[pscustomobject]@{Seconds = 0} | Start-Sleep
[pscustomobject]@{Milliseconds = 1} | Start-Sleep
0 | Start-Sleep
'slept'

#### Strings and objects into Select-Object and Where-Object
'abc', 'de' | Select-Object Length | ForEach-Object Length
[pscustomobject]@{InputObject = 5} | Select-Object -Property InputObject | ForEach-Object InputObject
'a', 'b' | Where-Object { $_ -eq 'b' }
[pscustomobject]@{a = 1}, 'x' | Where-Object a -EQ 1 | ForEach-Object a

#### Strings and objects into ForEach-Object, Get-Member and Measure-Object
[pscustomobject]@{a = 1}, 'x' | ForEach-Object { $_.GetType().Name }
'x' | Get-Member -MemberType Property | ForEach-Object Name
[pscustomobject]@{InputObject = 1} | Get-Member -MemberType NoteProperty | ForEach-Object Name
1, 2, 3 | Measure-Object -Sum | ForEach-Object Sum
'a', [pscustomobject]@{Length = 9} | Measure-Object | ForEach-Object Count

#### Strings and objects into ConvertTo-Json, Out-String and Format-*
'a', [pscustomobject]@{b = 2} | ConvertTo-Json -Compress
[pscustomobject]@{InputObject = 'inner'} | ConvertTo-Json -Compress
'x', 1 | Out-String
[pscustomobject]@{InputObject = 1; b = 2} | Format-List
'a' | Format-Table

#### ConvertFrom-Csv: strings by value
'a,b', '1,2' | ConvertFrom-Csv | ForEach-Object a

#### New-Item: Name and Path by property name
$null = New-Item -ItemType Directory ./pb10
[pscustomobject]@{Path = './pb10'; Name = 'c.txt'; ItemType = 'File'} | New-Item | ForEach-Object Name
[pscustomobject]@{Path = './pb10/d.txt'} | New-Item | ForEach-Object Name
(Get-ChildItem ./pb10).Name
[pscustomobject]@{Path = './pb10/c.txt'}, [pscustomobject]@{LiteralPath = './pb10/d.txt'} | Remove-Item
(Get-ChildItem ./pb10).Count
Remove-Item ./pb10 -Recurse

#### Rename-Item: Path and NewName by property name
$null = New-Item -ItemType Directory ./pb11; Set-Content ./pb11/a.txt x
[pscustomobject]@{Path = './pb11/a.txt'; NewName = 'b.txt'} | Rename-Item
(Get-ChildItem ./pb11).Name
Remove-Item ./pb11 -Recurse

#### Rename-Item: an object without NewName leaves a mandatory parameter unbound
$null = New-Item -ItemType Directory ./pb12; Set-Content ./pb12/a.txt x
[pscustomobject]@{Path = './pb12/a.txt'} | Rename-Item
$Error | ForEach-Object { $_.FullyQualifiedErrorId; "target: [$($_.TargetObject)]" }
Remove-Item ./pb12 -Recurse

#### A command that takes no pipeline input: one error per object
1, 2 | Get-Location
$Error.Count
$Error[0].FullyQualifiedErrorId
$Error[0].TargetObject

#### ParameterSetName follows each object
function Test-PbSets {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(ParameterSetName = 'ByName', ValueFromPipelineByPropertyName = $true)] [string] $Name,
        [Parameter(ParameterSetName = 'ById', ValueFromPipelineByPropertyName = $true)] [int] $Id,
        [Parameter(ParameterSetName = 'ByDate', ValueFromPipeline = $true)] [datetime] $When
    )
    process { "$($PSCmdlet.ParameterSetName): $Name$Id$(if ($When) { $When.Year })" }
}
[pscustomobject]@{Name = 'n'}, [pscustomobject]@{Id = 7}, (Get-Date -Year 2001 -Month 1 -Day 1), [pscustomobject]@{Other = 1} | Test-PbSets
$Error | ForEach-Object { $_.FullyQualifiedErrorId; "target: [$($_.TargetObject)]" }

#### Script cmdlet: ByValue without coercion beats the default set's coercion
function Test-PbValue {
    [CmdletBinding(DefaultParameterSetName = 'Text')]
    param(
        [Parameter(ParameterSetName = 'Text', ValueFromPipeline = $true)] [string] $Text,
        [Parameter(ParameterSetName = 'Number', ValueFromPipeline = $true)] [int] $Number
    )
    process { "$($PSCmdlet.ParameterSetName): $Text$Number" }
}
'a', 5, 2.5, $true | Test-PbValue

#### Script cmdlet: every matching parameter of the set binds the same object
function Test-PbBoth {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline = $true)] [string] $A,
        [Parameter(ValueFromPipeline = $true)] [string] $B,
        [Parameter(ValueFromPipelineByPropertyName = $true)] [string] $Length
    )
    process { "A=$A B=$B Length=$Length" }
}
'xyz', 12 | Test-PbBoth

#### Script cmdlet: a mandatory parameter left unbound per object
function Test-PbMandatory {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)] [string] $Name,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)] [int] $Size
    )
    process { "$Name $Size" }
}
[pscustomobject]@{Name = 'a'; Size = 1}, [pscustomobject]@{Name = 'b'}, [pscustomobject]@{Size = 3}, [pscustomobject]@{Name = 'd'; Size = 4} | Test-PbMandatory
$Error | ForEach-Object { $_.FullyQualifiedErrorId; $_.Exception.Message; "target: [$($_.TargetObject)]" }

#### Script cmdlet: validation failure per object, the next object binds
function Test-PbValidate {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline = $true)] [ValidateRange(1, 5)] [int] $N)
    process { "N=$N" }
}
1, 9, 'x', 3 | Test-PbValidate
$Error | ForEach-Object { $_.FullyQualifiedErrorId; "target: [$($_.TargetObject)]" }

#### Script cmdlet: the sets cannot be resolved for an object
function Test-PbAmbiguous {
    [CmdletBinding()]
    param(
        [Parameter(ParameterSetName = 'One', ValueFromPipelineByPropertyName = $true)] [string] $A,
        [Parameter(ParameterSetName = 'Two', ValueFromPipelineByPropertyName = $true)] [string] $B
    )
    process { $PSCmdlet.ParameterSetName }
}
[pscustomobject]@{A = 1}, [pscustomobject]@{A = 1; B = 2}, [pscustomobject]@{B = 2} | Test-PbAmbiguous
$Error | ForEach-Object { $_.FullyQualifiedErrorId; "target: [$($_.TargetObject)]" }

#### Script cmdlet: a command-line argument fixes the set before the objects
function Test-PbFixed {
    [CmdletBinding(DefaultParameterSetName = 'One')]
    param(
        [Parameter(ParameterSetName = 'One', ValueFromPipelineByPropertyName = $true)] [string] $A,
        [Parameter(ParameterSetName = 'Two', ValueFromPipelineByPropertyName = $true)] [string] $B,
        [Parameter(ParameterSetName = 'Two')] [switch] $Second
    )
    process { "$($PSCmdlet.ParameterSetName): A=$A B=$B" }
}
[pscustomobject]@{A = 1; B = 2}, [pscustomobject]@{A = 3} | Test-PbFixed -Second
$Error | ForEach-Object { $_.FullyQualifiedErrorId }

#### Connect-SPOService: objects it cannot bind are errors per object
[pscustomobject]@{Url = 'https://contoso-admin.sharepoint.com'}, @{Url = 1} | Connect-SPOService -ManagedIdentity
$Error | ForEach-Object { $_.FullyQualifiedErrorId; "target: [$($_.TargetObject)]" }

#### Connect-SPOService: an object reaches -Credential's transformation
[pscustomobject]@{Url = 'https://contoso-admin.sharepoint.com'} | Connect-SPOService
$Error | ForEach-Object { $_.FullyQualifiedErrorId; "target: [$($_.TargetObject)]" }

#### Connect-SPOService: null input fails -Url's null check
$null | Connect-SPOService -ManagedIdentity
$Error | ForEach-Object { $_.FullyQualifiedErrorId; "target: [$($_.TargetObject)]" }
