# Get-ChildItem's -Recurse, -Depth, -Include and -Exclude as pwsh 7.6.10's FileSystem provider applies them:
# a plain recursion's order (each folder sorted, then its subfolders' trees), a last path part that is a
# file, a wildcard or a missing name becoming the -Include of its parent, and the depth-first walk that
# patterns take. Each case builds its own tree under the case directory and removes it. A plain recursion
# goes into sibling folders in the file system's own order (a hash on most file systems), so its cases
# give each folder one subfolder: the order they record holds on any machine.

#### a plain -Recurse lists a folder, then its subfolder's tree
$null = New-Item -ItemType Directory ./gr1/ab/d/f; 'ab/ab.txt', 'ab/c.txt', 'ab/d/e.txt', 'ab/d/f/h.txt', 'ab.log', 'c.txt' | ForEach-Object { Set-Content "./gr1/$_" 1 }
Get-ChildItem ./gr1 -Recurse | ForEach-Object { $_.FullName.Substring($PWD.Path.Length) }
'--'; Get-ChildItem ./gr1/* -Recurse | ForEach-Object { $_.FullName.Substring($PWD.Path.Length) }
'--'; Get-ChildItem ./gr1 -Recurse -Name
Remove-Item ./gr1 -Recurse -Force

#### a wildcard or a file name with -Recurse searches the whole tree
$null = New-Item -ItemType Directory ./gr2/ab/d, ./gr2/x; 'ab/ab.txt', 'ab/c.txt', 'ab/d/ab2.log', 'ab/d/e.txt', 'x/ab9.txt', 'ab.log', 'c.txt' | ForEach-Object { Set-Content "./gr2/$_" 1 }
$cut = { $_.FullName.Substring($PWD.Path.Length) }
Get-ChildItem ./gr2/*.txt -Recurse | ForEach-Object $cut
'--'; Get-ChildItem ./gr2/ab* -Recurse | ForEach-Object $cut
'--'; Get-ChildItem ./gr2/c.txt -Recurse | ForEach-Object $cut
'--'; Get-ChildItem ./gr2/e.txt -Recurse | ForEach-Object $cut; $?
'--'; Get-ChildItem ./gr2/*.txt -Recurse -File | ForEach-Object $cut
'--'; Get-ChildItem ./gr2/*.txt -Recurse -Name
Remove-Item ./gr2 -Recurse -Force

#### a wildcard that matches only folders walks each of them
$null = New-Item -ItemType Directory ./gr3/d1/sub, ./gr3/d2; 'd1/f1.txt', 'd1/sub/d9.txt', 'd2/f2.txt' | ForEach-Object { Set-Content "./gr3/$_" 1 }
Get-ChildItem ./gr3/d* -Recurse | ForEach-Object { $_.FullName.Substring($PWD.Path.Length) }
Set-Content ./gr3/dz.txt 1
'--'; Get-ChildItem ./gr3/d* -Recurse | ForEach-Object { $_.FullName.Substring($PWD.Path.Length) }
Remove-Item ./gr3 -Recurse -Force

#### -Include and -Exclude, with and without -Recurse
$null = New-Item -ItemType Directory ./gr4/d1/sub, ./gr4/d2; 'd1/f1.txt', 'd1/sub/g.txt', 'd2/f2.txt', 'dz.txt' | ForEach-Object { Set-Content "./gr4/$_" 1 }
$cut = { $_.FullName.Substring($PWD.Path.Length) }
'C'; Get-ChildItem ./gr4/d1 -Recurse -Include *.txt | ForEach-Object $cut
'D'; Get-ChildItem ./gr4/d1 -Include *.txt | ForEach-Object $cut
'E'; Get-ChildItem ./gr4/* -Include *.txt | ForEach-Object $cut
'F'; Get-ChildItem ./gr4/* -Exclude d1 | ForEach-Object $cut
'G'; Get-ChildItem ./gr4 -Exclude d1 | ForEach-Object $cut
'H'; Get-ChildItem ./gr4 -Recurse -Exclude d1 | ForEach-Object $cut
'K'; Get-ChildItem ./gr4 -Recurse -Include *.txt -Name
'Q'; Get-ChildItem ./gr4 -Include *.txt -Exclude f* -Recurse | ForEach-Object $cut
'R'; Get-ChildItem ./gr4/d1/f1.txt -Include f* | ForEach-Object $cut
'S'; Get-ChildItem ./gr4/d1/f1.txt -Exclude f* | ForEach-Object $cut
'T'; Get-ChildItem -Path ./gr4 -Recurse -Directory -Include s* | ForEach-Object $cut
'l'; Get-ChildItem ./gr4 -Include *.txt, d2 -Recurse | ForEach-Object $cut
'P'; Get-ChildItem ./gr4/*.txt -Recurse -Filter d* | ForEach-Object $cut
Remove-Item ./gr4 -Recurse -Force

#### -Depth
$null = New-Item -ItemType Directory ./gr5/d1/sub/deep; 'd1/f1.txt', 'd1/sub/g.txt', 'd1/sub/deep/h.txt', 'dz.txt' | ForEach-Object { Set-Content "./gr5/$_" 1 }
$cut = { $_.FullName.Substring($PWD.Path.Length) }
Get-ChildItem ./gr5 -Depth 1 | ForEach-Object $cut
'--'; Get-ChildItem ./gr5 -Depth 1 -Name
'--'; Get-ChildItem ./gr5 -Recurse -Depth 0 -Include *.txt | ForEach-Object $cut
'--'; Get-ChildItem ./gr5/d* -Recurse -Depth 0 | ForEach-Object $cut
Remove-Item ./gr5 -Recurse -Force

#### -Depth takes a UInt32
'x'
Get-ChildItem . -Depth -1
Get-ChildItem . -Depth x

#### a missing folder under -Recurse is named with its separator
'x'
Get-ChildItem ./gr-missing/zzz -Recurse; $?
