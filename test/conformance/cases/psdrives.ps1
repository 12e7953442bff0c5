# New-PSDrive and Remove-PSDrive for the FileSystem provider: a drive mapped to a folder under the case
# directory, read by the file cmdlets, Set-Location and Get-PSDrive, and pwsh's errors for it. Each case
# works in a folder of its own and removes it (Used and Free vary, so drive tables are not shown).

#### New-PSDrive's drive and its list view
$null = New-Item -ItemType Directory ./dr1/sub
$d = New-PSDrive -Name W -PSProvider FileSystem -Root ./dr1 -Description 'my drive'
$d | Format-List
$d.Name; $d.Root -eq (Join-Path $PWD dr1); $d.Description; $d.Provider.Name; "$($d.Provider)"
$d.GetType().FullName
Get-PSDrive W | Format-List Name, Description, CurrentLocation
(Get-PSDrive -PSProvider FileSystem).Name -contains 'W'
Remove-PSDrive W
Remove-Item ./dr1 -Recurse

#### the file cmdlets read paths on the drive
$null = New-Item -ItemType Directory ./dr2/sub
Set-Content ./dr2/a.txt 'hello'
$null = New-PSDrive -Name W -PSProvider FileSystem -Root ./dr2
Get-ChildItem W: -Name
Get-ChildItem W:/ | ForEach-Object Name
Get-Content W:/a.txt
Get-Content W:a.txt
Test-Path W:/a.txt
Test-Path W:\nope
(Get-Item W:/a.txt).Name
(Get-Item W:/sub).Name
$null = New-Item W:/sub/new.txt -Value 'made'
Get-Content ./dr2/sub/new.txt
Copy-Item W:/a.txt W:/sub/b.txt
Move-Item W:/sub/b.txt W:/c.txt
Get-ChildItem W:/ -Name
Remove-Item W:/c.txt
Test-Path ./dr2/c.txt
Remove-PSDrive W
Remove-Item ./dr2 -Recurse

#### Resolve-Path names paths from the drive
$null = New-Item -ItemType Directory ./dr3/sub
$null = New-PSDrive -Name W -PSProvider FileSystem -Root ./dr3
Set-Content ./dr3/a.txt x
Resolve-Path W:/a.txt, W:sub, W:, W:/sub/ | ForEach-Object Path
(Resolve-Path W:).ProviderPath -eq "$PWD/dr3/"
(Resolve-Path W:/sub).Drive.Name
Remove-PSDrive W
Remove-Item ./dr3 -Recurse

#### Set-Location onto the drive, relative moves stay on it, the drive keeps its own location
$null = New-Item -ItemType Directory ./dr4/sub
$here = $PWD.Path
$null = New-PSDrive -Name W -PSProvider FileSystem -Root ./dr4
Set-Location W:/sub
$PWD.Path
Get-Location | ForEach-Object { $_.Drive.Name; $_.Provider.Name }
Set-Location ..
$PWD.Path
Set-Location ..
$PWD.Path
Set-Location sub
Set-Location $here
(Get-PSDrive W).CurrentLocation
Set-Location W:
$PWD.Path
(Get-Location -PSDrive W).Path
Set-Location $here
Resolve-Path W:nope 2>&1 | ForEach-Object { "$_" }
Remove-PSDrive W
Remove-Item ./dr4 -Recurse

#### paths on the drive that name nothing are named from it
$null = New-Item -ItemType Directory ./dr5/sub
$null = New-PSDrive -Name W -PSProvider FileSystem -Root ./dr5
Get-Item W:/nope
Get-Content W:/nope
Get-Content W:\sub\nope
Remove-Item W:/nope
Copy-Item W:/nope W:/x
Set-Location W:/nope
Remove-PSDrive W
Remove-Item ./dr5 -Recurse

#### New-PSDrive's errors
$null = New-Item -ItemType Directory ./dr6
Set-Content ./dr6/f.txt x
$null = New-PSDrive W FileSystem ./dr6
New-PSDrive W FileSystem ./dr6
New-PSDrive X FileSystem /nosuch-root-dr6
New-PSDrive X FileSystem ./dr6/f.txt 2>&1 | ForEach-Object { $_.Exception.Message -replace [regex]::Escape("$PWD"), '<here>' }
New-PSDrive Y Nope /tmp
New-PSDrive 'a:b' FileSystem /tmp
New-PSDrive 'a/b' FileSystem /tmp
New-PSDrive '' FileSystem /tmp
New-PSDrive Env FileSystem /tmp
New-PSDrive Q FileSystem Q:/
New-PSDrive Z FileSystem /tmp -Persist
Remove-PSDrive W
Remove-Item ./dr6 -Recurse

#### New-PSDrive's error records
$cmds = { New-PSDrive X FileSystem /nosuch-root-dr7 }, { New-PSDrive Y Nope /tmp }, { New-PSDrive 'a:b' FileSystem /tmp }, { New-PSDrive Env FileSystem /tmp }, { New-PSDrive X FileSystem /tmp -Scope bad }, { New-PSDrive X FileSystem /tmp -Scope 5 }
foreach ($c in $cmds) {
  $Error.Clear()
  . $c 2>$null
  $e = $Error[0]
  $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"; $e.Exception.GetType().FullName; "$($e.TargetObject)"; $e.Exception.Message
}

