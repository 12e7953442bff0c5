# Symbolic and hard links on the FileSystem provider, as pwsh 7.6.10 makes and shows them on Linux: New-Item
# -ItemType SymbolicLink/HardLink/Junction and their errors, the items' Mode, LinkType, Target, LinkTarget,
# ResolvedTarget and Attributes, the `name -> target` column, -Attributes ReparsePoint, recursion that does
# not follow folder links (unless -FollowSymlink), and the item cmdlets on links and dangling links.
# Each case works in its own folder under the case directory and removes it; paths are shown relative to it.

#### New-Item -ItemType SymbolicLink: the item written out, by -Target and -Value
$null = New-Item -ItemType Directory ./lk1/d; Set-Content ./lk1/t 1
(New-Item -ItemType SymbolicLink -Path ./lk1/l -Target t | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d', '<time>' -replace [regex]::Escape($PWD.Path), '<here>'
(New-Item -ItemType SymbolicLink -Path ./lk1/dl -Value d | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d', '<time>' -replace [regex]::Escape($PWD.Path), '<here>'
$f = New-Item -ItemType symboliclink -Path ./lk1/l2 -Target t
$f.GetType().FullName; $f.Mode; $f.ModeWithoutHardLink; $f.LinkType; $f.Target; $f.LinkTarget; $f.Length; $f.Attributes; $f.UnixMode
$f.ResolvedTarget -replace [regex]::Escape($PWD.Path), '<here>'
$g = Get-Item ./lk1/dl
$g.GetType().FullName; $g.Mode; $g.PSIsContainer; $g.Attributes; $g.LinkType; $g.Target
Remove-Item ./lk1 -Recurse -Force

#### relative, absolute and missing targets are kept as given
$null = New-Item -ItemType Directory ./lk2/e; Set-Content ./lk2/t 1
$a = New-Item -ItemType SymbolicLink -Path ./lk2/e/up -Target ../t
$a.Target; $a.ResolvedTarget -replace [regex]::Escape($PWD.Path), '<here>'; Get-Content ./lk2/e/up
$b = New-Item -ItemType SymbolicLink -Path ./lk2/e/same -Target t
$b.Target; $b.ResolvedTarget -replace [regex]::Escape($PWD.Path), '<here>'; Test-Path ./lk2/e/same
$c = New-Item -ItemType SymbolicLink -Path ./lk2/abs -Target (Resolve-Path ./lk2/t).Path
$c.Target -replace [regex]::Escape($PWD.Path), '<here>'; Get-Content ./lk2/abs
$d = New-Item -ItemType SymbolicLink -Path ./lk2/dang -Target nowhere
$d.Target; $d.Exists; $d.Length; $d.UnixFileMode; $d.Attributes; $d.PSIsContainer
$n = New-Item -ItemType SymbolicLink -Name named -Path ./lk2/e -Target 't*'
$n.Name; $n.Target
Remove-Item ./lk2 -Recurse -Force

#### a link's path that is taken: refused without -Force, replaced with it
$null = New-Item -ItemType Directory ./lk3/d, ./lk3/full; Set-Content ./lk3/t 1; Set-Content ./lk3/full/x 1
$null = New-Item -ItemType SymbolicLink -Path ./lk3/l -Target t
New-Item -ItemType SymbolicLink -Path ./lk3/l -Target d -ErrorVariable ev -ErrorAction SilentlyContinue
$ev.Count
foreach ($e in $ev) {
  $e.FullyQualifiedErrorId; $e.Exception.GetType().FullName
  $e.CategoryInfo.ToString() -replace [regex]::Escape($PWD.Path), '<here>'
  $e.Exception.Message -replace [regex]::Escape($PWD.Path), '<here>'
  $e.TargetObject -replace [regex]::Escape($PWD.Path), '<here>'
}
$r = New-Item -ItemType SymbolicLink -Path ./lk3/l -Target d -Force
$r.GetType().Name; $r.Target
(New-Item -ItemType SymbolicLink -Path ./lk3/t -Target d -Force).Mode
(New-Item -ItemType SymbolicLink -Path ./lk3/d -Target t -Force).Mode
Test-Path ./lk3/full/x
New-Item -ItemType SymbolicLink -Path ./lk3/sub/l -Target x -Force | ForEach-Object Name
Remove-Item ./lk3 -Recurse -Force

#### a missing parent folder and a missing target value end the statement
$null = New-Item -ItemType Directory ./lk4
try { New-Item -ItemType SymbolicLink -Path ./lk4/no/l -Target x -ErrorAction SilentlyContinue } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName; $_.CategoryInfo.ToString(); $_.Exception.Message }
try { New-Item -ItemType SymbolicLink -Path ./lk4/q } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName; $_.CategoryInfo.ToString(); $_.Exception.Message }
try { New-Item -ItemType HardLink -Path ./lk4/q -Value '' } catch { $_.Exception.Message }
New-Item -ItemType SymbolicLink -Path ./lk4/l1, ./lk4/l2
'after'
(Get-ChildItem ./lk4 -Name) -join ','
Remove-Item ./lk4 -Recurse -Force

