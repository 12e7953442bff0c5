# Compress-Archive and Expand-Archive (Microsoft.PowerShell.Archive 1.2.7 in pwsh 7.6.10): SharePoint
# administrators zip report folders and unzip packages. File cases work in their own folder under the case
# directory and remove it; archives are checked by expanding them again (entry times are left out).

#### Archive commands: syntax, module and type
Get-Command Compress-Archive -Syntax
Get-Command Expand-Archive -Syntax
Get-Command Compress-Archive, Expand-Archive | Format-Table CommandType, Name, Version, Source
(Get-Command Compress-Archive).ParameterSets.Name
(Get-Command Expand-Archive).Parameters.LiteralPath.Aliases
Get-Module -ListAvailable Microsoft.PowerShell.Archive | Format-Table ModuleType, Version, Name

#### Compress-Archive: a folder, its nested folders and an empty folder
$null = New-Item -ItemType Directory ./ca1/src/sub/deep, ./ca1/src/empty, ./ca1/src/only/inner; Set-Content ./ca1/src/a.txt hello; Set-Content ./ca1/src/sub/b.txt world; Set-Content ./ca1/src/sub/deep/c.log deep; Set-Content ./ca1/src/.hidden h; Set-Content ./ca1/src/only/inner/d.csv 'x,y'
Compress-Archive ./ca1/src ./ca1/out
Test-Path ./ca1/out.zip, ./ca1/out
Expand-Archive ./ca1/out.zip ./ca1/x
Get-ChildItem ./ca1/x -Recurse -Force -Name | Sort-Object
Get-Content ./ca1/x/src/sub/deep/c.log
Remove-Item ./ca1 -Recurse -Force

