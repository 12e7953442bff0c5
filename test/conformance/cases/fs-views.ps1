# The FileSystem provider's exactness: Remove-Item refusing hidden (dot-named) and read-only items without
# -Force, as pwsh does on Linux, and the provider's own list, wide and grouped views of files and folders
# (each case works in its own folder under the case directory and removes it with -Force).

#### Remove-Item -Recurse keeps a folder's dot-files and says so
$null = New-Item -ItemType Directory ./fv1/sub; Set-Content ./fv1/a.txt 1; Set-Content ./fv1/.h 2; Set-Content ./fv1/sub/.x 3; Set-Content ./fv1/sub/y 4
Remove-Item ./fv1 -Recurse
$?
(Get-ChildItem ./fv1 -Recurse -Force -Name | Sort-Object) -join ','
Remove-Item ./fv1 -Recurse -Force; Test-Path ./fv1

#### the errors' records
$null = New-Item -ItemType Directory ./fv2; Set-Content ./fv2/.h 2
Remove-Item ./fv2 -Recurse -ErrorVariable ev -ErrorAction SilentlyContinue
$ev.Count
foreach ($e in $ev) {
  $e.FullyQualifiedErrorId; $e.CategoryInfo.Category; $e.CategoryInfo.Reason; $e.CategoryInfo.TargetType; $e.Exception.GetType().FullName
  $e.TargetObject -replace [regex]::Escape($PWD.Path), '<here>'
  $e.CategoryInfo.ToString() -replace [regex]::Escape($PWD.Path), '<here>'
  $e.Exception.Message -replace [regex]::Escape($PWD.Path), '<here>'
}
Remove-Item ./fv2 -Recurse -Force

#### a dot-file named directly, by -LiteralPath and from the pipeline
$null = New-Item -ItemType Directory ./fv3; Set-Content ./fv3/.h 2
Remove-Item ./fv3/.h
Remove-Item -LiteralPath ./fv3/.h
Get-Item ./fv3/.h -Force | Remove-Item
Test-Path ./fv3/.h
Remove-Item ./fv3/.h -Force; $?; Test-Path ./fv3/.h
Remove-Item ./fv3 -Recurse -Force

#### a dot-folder: its plain children go, it stays
$null = New-Item -ItemType Directory ./fv4/.hd; Set-Content ./fv4/.hd/plain 1
Remove-Item ./fv4/.hd -Recurse
(Get-ChildItem ./fv4 -Recurse -Force -Name) -join ','
Remove-Item ./fv4/.hd
$null = New-Item -ItemType Directory ./fv4/.hd2; Set-Content ./fv4/.hd2/.x 1
Remove-Item ./fv4/.hd2 -Recurse -ErrorVariable ev -ErrorAction SilentlyContinue
$ev.FullyQualifiedErrorId
(Get-ChildItem ./fv4 -Recurse -Force -Name | Sort-Object) -join ','
Remove-Item ./fv4/.hd -Force; Remove-Item ./fv4/.hd2 -Recurse -Force
(Get-ChildItem ./fv4 -Force -Name) -join ','
Remove-Item ./fv4 -Recurse -Force

#### -Force deletes hidden items
$null = New-Item -ItemType Directory ./fv5/.hd/s; Set-Content ./fv5/.h 1; Set-Content ./fv5/.hd/s/.x 2
Remove-Item ./fv5 -Recurse -Force
$?; Test-Path ./fv5