#### -WhatIf says what it would make
$null = New-Item -ItemType Directory ./lk5
(New-Item -ItemType SymbolicLink -Path ./lk5/l -Target x -WhatIf *>&1 | Out-String) -replace [regex]::Escape($PWD.Path), '<here>'
(New-Item -ItemType HardLink -Path ./lk5/l -Target ./lk5 -WhatIf *>&1 | Out-String) -replace [regex]::Escape($PWD.Path), '<here>'
(Get-ChildItem ./lk5 -Name) -join ','
Remove-Item ./lk5 -Recurse -Force

#### New-Item -ItemType HardLink and its errors
$null = New-Item -ItemType Directory ./lk6/d; Set-Content ./lk6/t 1
$h = New-Item -ItemType HardLink -Path ./lk6/h -Target ./lk6/t
$h.Mode; $h.ModeWithoutHardLink; $h.LinkType; $null -eq $h.Target; $h.Attributes; $h.UnixMode; $h.Length
$t = Get-Item ./lk6/t
$t.Mode; $t.LinkType; $t.ResolvedTarget -replace [regex]::Escape($PWD.Path), '<here>'; $null -eq $t.ResolveLinkTarget($true)
Get-ChildItem ./lk6 | Format-Table Mode, Name, LinkType, Target
New-Item -ItemType HardLink -Path ./lk6/h -Target ./lk6/t -ErrorAction SilentlyContinue -ErrorVariable ev; $ev.FullyQualifiedErrorId
(New-Item -ItemType HardLink -Path ./lk6/h -Target ./lk6/t -Force).Name
foreach ($target in './lk6/d', './lk6/nowhere') {
  try { New-Item -ItemType HardLink -Path ./lk6/h2 -Target $target } catch {
    $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName
    $_.CategoryInfo.ToString() -replace [regex]::Escape($PWD.Path), '<here>'
    $_.Exception.Message -replace [regex]::Escape($PWD.Path), '<here>'
  }
}
Remove-Item ./lk6 -Recurse -Force

#### New-Item -ItemType Junction on Linux
$null = New-Item -ItemType Directory ./lk7/d; Set-Content ./lk7/t 1
foreach ($target in 'd', (Resolve-Path ./lk7/t).Path, (Join-Path $PWD lk7/nowhere)) {
  try { New-Item -ItemType Junction -Path ./lk7/j -Target $target } catch {
    $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName
    $_.CategoryInfo.ToString() -replace [regex]::Escape($PWD.Path), '<here>'
    $_.Exception.Message -replace [regex]::Escape($PWD.Path), '<here>'
  }
}
$r = New-Item -ItemType Junction -Path ./lk7/j -Target (Resolve-Path ./lk7/d).Path
$null -eq $r; $?; Test-Path ./lk7/j
New-Item -ItemType Frob -Path ./lk7/f
Remove-Item ./lk7 -Recurse -Force

