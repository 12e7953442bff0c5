# FileInfo and DirectoryInfo items: pwsh's properties in its order, Get-Member's rows, and the methods scripts
# call on items (each case works in its own folder under the case directory and removes it).

#### a file's and a folder's properties (times left out: they are the machine's)
$null = New-Item -ItemType Directory ./fi1/sub; Set-Content ./fi1/a.txt hello
Get-Item ./fi1/a.txt | Select-Object * -ExcludeProperty *Time* | Format-List
Get-Item ./fi1/sub | Select-Object * -ExcludeProperty *Time* | Format-List
Remove-Item ./fi1 -Recurse

#### the property names in order, and the times' kinds
$null = New-Item -ItemType Directory ./fi2/sub; Set-Content ./fi2/a.txt hello
(Get-Item ./fi2/a.txt).psobject.Properties.Name -join ','
(Get-Item ./fi2/sub).psobject.Properties.Name -join ','
$f = Get-Item ./fi2/a.txt
$f.CreationTime.Kind, $f.CreationTimeUtc.Kind, $f.LastAccessTime.Kind, $f.LastWriteTimeUtc.Kind -join ','
$f.LastWriteTime -eq $f.LastWriteTimeUtc.ToLocalTime()
$f.CreationTime -le $f.LastWriteTime
Remove-Item ./fi2 -Recurse

#### properties scripts read
$null = New-Item -ItemType Directory ./fi3/x.y; Set-Content ./fi3/report.final.csv 1; Set-Content ./fi3/.hidden 2
$f = Get-Item ./fi3/report.final.csv
$f.Extension; $f.BaseName; $f.Directory.Name; $f.Directory.GetType().FullName; $f.DirectoryName -eq (Resolve-Path ./fi3).Path
$f.Exists; $f.IsReadOnly; $f.Length; $f.Mode; $f.Attributes; $f.UnixFileMode; $f.LinkType -eq $null; $f.ResolvedTarget -eq $f.FullName
$h = Get-Item ./fi3/.hidden -Force
$h.Extension; "[$($h.BaseName)]"; $h.Mode; $h.Attributes
$d = Get-Item ./fi3/x.y
$d.Extension; $d.BaseName; $d.Parent.Name; $d.Root.FullName; $d.Mode; $d.Attributes; $d.Exists
(Get-Item /).Parent -eq $null
$f.VersionInfo.GetType().FullName
Remove-Item ./fi3 -Recurse -Force

#### Get-Member of a file and of a folder
$null = New-Item -ItemType Directory ./fi4/sub; Set-Content ./fi4/a.txt hello
Get-Item ./fi4/a.txt | Get-Member | ForEach-Object { $_.Name + '|' + $_.MemberType + '|' + ($_.Definition -replace [regex]::Escape($PWD.Path), '<here>') }
Get-Item ./fi4/sub | Get-Member | ForEach-Object { $_.Name + '|' + $_.MemberType }
Remove-Item ./fi4 -Recurse

#### CopyTo, MoveTo, Delete and Refresh
$null = New-Item -ItemType Directory ./fi5; Set-Content ./fi5/f.txt hi
$f = Get-Item ./fi5/f.txt
$c = $f.CopyTo("$PWD/fi5/c.txt"); $c.GetType().Name; $c.Name; $c.Length
$f.CopyTo("$PWD/fi5/c.txt")
$f.CopyTo("$PWD/fi5/c.txt", $true).Name
$f.MoveTo("$PWD/fi5/moved.txt"); $f.Name; Test-Path ./fi5/f.txt; Test-Path ./fi5/moved.txt
$c.Delete(); Test-Path ./fi5/c.txt; $c.Exists; $c.Refresh(); $c.Exists
$c.Delete(); 'deleting a missing file is no error'
Remove-Item ./fi5 -Recurse

#### a folder's listings, CreateSubdirectory and Delete
$null = New-Item -ItemType Directory ./fi6/s; Set-Content ./fi6/a.txt 1; Set-Content ./fi6/b.log 2; Set-Content ./fi6/s/c.txt 3
$d = Get-Item ./fi6
($d.GetFiles() | Sort-Object Name).Name
$d.GetFiles('*.txt').Name
$d.GetDirectories().Name
($d.GetFiles('*.txt', 'AllDirectories') | Sort-Object Name).Name
($d.EnumerateFiles() | Measure-Object).Count
$d.GetFiles().GetType().Name; $d.GetDirectories()[0].GetType().FullName
($d.GetFileSystemInfos() | Sort-Object Name).Name
$d.CreateSubdirectory('n').Name; Test-Path ./fi6/n
(Get-Item ./fi6/s).Delete()
(Get-Item ./fi6/s).Delete($true); Test-Path ./fi6/s
$d.ToString() -eq (Resolve-Path ./fi6).Path
Remove-Item ./fi6 -Recurse

#### the default views are unchanged
$null = New-Item -ItemType Directory ./fi7; Set-Content ./fi7/a.txt hello
(Get-ChildItem ./fi7 | Format-Table | Out-String).Contains('UnixMode')
(Get-ChildItem ./fi7)[0].Name
(Get-Item ./fi7/a.txt | Select-Object Name, Length, Mode, Extension | Out-String).Trim()
Remove-Item ./fi7 -Recurse

#### Get-ChildItem -Attributes, -Hidden, -ReadOnly and -System
$null = New-Item -ItemType Directory ./fi8/sub; Set-Content ./fi8/a.txt 1; Set-Content ./fi8/.h 2; Set-Content ./fi8/r.txt 3
(Get-Item ./fi8/r.txt).Attributes = 'ReadOnly'
Set-ItemProperty ./fi8/r.txt -Name IsReadOnly -Value $true
Set-Location ./fi8
'1:' + ((Get-ChildItem -Attributes Directory).Name -join ',')
'2:' + ((Get-ChildItem -Attributes !Directory).Name -join ',')
'3:' + ((Get-ChildItem -Attributes Hidden).Name -join ',')
'4:' + ((Get-ChildItem -Hidden).Name -join ',')
'5:' + ((Get-ChildItem -ReadOnly).Name -join ',')
'6:' + ((Get-ChildItem -Attributes ReadOnly+!Directory).Name -join ',')
'7:' + ((Get-ChildItem -Attributes 'Directory, ReadOnly').Name -join ',')
'8:' + ((Get-ChildItem -System).Name -join ',')
'9:' + ((Get-ChildItem -Attributes !Hidden -Force).Name -join ',')
'10:' + ((Get-ChildItem -Attributes Normal).Name -join ',')
'11:' + ((Get-ChildItem -File -Attributes !ReadOnly).Name -join ',')
'12:' + ((Get-ChildItem -Attributes Hidden, Directory).Name -join ',')
'13:' + ((Get-ChildItem -Recurse -Attributes !Directory -Name) -join ',')
Get-ChildItem -Attributes Bogus
Get-ChildItem -Attributes 'Directory+'
try { Get-ChildItem -Attributes '!' } catch { $_.FullyQualifiedErrorId }
Set-Location ..
Set-ItemProperty ./fi8/r.txt -Name IsReadOnly -Value $false
Remove-Item ./fi8 -Recurse -Force