#### Remove-PSDrive's errors and records
$null = New-Item -ItemType Directory ./dr8
$here = $PWD.Path
$null = New-PSDrive W FileSystem ./dr8
Remove-PSDrive nope
Remove-PSDrive -LiteralName 'nope*'
Remove-PSDrive 'nope*'
Set-Location W:
Remove-PSDrive W
$e = $Error[0]; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"
Set-Location $here
Remove-PSDrive W -Scope 3
$e = $Error[0]; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"
Remove-PSDrive nope 2>$null; $e = $Error[0]; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"
Remove-PSDrive W -PSProvider Environment
Remove-PSDrive W -PassThru
Remove-PSDrive W -WhatIf
Get-PSDrive W | ForEach-Object Name
Remove-PSDrive -Name W
Get-ChildItem W:
Remove-Item ./dr8 -Recurse

#### drives belong to their scope
$null = New-Item -ItemType Directory ./dr9
function f { $null = New-PSDrive -Name L -PSProvider FileSystem -Root ./dr9; (Get-PSDrive L).Name; Test-Path L:/ }
f
Get-PSDrive L
function g { $null = New-PSDrive -Name G -PSProvider FileSystem -Root ./dr9 -Scope Global }
g
(Get-PSDrive G).Name
function h { $null = New-PSDrive -Name G -PSProvider FileSystem -Root /tmp; (Get-PSDrive G).Root; Remove-PSDrive G; (Get-PSDrive G).Name }
h
Remove-PSDrive G
Remove-Item ./dr9 -Recurse

#### the root: relative, with a trailing separator, on another drive, empty, and wildcards in Remove-PSDrive
$null = New-Item -ItemType Directory ./dr10/sub
(New-PSDrive R1 FileSystem dr10/sub).Root -eq "$PWD/dr10/sub"
(New-PSDrive R2 FileSystem "$PWD/dr10/sub/").Root -eq "$PWD/dr10/sub/"
(New-PSDrive R3 FileSystem R1:/).Root -eq "$PWD/dr10/sub"
(New-PSDrive R4 FileSystem '').Root -eq "$PWD"
(New-PSDrive R5 FileSystem ~).Root -eq $HOME
Get-ChildItem R2: -Name
Remove-PSDrive R*
Get-PSDrive R* | ForEach-Object Name
'none left'
Remove-Item ./dr10 -Recurse

#### -WhatIf and the aliases
$null = New-Item -ItemType Directory ./dr11
New-PSDrive W FileSystem /tmp -WhatIf
Get-PSDrive W 2>&1 | ForEach-Object { "$_" }
$null = ndr W FileSystem ./dr11
(Get-PSDrive W).Name
rdr W
(Get-Alias ndr, rdr).Definition
Remove-Item ./dr11 -Recurse

#### Temp: is a drive like the others: its current location, and a relative path on it
Set-Location Temp:/
$here = $PWD.Path
Set-Location /
(Get-PSDrive Temp).CurrentLocation
Get-Item Temp:/nosuch-dr12
Test-Path Temp:/

#### the items carry the drive they were named on
$null = New-Item -ItemType Directory ./dr13/sub
Set-Content ./dr13/a.txt x
Set-Content ./dr13/sub/b.txt y
$here = $PWD.Path
$null = New-PSDrive W FileSystem ./dr13
(Get-Item W:/a.txt).PSDrive.Name
(Get-Item W:/a.txt).PSChildName
(Get-Item W:/a.txt).PSProvider.Name
(Get-Item ./dr13/a.txt).PSDrive.Name
"[$((Get-Item FileSystem::$here/dr13/a.txt).PSDrive)]"
(Get-ChildItem W:/sub)[0].PSDrive.Name
(Get-ChildItem W:/ -Recurse -File | Select-Object -First 1).PSDrive.Name
Set-Location W:
(Get-Item a.txt).PSDrive.Name
(Get-ChildItem)[0].Name
Set-Location $here
(Get-Item W:/a.txt | Get-Member PS* -MemberType NoteProperty).Name
Split-Path W:/a.txt -IsAbsolute
Split-Path W:a.txt -IsAbsolute
Split-Path C:/x -IsAbsolute
Split-Path nosuch:x -IsAbsolute
Split-Path ./a:b -IsAbsolute
Remove-PSDrive W
Remove-Item ./dr13 -Recurse

#### a single item indexes as a one-element array
$null = New-Item -ItemType Directory ./dr14
Set-Content ./dr14/only.txt x
(Get-ChildItem ./dr14)[0].Name
(Get-ChildItem ./dr14)[-1].Name
$null -eq (Get-ChildItem ./dr14)[1]
$o = [pscustomobject]@{ a = 1 }
$o[0].a
$null -eq $o[1]
Remove-Item ./dr14 -Recurse
