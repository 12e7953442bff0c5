# Get-ItemProperty, Get-ItemPropertyValue and Set-ItemProperty on FileSystem items: the properties a
# FileInfo/DirectoryInfo gives by name, the provider's PS* properties, what Linux lets be set (times,
# read-only), and pwsh's errors. Each case works in a folder of its own and removes it.

#### Get-ItemProperty -Name: the properties as typed, then the provider's
$null = New-Item -ItemType Directory ./ip1/sub
Set-Content ./ip1/a.txt 'abc'
Get-ItemProperty ./ip1/a.txt -Name Length, Name
Get-ItemProperty ./ip1/a.txt -Name length | Format-List
Get-ItemProperty ./ip1/sub -Name Name
(Get-ItemProperty ./ip1/a.txt -Name Length).PSObject.Properties.Name
(Get-ItemProperty ./ip1/a.txt -Name Length).GetType().FullName
(Get-ItemProperty ./ip1/a.txt -Name Length).PSDrive.Name
(Get-ItemProperty ./ip1/a.txt -Name Length).PSProvider.Name
Get-ItemProperty ./ip1/*.txt -Name Name | ForEach-Object PSChildName
Get-ItemProperty -LiteralPath ./ip1/a.txt -Name Extension | ForEach-Object Extension
Get-ChildItem ./ip1/a.txt | Get-ItemProperty -Name Length | ForEach-Object Length
gp ./ip1/a.txt Length | ForEach-Object Length
Remove-Item ./ip1 -Recurse

#### Get-ItemProperty without -Name writes the item with its PS* properties
$null = New-Item -ItemType Directory ./ip2
Set-Content ./ip2/a.txt 'abc'
$i = Get-ItemProperty ./ip2/a.txt
$i.GetType().FullName
$i.Name; $i.Length; $i.PSChildName; $i.PSDrive.Name; $i.PSProvider.Name
$i.PSPath -eq "Microsoft.PowerShell.Core\FileSystem::$PWD/ip2/a.txt"
Remove-Item ./ip2 -Recurse

#### Get-ItemPropertyValue: the values, one after another
$null = New-Item -ItemType Directory ./ip3/sub
Set-Content ./ip3/a.txt 'abc'
Get-ItemPropertyValue ./ip3/a.txt -Name Length, Name
Get-ItemPropertyValue ./ip3/a.txt -Name Attributes, IsReadOnly, Extension, BaseName, Exists, Mode | ForEach-Object { "$_ [$($_.GetType().Name)]" }
Get-ItemPropertyValue ./ip3/sub -Name Attributes, Exists, Extension, Name | ForEach-Object { "$_ [$($_.GetType().Name)]" }
(Get-ItemPropertyValue ./ip3/sub -Name Parent).Name
(Get-ItemPropertyValue ./ip3/a.txt -Name Directory).Name
(Get-ItemPropertyValue ./ip3/a.txt -Name DirectoryName) -eq "$PWD/ip3"
(Get-ItemPropertyValue ./ip3/a.txt LastWriteTime).GetType().FullName
gpv ./ip3/a.txt Length
Remove-Item ./ip3 -Recurse

#### errors: a property the item does not have, a path that names nothing
$null = New-Item -ItemType Directory ./ip4
Set-Content ./ip4/a.txt 'abc'
Get-ItemProperty ./ip4/a.txt -Name Nope
Get-ItemProperty ./ip4/a.txt -Name Len*
Get-ItemProperty ./ip4/a.txt -Name Length, Nope
Get-ItemProperty ./ip4/nope.txt -Name Length
Get-ItemPropertyValue ./ip4/nope.txt -Name Length
Get-ItemPropertyValue ./ip4/a.txt -Name Nope
'after'
Remove-Item ./ip4 -Recurse

#### error records
$null = New-Item -ItemType Directory ./ip5
Set-Content ./ip5/a.txt 'abc'
Get-ItemProperty ./ip5/a.txt -Name Nope 2>&1 | ForEach-Object { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)"; $_.Exception.GetType().FullName; $_.TargetObject }
try { Get-ItemPropertyValue ./ip5/a.txt -Name Nope } catch { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)"; $_.Exception.GetType().FullName }
Remove-Item ./ip5 -Recurse

#### Set-ItemProperty: the times
$null = New-Item -ItemType Directory ./ip6/sub
Set-Content ./ip6/s.txt 'abc'
Set-ItemProperty ./ip6/s.txt -Name LastWriteTime -Value '2024-01-02 03:04:05'
(Get-ItemPropertyValue ./ip6/s.txt LastWriteTime).ToString('o')
Set-ItemProperty ./ip6/s.txt -Name LastAccessTime -Value '2023-05-06'
(Get-ItemPropertyValue ./ip6/s.txt LastAccessTime).ToString('s')
Set-ItemProperty ./ip6/sub -Name LastWriteTime -Value (Get-Date -Year 2020 -Month 2 -Day 3 -Hour 4 -Minute 5 -Second 6 -Millisecond 0)
(Get-ItemPropertyValue ./ip6/sub LastWriteTime).ToString('s')
Set-ItemProperty ./ip6/s.txt -Name CreationTime -Value '2024-01-02'
'creation set'
sp ./ip6/s.txt LastWriteTime '2022-02-02'
(Get-ItemPropertyValue ./ip6/s.txt LastWriteTime).ToString('s')
Remove-Item ./ip6 -Recurse

#### Set-ItemProperty: IsReadOnly and Attributes
$null = New-Item -ItemType Directory ./ip7
Set-Content ./ip7/s.txt 'abc'
Set-ItemProperty ./ip7/s.txt -Name IsReadOnly -Value $true
Get-ItemPropertyValue ./ip7/s.txt IsReadOnly, Attributes, Mode
Set-ItemProperty ./ip7/s.txt -Name IsReadOnly -Value $false
Get-ItemPropertyValue ./ip7/s.txt IsReadOnly, Attributes
Set-ItemProperty ./ip7/s.txt -Name Attributes -Value ReadOnly
Get-ItemPropertyValue ./ip7/s.txt IsReadOnly
Set-ItemProperty ./ip7/s.txt -Name Attributes -Value Normal
Get-ItemPropertyValue ./ip7/s.txt IsReadOnly
Remove-Item ./ip7 -Recurse

#### Set-ItemProperty's errors, -WhatIf and -PassThru
$null = New-Item -ItemType Directory ./ip8/sub
Set-Content ./ip8/s.txt 'abc'
foreach ($c in { Set-ItemProperty ./ip8/s.txt -Name Length -Value 1 }, { Set-ItemProperty ./ip8/s.txt -Name LastWriteTime -Value notadate }, { Set-ItemProperty ./ip8/s.txt -Name Nope -Value 'x' }, { Set-ItemProperty ./ip8/s.txt -Name Nope -Value $true }, { Set-ItemProperty ./ip8/sub -Name IsReadOnly -Value $true }) {
  $Error.Clear()
  & $c
  $e = $Error[0]; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"
}
Set-ItemProperty ./ip8/nope.txt -Name LastWriteTime -Value '2024-01-02'
Set-ItemProperty ./ip8/sub -Name LastWriteTime -Value '2024-01-02' -WhatIf
Set-ItemProperty ./ip8/s.txt -Name LastWriteTime -Value '2024-01-02' -PassThru | Format-List LastWriteTime, PSChildName
Remove-Item ./ip8 -Recurse

#### on a New-PSDrive drive: PSDrive is that drive, and a path that names nothing is named from it
$null = New-Item -ItemType Directory ./ip9
Set-Content ./ip9/a.txt 'abc'
$null = New-PSDrive W FileSystem ./ip9
(Get-ItemProperty W:/a.txt -Name Length).PSDrive.Name
(Get-ItemProperty W:/a.txt).PSDrive.Name
Get-ItemPropertyValue W:/a.txt Length
Get-ItemProperty W:/nope.txt -Name Length
Remove-PSDrive W
Remove-Item ./ip9 -Recurse

#### the session drives have no item properties
Get-ItemProperty Env:PATH
Get-ItemProperty Variable:nosuch-ip10
Get-ItemProperty alias:gp -Name Definition
Set-ItemProperty function:nosuch-ip10 -Name a -Value 1
try { Get-ItemPropertyValue Env:PATH -Name x } catch { "caught: $_" }
'after'