#### links in Get-ChildItem's table and in Format-Table
$null = New-Item -ItemType Directory ./lk8/d; Set-Content ./lk8/t 1
$null = New-Item -ItemType SymbolicLink -Path ./lk8/dl -Target d
$null = New-Item -ItemType SymbolicLink -Path ./lk8/l -Target t
$null = New-Item -ItemType SymbolicLink -Path ./lk8/dang -Target 'a long target name, wrapped under itself'
(Get-ChildItem ./lk8 | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d', '<time>' -replace [regex]::Escape($PWD.Path), '<here>'
(Get-ChildItem ./lk8 | Format-Table | Out-String) -replace '\d\d/\d\d/\d{4} \d\d:\d\d', '<time>' -replace [regex]::Escape($PWD.Path), '<here>'
(Get-ChildItem ./lk8 | Out-String -Width 120) -replace '\d\d/\d\d/\d{4} \d\d:\d\d', '<time>' -replace [regex]::Escape($PWD.Path), '<here>'
Get-ChildItem ./lk8 | Format-Table Mode, Name, LinkType, Target, Attributes
Get-ChildItem ./lk8 | Format-List Name, Mode, LinkType, Target, PSIsContainer
Remove-Item ./lk8 -Recurse -Force

#### -Attributes ReparsePoint, -Directory and -File
$null = New-Item -ItemType Directory ./lk9/d; Set-Content ./lk9/t 1
$null = New-Item -ItemType SymbolicLink -Path ./lk9/dl -Target d
$null = New-Item -ItemType SymbolicLink -Path ./lk9/l -Target t
$null = New-Item -ItemType SymbolicLink -Path ./lk9/dang -Target nowhere
(Get-ChildItem ./lk9 -Attributes ReparsePoint).Name -join ','
(Get-ChildItem ./lk9 -Attributes !ReparsePoint).Name -join ','
(Get-ChildItem ./lk9 -Attributes Directory+ReparsePoint).Name -join ','
(Get-ChildItem ./lk9 -Attributes Directory,ReparsePoint).Name -join ','
(Get-ChildItem ./lk9 -Directory).Name -join ','
(Get-ChildItem ./lk9 -File).Name -join ','
(Get-ChildItem ./lk9/d* -Name) -join ','
Remove-Item ./lk9 -Recurse -Force

#### -Recurse does not go into folder links; -FollowSymlink does, each folder once
$null = New-Item -ItemType Directory ./lk10/d/s; Set-Content ./lk10/d/x 1; Set-Content ./lk10/d/s/y 1
$null = New-Item -ItemType SymbolicLink -Path ./lk10/dl -Target d
$base = (Resolve-Path ./lk10).Path
(Get-ChildItem ./lk10 -Recurse | ForEach-Object { $_.FullName.Substring($base.Length) }) -join ','
(Get-ChildItem ./lk10/dl -Recurse | ForEach-Object { $_.FullName.Substring($base.Length) }) -join ','
(Get-ChildItem ./lk10/dl/ -Recurse -Name) -join ','
(Get-ChildItem ./lk10/d -Recurse -FollowSymlink | ForEach-Object { $_.FullName.Substring($base.Length) }) -join ','
$null = New-Item -ItemType SymbolicLink -Path ./lk10/d/s/up -Target ..
(Get-ChildItem ./lk10/d -Recurse -FollowSymlink -WarningVariable wv -WarningAction SilentlyContinue | ForEach-Object { $_.FullName.Substring($base.Length) }) -join ','
$wv.Count; "$wv".Replace($base, '<base>')
Remove-Item ./lk10 -Recurse -Force

#### Get-ChildItem -Recurse -Name goes through folder links
$null = New-Item -ItemType Directory ./lk11/d; Set-Content ./lk11/d/x 1
$null = New-Item -ItemType SymbolicLink -Path ./lk11/dl -Target d
(Get-ChildItem ./lk11 -Recurse -Name) -join ','
(Get-ChildItem ./lk11 -Recurse -Name -FollowSymlink) -join ','
Remove-Item ./lk11 -Recurse -Force

#### Remove-Item of a link removes the link, not what it names
$null = New-Item -ItemType Directory ./lk12/d/s; Set-Content ./lk12/d/x 1; Set-Content ./lk12/t 1
$null = New-Item -ItemType SymbolicLink -Path ./lk12/dl -Target d
$null = New-Item -ItemType SymbolicLink -Path ./lk12/dl2 -Target d
$null = New-Item -ItemType SymbolicLink -Path ./lk12/l -Target t
$null = New-Item -ItemType SymbolicLink -Path ./lk12/dang -Target nowhere
Remove-Item ./lk12/dl; $?; Test-Path ./lk12/dl
Remove-Item ./lk12/dl2 -Recurse; $?; Test-Path ./lk12/dl2
Remove-Item ./lk12/l, ./lk12/dang; Test-Path ./lk12/l; Test-Path ./lk12/dang
(Get-ChildItem ./lk12 -Recurse -Name) -join ','
Remove-Item ./lk12 -Recurse -Force

#### Test-Path, Get-Content and Copy-Item through links and of a dangling one
$null = New-Item -ItemType Directory ./lk13/d; Set-Content ./lk13/d/x 'in d'; Set-Content ./lk13/t 'in t'
$null = New-Item -ItemType SymbolicLink -Path ./lk13/dl -Target d
$null = New-Item -ItemType SymbolicLink -Path ./lk13/l -Target t
$null = New-Item -ItemType SymbolicLink -Path ./lk13/dang -Target nowhere
Test-Path ./lk13/dang; Test-Path ./lk13/dang -PathType Leaf; Test-Path ./lk13/dang -PathType Container; Test-Path ./lk13/dl -PathType Container
Get-Content ./lk13/l; Get-Content ./lk13/dl/x
Get-Content ./lk13/dang -ErrorVariable ev -ErrorAction SilentlyContinue
$ev.FullyQualifiedErrorId; $ev.Exception.GetType().FullName
$ev.CategoryInfo.ToString() -replace [regex]::Escape($PWD.Path), '<here>'; $ev.Exception.Message -replace [regex]::Escape($PWD.Path), '<here>'
Copy-Item ./lk13/l ./lk13/c1; (Get-Item ./lk13/c1).Mode; Get-Content ./lk13/c1
Copy-Item ./lk13/dl ./lk13/c2 -Recurse; (Get-Item ./lk13/c2).Mode; (Get-ChildItem ./lk13/c2 -Name) -join ','
Copy-Item ./lk13/dang ./lk13/c3 -ErrorVariable ev -ErrorAction SilentlyContinue
$ev.FullyQualifiedErrorId; $ev.Exception.GetType().FullName
$ev.CategoryInfo.ToString() -replace [regex]::Escape($PWD.Path), '<here>'; $ev.Exception.Message -replace [regex]::Escape($PWD.Path), '<here>'
Test-Path ./lk13/c3
$null = New-Item -ItemType Directory ./lk13/src; $null = New-Item -ItemType SymbolicLink -Path ./lk13/src/l -Target ../t
Copy-Item ./lk13/src ./lk13/c4 -Recurse; (Get-Item ./lk13/c4/l).LinkType; (Get-Item ./lk13/c4/l).Target
Move-Item ./lk13/dang ./lk13/moved; (Get-Item ./lk13/moved).Target; Test-Path ./lk13/dang
(Get-Item ./lk13/mo*).Name; Split-Path -Leaf (Resolve-Path ./lk13/moved).Path
Remove-Item ./lk13 -Recurse -Force

#### ResolveLinkTarget
$null = New-Item -ItemType Directory ./lk14/d; Set-Content ./lk14/t 1
$null = New-Item -ItemType SymbolicLink -Path ./lk14/l -Target t
$null = New-Item -ItemType SymbolicLink -Path ./lk14/ll -Target l
$null = New-Item -ItemType SymbolicLink -Path ./lk14/dl -Target d
$null = New-Item -ItemType SymbolicLink -Path ./lk14/dang -Target nowhere
(Get-Item ./lk14/ll).ResolveLinkTarget($true).Name; (Get-Item ./lk14/ll).ResolveLinkTarget($false).Name
(Get-Item ./lk14/l).ResolveLinkTarget($false).GetType().Name; (Get-Item ./lk14/dl).ResolveLinkTarget($true).GetType().Name
$null -eq (Get-Item ./lk14/t).ResolveLinkTarget($true)
$x = (Get-Item ./lk14/dang).ResolveLinkTarget($true); $x.Name; $x.Exists
(Get-Item ./lk14/l).ResolveLinkTarget()
Remove-Item ./lk14 -Recurse -Force

#### Remove-Item of a folder link named with a trailing separator keeps it
$null = New-Item -ItemType Directory ./lk15/d/s; Set-Content ./lk15/d/x 1
$null = New-Item -ItemType SymbolicLink -Path ./lk15/dl -Target d
Remove-Item ./lk15/dl/ -Recurse -ErrorVariable ev -ErrorAction SilentlyContinue
$ev | ForEach-Object {
  $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName; $_.TargetObject.GetType().FullName
  $_.CategoryInfo.ToString() -replace [regex]::Escape($PWD.Path), '<here>'
  $_.Exception.Message -replace [regex]::Escape($PWD.Path), '<here>'
}
Get-Item ./lk15/dl/ | Remove-Item -ErrorVariable ev -ErrorAction SilentlyContinue; $ev.FullyQualifiedErrorId
Remove-Item -LiteralPath ./lk15/dl/ -Force -ErrorVariable ev -ErrorAction SilentlyContinue; $ev.FullyQualifiedErrorId
Test-Path ./lk15/dl; Test-Path ./lk15/d/x
(Remove-Item ./lk15/dl/ -WhatIf *>&1 | Out-String) -replace [regex]::Escape($PWD.Path), '<here>'
Remove-Item ./lk15/dl; Test-Path ./lk15/dl; Test-Path ./lk15/d/x
Remove-Item ./lk15 -Recurse -Force
