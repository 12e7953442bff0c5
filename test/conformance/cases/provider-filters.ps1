# The provider cmdlets' -Include, -Exclude and -Filter on the FileSystem, as pwsh 7.6.10 applies them:
# -Include/-Exclude test the name of every item a -Path names (a wildcard's matches, a plain path's own
# item), -Filter only a wildcard's matches; Remove-Item -Recurse searches folders for the names,
# Copy-Item -Recurse leaves out what -Exclude names inside them. Each case builds its own tree under the
# case directory and removes it.

#### Remove-Item -Include with and without -Recurse
$make = { if (Test-Path ./pf1) { Remove-Item ./pf1 -Recurse -Force }; $null = New-Item -ItemType Directory ./pf1/logs/sub/deep, ./pf1/logs/empty -Force; 'a.txt', 'b.log', 'c.tmp', 'sub/d.txt', 'sub/e.tmp', 'sub/deep/f.tmp', 'sub/deep/g.txt' | ForEach-Object { Set-Content "./pf1/logs/$_" 1 } }
$tree = { (Get-ChildItem ./pf1/logs -Recurse -Force | ForEach-Object { $_.FullName.Substring($PWD.Path.Length + 10) } | Sort-Object) -join ' ' }
& $make; Remove-Item ./pf1/logs/* -Include *.tmp -Recurse; & $tree
& $make; Remove-Item ./pf1/logs/* -Include *.tmp; & $tree
& $make; Remove-Item ./pf1/logs -Include *.tmp -Recurse; & $tree
& $make; Remove-Item ./pf1/logs -Include *.tmp; & $tree
& $make; Remove-Item ./pf1/logs/sub -Include sub -Recurse; & $tree
& $make; Remove-Item ./pf1/logs/sub/* -Include deep -Recurse; & $tree
& $make; Remove-Item ./pf1/logs -Include *.tmp -Recurse -WhatIf
Remove-Item ./pf1 -Recurse -Force

#### Remove-Item -Exclude: a folder whose name passes goes whole
$make = { if (Test-Path ./pf2) { Remove-Item ./pf2 -Recurse -Force }; $null = New-Item -ItemType Directory ./pf2/t/sub/deep, ./pf2/t/dst -Force; 'a.txt', 'b.log', 'k.bak', 'sub/d.txt', 'sub/e.tmp', 'sub/deep/f.tmp', 'sub/deep/g.txt' | ForEach-Object { Set-Content "./pf2/t/$_" 1 } }
$tree = { (Get-ChildItem ./pf2/t -Recurse -Force | ForEach-Object { $_.FullName.Substring($PWD.Path.Length + 7) } | Sort-Object) -join ' ' }
& $make; Remove-Item ./pf2/t/* -Exclude *.txt, sub, dst -Recurse; & $tree
& $make; Remove-Item ./pf2/t/* -Exclude sub, dst; & $tree
& $make; Remove-Item ./pf2/t/sub -Exclude *.txt -Recurse; & $tree
& $make; Remove-Item ./pf2/t/sub -Exclude deep -Recurse; & $tree
& $make; Remove-Item ./pf2/t/* -Include *.tmp, *.bak -Exclude k* -Recurse; & $tree
Remove-Item ./pf2 -Recurse -Force

#### Remove-Item -Filter, and plain paths the patterns leave out
$make = { if (Test-Path ./pf3) { Remove-Item ./pf3 -Recurse -Force }; $null = New-Item -ItemType Directory ./pf3/t/sub/deep -Force; 'a.txt', 'c.tmp', 'sub/d.txt', 'sub/e.tmp', 'sub/deep/f.tmp' | ForEach-Object { Set-Content "./pf3/t/$_" 1 } }
$tree = { (Get-ChildItem ./pf3/t -Recurse -Force | ForEach-Object { $_.FullName.Substring($PWD.Path.Length + 7) } | Sort-Object) -join ' ' }
& $make; Remove-Item ./pf3/t/* -Filter *.tmp; & $tree
& $make; Remove-Item ./pf3/t/sub -Filter *.tmp -Recurse; & $tree
& $make; Remove-Item ./pf3/t/a.txt -Filter *.log; & $tree
& $make; Remove-Item ./pf3/t/a.txt -Include *.log; & $tree
& $make; Remove-Item ./pf3/t/a.txt -Exclude *.txt; & $tree
& $make; Remove-Item ./pf3/t/nope -Include *.tmp; $?
Remove-Item ./pf3/t/nope -Filter *.tmp
Remove-Item -LiteralPath ./pf3/t/a.txt -Include *.tmp; & $tree
Remove-Item ./pf3 -Recurse -Force

#### Remove-Item -Recurse with patterns: hidden items, -LiteralPath, -Filter with -Include
$make = { if (Test-Path ./pfa) { Remove-Item ./pfa -Recurse -Force }; $null = New-Item -ItemType Directory ./pfa/t/sub/deep, ./pfa/t/dst -Force; 'a.txt', 'sub/d.txt', 'sub/e.tmp', 'sub/deep/f.tmp' | ForEach-Object { Set-Content "./pfa/t/$_" 1 } }
$tree = { (Get-ChildItem ./pfa/t -Recurse -Force | ForEach-Object { $_.FullName.Substring($PWD.Path.Length + 7) } | Sort-Object) -join ' ' }
& $make; Set-Content ./pfa/t/sub/.h.txt 1; Remove-Item ./pfa/t/sub -Exclude zz -Recurse; & $tree
& $make; Set-Content ./pfa/t/sub/.h.txt 1; Remove-Item ./pfa/t/sub -Exclude zz -Recurse -Force; & $tree
& $make; Remove-Item ./pfa/t/sub -Include *.tmp -Filter e* -Recurse; & $tree
& $make; Remove-Item -LiteralPath ./pfa/t/sub -Exclude zz -Recurse; & $tree
& $make; Remove-Item -LiteralPath ./pfa/t/dst -Exclude zz -Recurse; & $tree
& $make; Remove-Item -LiteralPath ./pfa/t/a.txt -Exclude zz; & $tree
Remove-Item ./pfa -Recurse -Force

#### Copy-Item -Include, -Exclude and -Filter: where the copies land
$make = { if (Test-Path ./pf4) { Remove-Item ./pf4 -Recurse -Force }; $null = New-Item -ItemType Directory ./pf4/src/sub/deep, ./pf4/dst -Force; 'a.txt', 'b.log', 'c.tmp', 'k.bak', 'sub/d.txt', 'sub/e.tmp', 'sub/k.bak', 'sub/deep/f.tmp', 'sub/deep/g.txt' | ForEach-Object { Set-Content "./pf4/src/$_" 1 } }
$tree = { '[' + ((Get-ChildItem ./pf4/dst -Recurse -Force | ForEach-Object { $_.FullName.Substring($PWD.Path.Length + 9) } | Sort-Object) -join ' ') + ']' }
& $make; Copy-Item ./pf4/src/* ./pf4/dst -Exclude *.bak -Recurse; & $tree
& $make; Copy-Item ./pf4/src/* ./pf4/dst -Exclude *.bak; & $tree
& $make; Copy-Item ./pf4/src/* ./pf4/dst -Include *.tmp -Recurse; & $tree
& $make; Copy-Item ./pf4/src/* ./pf4/dst -Include *.tmp, sub -Recurse; & $tree
& $make; Copy-Item ./pf4/src/sub ./pf4/dst -Include *.tmp -Recurse; & $tree
& $make; Copy-Item ./pf4/src/sub ./pf4/dst -Exclude *.tmp -Recurse; & $tree
& $make; Copy-Item ./pf4/src/sub ./pf4/dst -Filter *.tmp -Recurse; & $tree
& $make; Copy-Item ./pf4/src/* ./pf4/dst -Filter *.tmp; & $tree
& $make; Copy-Item ./pf4/src/a.txt ./pf4/dst -Include *.log; & $tree
& $make; Copy-Item ./pf4/src/a.txt ./pf4/dst -Filter *.log; & $tree
& $make; Copy-Item ./pf4/src/nope ./pf4/dst -Include *.log; $?
& $make; Copy-Item ./pf4/src/sub/* ./pf4/dst -Exclude *.bak -Recurse -PassThru | ForEach-Object Name
Remove-Item ./pf4 -Recurse -Force

#### Move-Item -Include, -Exclude and -Filter
$make = { if (Test-Path ./pf5) { Remove-Item ./pf5 -Recurse -Force }; $null = New-Item -ItemType Directory ./pf5/src/sub, ./pf5/dst -Force; 'a.txt', 'b.log', 'c.tmp', 'sub/d.txt' | ForEach-Object { Set-Content "./pf5/src/$_" 1 } }
$tree = { (Get-ChildItem ./pf5 -Recurse -Force | ForEach-Object { $_.FullName.Substring($PWD.Path.Length + 5) } | Sort-Object) -join ' ' }
& $make; Move-Item ./pf5/src/* ./pf5/dst -Exclude *.log; & $tree
& $make; Move-Item ./pf5/src/* ./pf5/dst -Filter *.tmp; & $tree
& $make; Move-Item ./pf5/src/sub ./pf5/dst -Include *.tmp; & $tree
& $make; Move-Item ./pf5/src/a.txt ./pf5/dst -Filter *.log; & $tree
Move-Item ./pf5/src/nope ./pf5/dst -Filter *.log
Move-Item ./pf5/src/nope ./pf5/dst -Include *.log; $?
Remove-Item ./pf5 -Recurse -Force

#### Get-Item and Test-Path with the patterns
$null = New-Item -ItemType Directory ./pf6/out/sub -Force; 'a.txt', 'b.log', 'c.csv' | ForEach-Object { Set-Content "./pf6/out/$_" 1 }
(Get-Item ./pf6/out/* -Include *.csv, sub).Name
'-'; (Get-Item ./pf6/out/* -Exclude *.csv, sub).Name
'-'; (Get-Item ./pf6/out/* -Filter *.??v).Name
'-'; (Get-Item ./pf6/out/a.txt -Include *.log).Name
'-'; (Get-Item ./pf6/out/a.txt -Filter *.log).Name
'-'; (Get-Item ./pf6/out/nope -Include *.log).Name
'-'; (Get-Item -LiteralPath ./pf6/out/a.txt -Include *.log).Name
Get-Item ./pf6/out/nope -Filter *.log
Test-Path ./pf6/out/* -Include *.csv
Test-Path ./pf6/out/* -Include *.xml
Test-Path ./pf6/out/a.txt -Include *.csv
Test-Path ./pf6/out/a.txt -Exclude *.txt
Test-Path ./pf6/out/a.txt -Filter *.csv
Test-Path ./pf6/out/* -Filter *.xml
Test-Path ./pf6/out/* -Exclude *
Test-Path -LiteralPath ./pf6/out/a.txt -Include *.csv
Test-Path ./pf6/out/* -Include *.csv -PathType Container
Test-Path ./pf6/out/*, ./pf6/out/a.txt -Include *.log
Remove-Item ./pf6 -Recurse -Force

#### Get-Content, Set-Content, Add-Content and Clear-Content with the patterns
$make = { if (Test-Path ./pf7) { Remove-Item ./pf7 -Recurse -Force }; $null = New-Item -ItemType Directory ./pf7/logs/sub -Force; 'a.txt', 'b.log', 'c.log' | ForEach-Object { Set-Content "./pf7/logs/$_" $_ } }
& $make
Get-Content ./pf7/logs/* -Include *.log
'-'; Get-Content ./pf7/logs/* -Exclude *.txt
'-'; Get-Content ./pf7/logs/* -Filter *.txt
'-'; Get-Content ./pf7/logs/a.txt -Filter *.log
Get-Content ./pf7/logs/a.txt -Include *.log
Get-Content ./pf7/logs/nope -Include *.log -ErrorVariable e -ErrorAction SilentlyContinue; $e[0].FullyQualifiedErrorId; $e[0].CategoryInfo.ToString()
Set-Content ./pf7/logs/* -Value x -Include b*; Get-Content ./pf7/logs/b.log, ./pf7/logs/c.log
Set-Content ./pf7/logs/new.txt -Value x -Include *.log; Test-Path ./pf7/logs/new.txt
Set-Content ./pf7/logs/new2.txt -Value x -Filter *.log; Test-Path ./pf7/logs/new2.txt
Set-Content ./pf7/logs/*.zzz -Value x
& $make; Add-Content ./pf7/logs/* -Value y -Exclude *.log, sub; Get-Content ./pf7/logs/a.txt
Add-Content ./pf7/logs/a.txt -Value y -Exclude *.txt
& $make; Clear-Content ./pf7/logs/* -Include *.log; (Get-ChildItem ./pf7/logs -File | ForEach-Object { "$($_.Name)=$($_.Length)" }) -join ' '
& $make; Clear-Content ./pf7/logs/a.txt -Include *.log; Clear-Content ./pf7/logs/nope -Include *.log; Clear-Content ./pf7/logs/a.txt -Filter *.log; (Get-Item ./pf7/logs/a.txt).Length
Remove-Item ./pf7 -Recurse -Force

#### Get-ItemProperty, Set-ItemProperty and Clear-Item with the patterns
$null = New-Item -ItemType Directory ./pf8 -Force; 'a.txt', 'b.log', 'k.bak' | ForEach-Object { Set-Content "./pf8/$_" 1 }
(Get-ItemProperty ./pf8/* -Include *.log).Name
(Get-ItemProperty ./pf8/a.txt -Include *.log).Name
(Get-ItemPropertyValue ./pf8/* -Name Name -Exclude *.log, *.bak)
Set-ItemProperty ./pf8/* -Include *.bak -Name IsReadOnly -Value $true; (Get-Item ./pf8/k.bak).IsReadOnly; (Get-Item ./pf8/a.txt).IsReadOnly
Set-ItemProperty ./pf8/a.txt -Include *.bak -Name IsReadOnly -Value $true; (Get-Item ./pf8/a.txt).IsReadOnly
Clear-Item ./pf8/* -Include *.zzz; 'none'
Remove-Item ./pf8 -Recurse -Force

#### the admin idioms
$null = New-Item -ItemType Directory ./pf9/logs/old, ./pf9/src/lib, ./pf9/out -Force
'logs/a.log', 'logs/b.tmp', 'logs/old/c.tmp', 'logs/old/d.log', 'src/x.ps1', 'src/x.bak', 'src/lib/y.ps1', 'src/lib/y.bak', 'out/r.csv' | ForEach-Object { Set-Content "./pf9/$_" 1 }
Remove-Item ./pf9/logs/* -Include *.tmp -Recurse
(Get-ChildItem ./pf9/logs -Recurse -Name) -join ' '
Copy-Item ./pf9/src/* ./pf9/out -Exclude *.bak -Recurse
(Get-ChildItem ./pf9/out -Recurse -Name) -join ' '
Get-Content ./pf9/logs/* -Include *.log
Test-Path ./pf9/out/* -Include *.csv
Test-Path ./pf9/out/* -Include *.xlsx
Remove-Item ./pf9 -Recurse -Force

#### Clear-Item -Include on the Variable: drive
$zz1 = 1; $zz2 = 2; Clear-Item variable:zz* -Include zz1; "[$zz1][$zz2]"
$zz1 = 1; Clear-Item variable:zz* -Exclude zz1; "[$zz1][$zz2]"
