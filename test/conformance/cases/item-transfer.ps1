# Copy-Item, Move-Item and Rename-Item on the real file system (each case works in its own folder under the
# case directory and removes it: batched cases share that directory).

#### Copy-Item copies and replaces files
$null = New-Item -ItemType Directory ./cp1; Set-Content ./cp1/a.txt hello
Copy-Item ./cp1/a.txt ./cp1/b.txt; Get-Content ./cp1/b.txt
Set-Content ./cp1/a.txt again; Copy-Item ./cp1/a.txt ./cp1/b.txt; Get-Content ./cp1/b.txt
Copy-Item -Path ./cp1/a.txt -Destination ./cp1/c.txt -PassThru | ForEach-Object { $_.Name; $_.Length }
Copy-Item -LiteralPath ./cp1/a.txt ./cp1/d.txt; Test-Path ./cp1/d.txt
Remove-Item ./cp1 -Recurse

#### Copy-Item into a folder, wildcards and pipeline
$null = New-Item -ItemType Directory ./cp2/sub; Set-Content ./cp2/a.txt 1; Set-Content ./cp2/b.txt 2; Set-Content ./cp2/c.log 3
Copy-Item ./cp2/*.txt ./cp2/sub -PassThru | ForEach-Object Name
Get-ChildItem ./cp2/*.log | Copy-Item -Destination ./cp2/sub
(Get-ChildItem ./cp2/sub).Name
Copy-Item ./cp2/nothing*.txt ./cp2/sub; 'no match is silent'
Remove-Item ./cp2 -Recurse

#### Copy-Item folders with and without Recurse
$null = New-Item -ItemType Directory ./cp3/src/deep; Set-Content ./cp3/src/a.txt a; Set-Content ./cp3/src/deep/b.txt b
Copy-Item ./cp3/src ./cp3/flat; (Get-ChildItem ./cp3/flat).Count
Copy-Item ./cp3/src ./cp3/full -Recurse; (Get-ChildItem ./cp3/full -Recurse).Name
Copy-Item ./cp3/src ./cp3/full -Recurse -PassThru | ForEach-Object Name
Remove-Item ./cp3 -Recurse

#### Copy-Item errors
$null = New-Item -ItemType Directory ./cp4/dir; Set-Content ./cp4/a.txt a
Copy-Item ./cp4/nope.txt ./cp4/b.txt
Copy-Item ./cp4/a.txt ./cp4/missing/b.txt
Copy-Item ./cp4/dir ./cp4/a.txt -Recurse
Copy-Item ./cp4/a.txt ./cp4/a.txt
$e = Copy-Item ./cp4/nope.txt ./cp4/b.txt 2>&1; $e.FullyQualifiedErrorId; $e.CategoryInfo.Category
$e = Copy-Item ./cp4/a.txt ./cp4/missing/b.txt 2>&1; $e.FullyQualifiedErrorId; $e.Exception.GetType().FullName
$e = Copy-Item ./cp4/dir ./cp4/a.txt 2>&1; $e.FullyQualifiedErrorId; $e.Exception.GetType().FullName
Remove-Item ./cp4 -Recurse

#### Copy-Item WhatIf
$null = New-Item -ItemType Directory ./cp5/dir; Set-Content ./cp5/a.txt a
Copy-Item ./cp5/a.txt ./cp5/b.txt -WhatIf; Copy-Item ./cp5/dir ./cp5/dir2 -Recurse -WhatIf; Test-Path ./cp5/b.txt, ./cp5/dir2
Remove-Item ./cp5 -Recurse

#### Move-Item files
$null = New-Item -ItemType Directory ./mv1/sub; Set-Content ./mv1/a.txt a; Set-Content ./mv1/b.txt b
Move-Item ./mv1/a.txt ./mv1/c.txt; Test-Path ./mv1/a.txt, ./mv1/c.txt
Move-Item ./mv1/c.txt ./mv1/b.txt
Move-Item ./mv1/c.txt ./mv1/b.txt -Force; Get-Content ./mv1/b.txt; Test-Path ./mv1/c.txt
Move-Item ./mv1/b.txt ./mv1/sub -PassThru | ForEach-Object Name
Move-Item ./mv1/sub/b.txt ./mv1/sub/b.txt; 'onto itself'
Move-Item ./mv1/nope.txt ./mv1/x.txt
Move-Item ./mv1/sub/b.txt ./mv1/missing/b.txt
$e = Move-Item ./mv1/nope.txt ./mv1/x.txt 2>&1; $e.FullyQualifiedErrorId
Set-Content ./mv1/z.txt z; $e = Move-Item ./mv1/z.txt ./mv1/sub/b.txt 2>&1; $e.FullyQualifiedErrorId; $e.CategoryInfo.Category
Remove-Item ./mv1 -Recurse

#### Move-Item folders
$null = New-Item -ItemType Directory ./mv2/src; Set-Content ./mv2/src/a.txt a; Set-Content ./mv2/f.txt f
Move-Item ./mv2/src ./mv2/dst; (Get-ChildItem ./mv2/dst).Name; Test-Path ./mv2/src
Move-Item ./mv2/dst ./mv2/f.txt
Move-Item ./mv2/dst ./mv2/dst/inner
$null = New-Item -ItemType Directory ./mv2/into; Move-Item ./mv2/dst ./mv2/into; (Get-ChildItem ./mv2/into -Recurse).Name
Move-Item ./mv2/into ./mv2/moved -WhatIf
Remove-Item ./mv2 -Recurse

#### Rename-Item
$null = New-Item -ItemType Directory ./rn1/dir; Set-Content ./rn1/a.txt a; Set-Content ./rn1/b.txt b
Rename-Item ./rn1/a.txt c.txt; Test-Path ./rn1/a.txt, ./rn1/c.txt
Rename-Item ./rn1/c.txt b.txt
Rename-Item ./rn1/c.txt dir
Rename-Item ./rn1/nope.txt x.txt
Rename-Item ./rn1/dir dir2 -PassThru | ForEach-Object Name
Rename-Item -LiteralPath ./rn1/b.txt -NewName d.txt -PassThru | ForEach-Object Name
Rename-Item ./rn1/d.txt d.txt; 'same name'
Rename-Item ./rn1/d.txt e.txt -WhatIf
$e = Rename-Item ./rn1/c.txt b.txt 2>&1; $e.FullyQualifiedErrorId; $e.TargetObject
Remove-Item ./rn1 -Recurse

#### Rename-Item refuses a path as the new name
$null = New-Item -ItemType Directory ./rn2; Set-Content ./rn2/a.txt a
Rename-Item ./rn2/a.txt sub/b.txt
try { Rename-Item ./rn2/a.txt sub/b.txt } catch { $_.FullyQualifiedErrorId }
Remove-Item ./rn2 -Recurse

#### Rename-Item with a script block per piped item
$null = New-Item -ItemType Directory ./rn3; Set-Content ./rn3/a.txt a; Set-Content ./rn3/b.txt b
Get-ChildItem ./rn3/*.txt | Rename-Item -NewName { $_.Name -replace 'txt$', 'log' } -PassThru | ForEach-Object Name
Remove-Item ./rn3 -Recurse

#### aliases of the item cmdlets
Get-Command copy, cpi, mi, move, ren, rni | Format-Table -AutoSize