#### wildcards do not match hidden items
$null = New-Item -ItemType Directory ./fv6; Set-Content ./fv6/a 1; Set-Content ./fv6/.b 2; Set-Content ./fv6/c 3
Remove-Item ./fv6/*
$?
(Get-ChildItem ./fv6 -Force -Name) -join ','
Remove-Item ./fv6/.*
$?
(Get-ChildItem ./fv6 -Force -Name) -join ','
Remove-Item ./fv6/.* -Force
(Get-ChildItem ./fv6 -Force -Name) -join ','
Remove-Item ./fv6 -Recurse -Force

#### a wildcard that matches a folder holding hidden items
$null = New-Item -ItemType Directory ./fv7/s; Set-Content ./fv7/.b 2; Set-Content ./fv7/s/.c 3
Remove-Item ./fv7/* -Recurse
$?
(Get-ChildItem ./fv7 -Recurse -Force -Name | Sort-Object) -join ','
Remove-Item ./fv7 -Recurse -Force

#### Get-ChildItem -Force piped to Remove-Item -Recurse
$null = New-Item -ItemType Directory ./fv8/s; Set-Content ./fv8/.b 2; Set-Content ./fv8/s/.c 3
Get-ChildItem ./fv8 -Force | Sort-Object Name | Remove-Item -Recurse
(Get-ChildItem ./fv8 -Recurse -Force -Name | Sort-Object) -join ','
Get-ChildItem ./fv8 -Force | Remove-Item -Recurse -Force
(Get-ChildItem ./fv8 -Recurse -Force -Name) -join ','
Remove-Item ./fv8

#### read-only files and folders need -Force too
$null = New-Item -ItemType Directory ./fv9/ro; Set-Content ./fv9/r 1; Set-Content ./fv9/ro/y 1
Set-ItemProperty ./fv9/r -Name IsReadOnly -Value $true
(Get-Item ./fv9/r).Attributes
Remove-Item ./fv9/r
Test-Path ./fv9/r
Remove-Item ./fv9/r -Force; Test-Path ./fv9/r
Remove-Item ./fv9 -Recurse -Force; Test-Path ./fv9

#### -WhatIf on hidden items says what it would do
$null = New-Item -ItemType Directory ./fva/.hd; Set-Content ./fva/.h 2
Remove-Item ./fva/.h -WhatIf
Remove-Item ./fva/.hd -Recurse -WhatIf
Remove-Item ./fva -Recurse -WhatIf
(Get-ChildItem ./fva -Force -Name | Sort-Object) -join ','
Remove-Item ./fva -Recurse -Force

#### Get-ChildItem piped to Format-List: the provider's list view under its Directory heading
$null = New-Item -ItemType Directory ./fl1/sub; Set-Content ./fl1/a.txt hello
(Get-ChildItem ./fl1 | Format-List | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d:\d\d', '<time>'
Remove-Item ./fl1 -Recurse -Force

#### Get-Item of a file and of a folder piped to Format-List
$null = New-Item -ItemType Directory ./fl2/sub; Set-Content ./fl2/a.txt hello
(Get-Item ./fl2/a.txt | Format-List | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d:\d\d', '<time>'
(Get-Item ./fl2/sub | fl | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d:\d\d', '<time>'
Remove-Item ./fl2 -Recurse -Force

#### Format-List * on a file lists every property instead
$null = New-Item -ItemType Directory ./fl3; Set-Content ./fl3/a.txt hello
(Get-Item ./fl3/a.txt | Format-List * | Out-String -Width 300) -replace '\d\d/\d\d/\d{4} \d\d:\d\d:\d\d', '<time>'
Remove-Item ./fl3 -Recurse -Force

#### the first item only, -Property, and -GroupBy keeping the Directory heading
$null = New-Item -ItemType Directory ./fl4/sub; Set-Content ./fl4/a.txt hello
(Get-ChildItem ./fl4 | Select-Object -First 1 | Format-List | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d:\d\d', '<time>'
Get-ChildItem ./fl4 | Format-List Name, Mode
(Get-ChildItem ./fl4 | Format-List -GroupBy Mode | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d:\d\d', '<time>'
Remove-Item ./fl4 -Recurse -Force

#### a recursive listing starts a group per folder
$null = New-Item -ItemType Directory ./fl5/s; Set-Content ./fl5/s/b.txt 1
(Get-ChildItem ./fl5 -Recurse | Format-List | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d:\d\d', '<time>'
Remove-Item ./fl5 -Recurse -Force

#### Format-Wide of files, alone and with -GroupBy
$null = New-Item -ItemType Directory ./fw1/sub; Set-Content ./fw1/a.txt hello
Get-ChildItem ./fw1 | Format-Wide
Get-ChildItem ./fw1 | Format-Wide -GroupBy Mode
Get-ChildItem ./fw1 | Format-Wide Length -Column 3
Remove-Item ./fw1 -Recurse -Force

#### Get-ChildItem piped to Format-Table keeps the provider's view
$null = New-Item -ItemType Directory ./ft2/sub; Set-Content ./ft2/a.txt hello
(Get-ChildItem ./ft2 | Format-Table | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d', '<time>'
(Get-ChildItem ./ft2 | Format-Table -HideTableHeaders | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d', '<time>'
(Get-ChildItem ./ft2 | Format-Table -AutoSize | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d', '<time>'
Get-ChildItem ./ft2 | Format-Table Name, Length
(Get-ChildItem ./ft2 -Recurse | Format-Table | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d', '<time>'
Remove-Item ./ft2 -Recurse -Force

#### Format-Table -GroupBy of files
$null = New-Item -ItemType Directory ./ft1/sub; Set-Content ./ft1/a.txt hello
(Get-ChildItem ./ft1 | Format-Table -GroupBy Mode | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d(:\d\d)?', '<time>'
Get-ChildItem ./ft1 | Format-Table Name, Mode -GroupBy Mode
Remove-Item ./ft1 -Recurse -Force

#### a table of fixed widths grouped by -GroupBy has one blank line between its groups
[pscustomobject]@{a=1},[pscustomobject]@{a=2} | Format-Table @{e='a';width=5} -GroupBy a
'after'

#### objects the file view does not apply to print out of band
$null = New-Item -ItemType Directory ./fm1/sub
$items = @(Get-Item ./fm1/sub) + [pscustomobject]@{a=1} + @(Get-Item ./fm1/sub) + 5
($items | Format-List | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d:\d\d', '<time>'
($items | Format-Table | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d', '<time>'
Remove-Item ./fm1 -Recurse -Force

#### other cmdlets' wildcards leave hidden items out too, unless -Force
$null = New-Item -ItemType Directory ./fh1; Set-Content ./fh1/.h one; Set-Content ./fh1/a two
Test-Path ./fh1/.*; Test-Path ./fh1/.h
Get-Content ./fh1/*
(Get-Item ./fh1/*).Name -join ','; (Get-Item ./fh1/* -Force).Name -join ','
((Resolve-Path ./fh1/*).Path -replace '.*/', '') -join ','
((Get-FileHash ./fh1/*).Path -replace '.*/', '') -join ','
(Select-String o ./fh1/*).Filename -join ','
(Split-Path ./fh1/* -Resolve -Leaf) -join ','
((Join-Path ./fh1 '*' -Resolve) -replace '.*/', '') -join ','
(Get-ItemProperty ./fh1/*).Name -join ','
Clear-Content ./fh1/*; Get-Content ./fh1/.h; Set-Content ./fh1/a two
Set-Content ./fh1/* changed; Get-Content ./fh1/.h
$null = New-Item -ItemType Directory ./fh2, ./fh3
Copy-Item ./fh1/* ./fh2; (Get-ChildItem ./fh2 -Force -Name) -join ','
Copy-Item ./fh1/* ./fh2 -Force; (Get-ChildItem ./fh2 -Force -Name | Sort-Object) -join ','
Move-Item ./fh1/* ./fh3; (Get-ChildItem ./fh3 -Force -Name) -join ','; (Get-ChildItem ./fh1 -Force -Name) -join ','
Remove-Item ./fh1, ./fh2, ./fh3 -Recurse -Force

#### Format-Wide of files writes other objects out of band
$null = New-Item -ItemType Directory ./fw2/sub; Set-Content ./fw2/a.txt hello
@(Get-ChildItem ./fw2) + [pscustomobject]@{a=1} + @(Get-Item ./fw2/a.txt) | Format-Wide
@(Get-ChildItem ./fw2) + 5 + @{x=1} | Format-Wide
Remove-Item ./fw2 -Recurse -Force

#### a folder with children and no -Recurse: the prompt nobody can answer ends the statement
$null = New-Item -ItemType Directory ./fn1/s; Set-Content ./fn1/a 1; Set-Content ./fn1/s/x 2
Remove-Item ./fn1/*
'next'
(Get-ChildItem ./fn1 -Recurse -Name | Sort-Object) -join ','
$e = $Error[0]; $e.FullyQualifiedErrorId; $e.CategoryInfo.ToString(); $null -eq $e.TargetObject
& { Remove-Item ./fn1/s; 'the same block goes on' }
try { Remove-Item ./fn1/s } catch { 'caught: ' + $_.FullyQualifiedErrorId }
Remove-Item ./fn1 -Recurse -Force

#### setting an item's times, IsReadOnly and Attributes changes the file
Set-Content ./fv9.txt x
$f = Get-Item ./fv9.txt
$f.LastWriteTime = [datetime]'2020-01-02 03:04:05'
(Get-Item ./fv9.txt).LastWriteTime.ToString('s'); $f.LastWriteTime.ToString('s')
$f.LastAccessTime = [datetime]'2019-05-06 07:08:09'
(Get-Item ./fv9.txt).LastAccessTime.ToString('s')
$f.CreationTime = [datetime]'2017-01-01'
(Get-Item ./fv9.txt).CreationTime.ToString('s'); (Get-Item ./fv9.txt).LastWriteTime.ToString('s')
$f.CreationTimeUtc = [datetime]'2016-01-01'
(Get-Item ./fv9.txt).CreationTime.ToString('s')
$f.IsReadOnly = $true
(Get-Item ./fv9.txt).IsReadOnly; (Get-Item ./fv9.txt).Mode
$f.IsReadOnly = $false
(Get-Item ./fv9.txt).Mode; $f.Attributes
$f.Attributes = 'ReadOnly'
(Get-Item ./fv9.txt).Mode
$f.Attributes = 'Normal'
(Get-Item ./fv9.txt).Mode
$d = Get-Item .
$null = New-Item -ItemType Directory ./fv9d; $d = Get-Item ./fv9d
$d.LastWriteTime = [datetime]'2021-01-01'
(Get-Item ./fv9d).LastWriteTime.ToString('s')
Remove-Item ./fv9.txt, ./fv9d -Force

#### setting an item's property: conversion and read-only errors
Set-Content ./fv10.txt x
$f = Get-Item ./fv10.txt
'before'
$f.LastWriteTime = 'not a date'
$f.Length = 5
$f.IsReadOnly = 'yes'
(Get-Item ./fv10.txt).IsReadOnly
Remove-Item ./fv10.txt -Force

#### Set-Content and Add-Content on a folder
$null = New-Item -ItemType Directory ./fv11
'before'
Set-Content ./fv11 -Value x
Add-Content ./fv11 -Value z
try { Set-Content ./fv11, ./fv11.txt -Value y } catch { "caught: $($_.FullyQualifiedErrorId) | $($_.CategoryInfo) | $($_.Exception.GetType().FullName)" }
Test-Path ./fv11.txt
Add-Content ./fv11, ./fv11.txt -Value z -ErrorVariable ev -ErrorAction SilentlyContinue
$ev | % { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName }
Get-Content ./fv11.txt
Remove-Item ./fv11, ./fv11.txt -Force

#### Copy-Item -Force onto a folder that exists takes it as the copy
$null = New-Item -ItemType Directory ./fv12/d/sub, ./fv12/e/sub
Set-Content ./fv12/d/a.txt 1; Set-Content ./fv12/d/sub/b.txt 2
'before'
(Copy-Item ./fv12/d/* ./fv12/e -Force -PassThru).Name
(Copy-Item ./fv12/d/* ./fv12/e -Force -Recurse -PassThru).Name
Copy-Item ./fv12/d/* ./fv12/e -Recurse
(Get-ChildItem ./fv12/e -Recurse -Name | Sort-Object) -join ','
Remove-Item ./fv12 -Recurse -Force
