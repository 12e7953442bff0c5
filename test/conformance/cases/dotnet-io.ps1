# [System.IO.Directory], more of [System.IO.File], [RuntimeInformation], $IsCoreCLR: .NET's statics as admin
# scripts call them. Relative paths are against the process's folder (the case directory); .NET lists a
# folder in the file system's order, which no script can rely on, so listings are sorted here.

#### Directory: exists, listings, search patterns and options | cwd
$null = New-Item -ItemType Directory ./io1/sub -Force; Set-Content ./io1/a.txt a; Set-Content ./io1/b.csv b; Set-Content ./io1/sub/c.txt c
[System.IO.Directory]::Exists('./io1'); [IO.Directory]::Exists('./io1/a.txt'); [IO.Directory]::Exists('')
[IO.Directory]::GetFiles('./io1') | Sort-Object
[IO.Directory]::GetFiles('./io1', '*.txt')
[IO.Directory]::GetFiles('./io1', '*.txt', 'AllDirectories') | Sort-Object
[IO.Directory]::GetFiles('./io1', '*', [IO.SearchOption]::TopDirectoryOnly).Count
[IO.Directory]::GetFiles('./io1', '?.csv')
[IO.Directory]::GetDirectories('./io1')
[IO.Directory]::EnumerateFiles('./io1') | Sort-Object
[IO.Directory]::GetFileSystemEntries('./io1') | Sort-Object
([IO.Directory]::GetFiles('./io1')).GetType().FullName
[IO.Directory]::GetCurrentDirectory() -eq (Get-Location).Path
Remove-Item ./io1 -Recurse

#### Directory: create, delete, parent, errors | cwd
$d = [IO.Directory]::CreateDirectory('./io2/new/deep'); $d.GetType().FullName; $d.Name; Split-Path $d.FullName -Leaf
[IO.Directory]::CreateDirectory('./io2/new/deep').Name
[IO.Directory]::Delete('./io2/new/deep'); [IO.Directory]::Exists('./io2/new/deep')
Set-Content ./io2/new/f.txt x
[IO.Directory]::Delete('./io2/new')
[IO.Directory]::Delete('./io2/new', $true); [IO.Directory]::Exists('./io2/new')
[IO.Directory]::GetParent('./io2/x.txt').Name
[IO.Directory]::GetFiles('./io2/nonexist')
[IO.Directory]::Delete('./io2/nonexist')
Remove-Item ./io2 -Recurse

#### File: delete, copy, move, bytes, times | cwd
$null = New-Item -ItemType Directory ./io3; Set-Content ./io3/a.txt hello -NoNewline
[IO.File]::Delete('./io3/none.txt'); 'deleting a missing file is no error'
[IO.File]::Copy('./io3/a.txt', './io3/a2.txt'); [IO.File]::Exists('./io3/a2.txt')
[IO.File]::Copy('./io3/a.txt', './io3/a2.txt')
[IO.File]::Copy('./io3/a.txt', './io3/a2.txt', $true); 'overwritten'
[IO.File]::Move('./io3/a2.txt', './io3/a3.txt'); [IO.File]::Exists('./io3/a2.txt'); [IO.File]::Exists('./io3/a3.txt')
[IO.File]::Move('./io3/none.txt', './io3/x.txt')
[IO.File]::Copy('./io3/none.txt', './io3/x.txt')
[IO.File]::Delete('./io3/a3.txt'); [IO.File]::Exists('./io3/a3.txt')
[IO.File]::ReadAllBytes('./io3/a.txt') -join ','
[IO.File]::WriteAllBytes('./io3/bytes.bin', [byte[]](65, 66)); Get-Content ./io3/bytes.bin
[IO.File]::GetLastWriteTime('./io3/a.txt').GetType().Name
[IO.File]::GetLastWriteTime('./io3/a.txt') -gt (Get-Date).AddMinutes(-10)
Remove-Item ./io3 -Recurse

#### the runtime
$IsCoreCLR
[System.Runtime.InteropServices.RuntimeInformation]::IsOSPlatform([System.Runtime.InteropServices.OSPlatform]::Linux)
[System.Runtime.InteropServices.RuntimeInformation]::IsOSPlatform([System.Runtime.InteropServices.OSPlatform]::Windows)
[System.Runtime.InteropServices.OSPlatform]::Linux
"$([System.Runtime.InteropServices.OSPlatform]::OSX)"
[System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture
[Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture
[System.Runtime.InteropServices.RuntimeInformation]::OSDescription -eq ((Get-Content /etc/os-release | Where-Object { $_ -like 'PRETTY_NAME=*' }) -replace '^PRETTY_NAME="?|"$')
[System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
[Runtime.InteropServices.RuntimeInformation]::IsOSPlatform('Linux')
(Get-TimeZone).Id

#### [IO.Path]::ChangeExtension
[IO.Path]::ChangeExtension("a.txt", "csv"); [IO.Path]::ChangeExtension("a", ".csv"); [IO.Path]::ChangeExtension("a.b/c", ".x"); "[" + [IO.Path]::ChangeExtension("a.txt", "") + "]"
"[" + [IO.Path]::ChangeExtension("a.txt", $null) + "]"; "[" + [IO.Path]::ChangeExtension("", "x") + "]"; [IO.Path]::ChangeExtension("/d/a.tar.gz", ".zip"); [IO.Path]::ChangeExtension("a.", "x")
