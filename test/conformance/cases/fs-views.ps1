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