#### Compress-Archive: wildcards, several paths, files and folders together
$null = New-Item -ItemType Directory ./ca2/src/sub, ./ca2/src/empty; Set-Content ./ca2/src/a.txt hello; Set-Content ./ca2/src/b.log b; Set-Content ./ca2/src/sub/c.txt c
Compress-Archive ./ca2/src/* ./ca2/all.zip
Expand-Archive ./ca2/all.zip ./ca2/all; Get-ChildItem ./ca2/all -Recurse -Name | Sort-Object
Compress-Archive ./ca2/src/*.txt, ./ca2/src/sub ./ca2/some.zip -CompressionLevel Fastest
Expand-Archive ./ca2/some.zip ./ca2/some; Get-ChildItem ./ca2/some -Recurse -Name | Sort-Object
Compress-Archive -LiteralPath ./ca2/src/b.log -DestinationPath ./ca2/lit.zip -CompressionLevel NoCompression
Expand-Archive -LiteralPath ./ca2/lit.zip -DestinationPath ./ca2/lit; Get-Content ./ca2/lit/b.log
Get-ChildItem ./ca2/src/*.txt | Compress-Archive -DestinationPath ./ca2/piped.zip
'./ca2/src/b.log', './ca2/src/sub' | Compress-Archive -DestinationPath ./ca2/piped2.zip
Expand-Archive ./ca2/piped.zip ./ca2/p1; Expand-Archive ./ca2/piped2.zip ./ca2/p2; Get-ChildItem ./ca2/p1, ./ca2/p2 -Recurse -Name | Sort-Object
Remove-Item ./ca2 -Recurse -Force

#### Compress-Archive: the destination's extension
$null = New-Item -ItemType Directory ./ca3; Set-Content ./ca3/a.txt hello
Compress-Archive ./ca3/a.txt ./ca3/noext -Verbose
Compress-Archive ./ca3/a.txt ./ca3/report.txt
Compress-Archive ./ca3/a.txt ./ca3/dotted.v1
Get-ChildItem ./ca3 -Name | Sort-Object
Expand-Archive ./ca3/report.txt ./ca3/r; Get-ChildItem ./ca3/r -Name
Remove-Item ./ca3 -Recurse -Force

#### Compress-Archive: -Update, -Force and -PassThru
$null = New-Item -ItemType Directory ./ca4; Set-Content ./ca4/a.txt one; Set-Content ./ca4/b.txt two
Compress-Archive ./ca4/a.txt ./ca4/x.zip -PassThru | ForEach-Object Name
Set-Content ./ca4/a.txt changed
Compress-Archive ./ca4/a.txt, ./ca4/b.txt ./ca4/x.zip -Update -PassThru | ForEach-Object { $_.GetType().FullName }
Expand-Archive ./ca4/x.zip ./ca4/u; Get-Content ./ca4/u/a.txt, ./ca4/u/b.txt
Compress-Archive ./ca4/b.txt ./ca4/x.zip -Force
Expand-Archive ./ca4/x.zip ./ca4/f; Get-ChildItem ./ca4/f -Name
Compress-Archive ./ca4/b.txt ./ca4/new.zip -Update; Test-Path ./ca4/new.zip
Remove-Item ./ca4 -Recurse -Force

#### Compress-Archive -WhatIf and -Verbose
$null = New-Item -ItemType Directory ./ca5/d; Set-Content ./ca5/a.txt a; Set-Content ./ca5/d/b.txt b
Compress-Archive ./ca5/a.txt ./ca5/w.zip -WhatIf
Compress-Archive ./ca5/a.txt, ./ca5/d ./ca5/w.zip -WhatIf
Test-Path ./ca5/w.zip
Compress-Archive ./ca5/d ./ca5/v.zip -Verbose
Remove-Item ./ca5 -Recurse -Force

#### Compress-Archive: an empty folder makes no archive
$null = New-Item -ItemType Directory ./ca6/empty
Compress-Archive ./ca6/empty ./ca6/e.zip -Verbose
Test-Path ./ca6/e.zip
Remove-Item ./ca6 -Recurse -Force

#### Compress-Archive errors
$null = New-Item -ItemType Directory ./ca7; Set-Content ./ca7/a.txt a
Compress-Archive ./ca7/a.txt ./ca7/a.zip
Compress-Archive ./ca7/a.txt ./ca7/a.zip
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString(); $Error[0].Exception.GetType().FullName
Compress-Archive ./ca7/nope.txt ./ca7/b.zip
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString(); $Error[0].TargetObject
Compress-Archive -LiteralPath ./ca7/nope.txt ./ca7/b.zip
Compress-Archive ./ca7/n*.txt ./ca7/b.zip
Compress-Archive ./ca7/a.txt, ./ca7/A.txt ./ca7/b.zip
Compress-Archive ./ca7/a.txt ./ca7/b.zip -Force -Update
Compress-Archive ./ca7/a.txt ./ca7/b.zip -CompressionLevel Best
Compress-Archive ./ca7/a.txt ./ca7/nodir/b.zip
Compress-Archive ./ca7/a.txt /
Test-Path ./ca7/b.zip
Remove-Item ./ca7 -Recurse -Force

#### Expand-Archive: the default destination, an existing folder and -PassThru
$null = New-Item -ItemType Directory ./ea1/src/sub; Set-Content ./ea1/src/a.txt a; Set-Content ./ea1/src/sub/b.txt b
Compress-Archive ./ea1/src/* ./ea1/pkg.zip
Push-Location ./ea1
Expand-Archive ./pkg.zip
Get-ChildItem ./pkg -Recurse -Name | Sort-Object
Expand-Archive ./pkg.zip -Force -PassThru | ForEach-Object { $_.FullName.Substring($PWD.Path.Length) }
$null = New-Item -ItemType Directory ./there
Expand-Archive ./pkg.zip ./there -PassThru | ForEach-Object { $_.FullName.Substring($PWD.Path.Length) }
Expand-Archive -Path ./pkg.zip -DestinationPath ./deeper/still -PassThru | ForEach-Object Name
Pop-Location
Remove-Item ./ea1 -Recurse -Force

#### Expand-Archive: files that exist already
$null = New-Item -ItemType Directory ./ea2/src/sub; Set-Content ./ea2/src/a.txt a; Set-Content ./ea2/src/sub/b.txt b
Compress-Archive ./ea2/src/* ./ea2/pkg.zip
Expand-Archive ./ea2/pkg.zip ./ea2/out
Set-Content ./ea2/out/a.txt local
Expand-Archive ./ea2/pkg.zip ./ea2/out
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString(); $Error[0].TargetObject
Get-Content ./ea2/out/a.txt
Expand-Archive ./ea2/pkg.zip ./ea2/out -Force
Get-Content ./ea2/out/a.txt
Remove-Item ./ea2 -Recurse -Force

#### Expand-Archive -WhatIf
$null = New-Item -ItemType Directory ./ea3; Set-Content ./ea3/a.txt a; Compress-Archive ./ea3/a.txt ./ea3/p.zip
Push-Location ./ea3
Expand-Archive ./p.zip -WhatIf
Expand-Archive -LiteralPath ./p.zip -DestinationPath ./d -WhatIf
Test-Path ./p, ./d
Pop-Location
Remove-Item ./ea3 -Recurse -Force

#### Expand-Archive -Verbose
$null = New-Item -ItemType Directory ./ea4; Set-Content ./ea4/a.txt a; Compress-Archive ./ea4/a.txt ./ea4/p.zip
Expand-Archive ./ea4/p.zip ./ea4/d -Verbose
Remove-Item ./ea4 -Recurse -Force

#### Expand-Archive errors
$null = New-Item -ItemType Directory ./ea5; Set-Content ./ea5/a.txt a; Compress-Archive ./ea5/a.txt ./ea5/p.zip; Compress-Archive ./ea5/a.txt ./ea5/q.zip
Expand-Archive ./ea5/nope.zip ./ea5/d
$Error[0].FullyQualifiedErrorId
Expand-Archive ./ea5/*.zip ./ea5/d
$Error[0].FullyQualifiedErrorId
Expand-Archive ./ea5 ./ea5/d
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString()
Expand-Archive -LiteralPath ./ea5/p*.zip ./ea5/d
Expand-Archive
Remove-Item ./ea5 -Recurse -Force

#### Expand-Archive: a file in the way of the destination ends the script
$null = New-Item -ItemType Directory ./ea6; Set-Content ./ea6/a.txt a; Compress-Archive ./ea6/a.txt ./ea6/p.zip
try { Expand-Archive ./ea6/p.zip ./ea6/a.txt } catch { 'caught'; $_.FullyQualifiedErrorId }
Remove-Item ./ea6 -Recurse -Force

#### Archives round trip: names with spaces and accents, empty files
$null = New-Item -ItemType Directory './ea7/my reports/2024 Q1'; Set-Content './ea7/my reports/2024 Q1/résumé.txt' 'é'; $null = New-Item ./ea7/'my reports'/empty.txt
Compress-Archive './ea7/my reports' ./ea7/r.zip
Expand-Archive ./ea7/r.zip ./ea7/x
Get-ChildItem ./ea7/x -Recurse -Name | Sort-Object
Get-Content './ea7/x/my reports/2024 Q1/résumé.txt'
(Get-Item ./ea7/x/'my reports'/empty.txt).Length
Remove-Item ./ea7 -Recurse -Force

#### Archives: a wildcard that matches nothing
$null = New-Item -ItemType Directory ./ea8; Set-Content ./ea8/a.txt a
Compress-Archive ./ea8/n*.txt ./ea8/n.zip -WhatIf
Compress-Archive ./ea8/n*.txt ./ea8/n.zip; Test-Path ./ea8/n.zip
Expand-Archive ./ea8/n*.zip ./ea8/d
$Error[0].FullyQualifiedErrorId
Remove-Item ./ea8 -Recurse -Force

#### Expand-Archive: a file that is not a ZIP archive ends the script
$null = New-Item -ItemType Directory ./ea9; Set-Content ./ea9/bad.zip 'not a zip'
try { Expand-Archive ./ea9/bad.zip ./ea9/d; 'not here' } finally { Test-Path ./ea9/d; Remove-Item ./ea9 -Recurse -Force }
'nor here'

#### Expand-Archive: a file without an extension that exists already
$null = New-Item -ItemType Directory ./ea10/src; Set-Content ./ea10/src/README r; Set-Content ./ea10/src/a.txt a
Compress-Archive ./ea10/src/* ./ea10/p.zip
Expand-Archive ./ea10/p.zip ./ea10/d
Expand-Archive ./ea10/p.zip ./ea10/d; 'after'
Remove-Item ./ea10 -Recurse -Force

#### Expand-Archive: a file that exists is the module's helper's error, which leaves $? True
$null = New-Item -ItemType Directory ./ea11; Set-Content ./ea11/a.txt a; Compress-Archive ./ea11/a.txt ./ea11/p.zip
Expand-Archive ./ea11/p.zip ./ea11/d
Expand-Archive ./ea11/p.zip ./ea11/d 2>$null; $?
$Error[0].CategoryInfo.Activity
Remove-Item ./ea11 -Recurse -Force

#### Compress-Archive -Update on a file that is not a ZIP archive: New-Object's error, and the file is gone
$null = New-Item -ItemType Directory ./ca8; Set-Content ./ca8/a.txt a; Set-Content ./ca8/bad.zip nope; Set-Content ./ca8/bad2.zip ('nope' * 50)
Compress-Archive ./ca8/a.txt ./ca8/bad.zip -Update; $?
Test-Path ./ca8/bad.zip
Compress-Archive ./ca8/a.txt ./ca8/bad2.zip -Update
$Error[0].FullyQualifiedErrorId
Remove-Item ./ca8 -Recurse -Force
