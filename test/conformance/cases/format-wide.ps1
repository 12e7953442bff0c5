# Format-Wide (fw): one value of each object, several to a line, at the console's width (80 when redirected).

#### Format-Wide: syntax and alias
Get-Command Format-Wide -Syntax
Get-Alias fw

#### Format-Wide: strings and numbers print as lines
"a","bb","ccc" | Format-Wide
1..7 | Format-Wide -Column 3
"alpha","beta" | fw -AutoSize

#### Format-Wide: the value pwsh picks for custom objects and hashtables
[pscustomobject]@{A=1;Id=5;Name="nm"} | Format-Wide
[pscustomobject]@{A=1;Id=5} | Format-Wide
[pscustomobject]@{A=1;XKey=7} | Format-Wide
[pscustomobject]@{A="x";B=2},[pscustomobject]@{A="yy";B=3} | Format-Wide
@{a=1} | Format-Wide
[ordered]@{a=1;b=2;c=3} | Format-Wide
Get-Command Get-Item, Get-Date | Format-Wide

#### Format-Wide -Property: a name, a script block, a calculated property, a missing one
$o = [pscustomobject]@{A="x";B=2},[pscustomobject]@{A="yy";B=3}
$o | Format-Wide B
$o | Format-Wide -Property {$_.A + "!"}
$o | Format-Wide -Property @{e="A"}
$o | Format-Wide -Property nope
$o | Format-Wide -Property A*
$o | Format-Wide -Property A, B
$o | Format-Wide -Property 5
$Error[0].FullyQualifiedErrorId

#### Format-Wide -Column shares the line equally
$items = 1..7 | ForEach-Object { [pscustomobject]@{Name="item$_"} }
$items | Format-Wide -Column 3
$items | Format-Wide -Column 4
$items | Format-Wide -Column 1
$items | Format-Wide -Column 9

#### Format-Wide -AutoSize fits as many columns as the widest value allows
"abcdefghij","b","c","d","e","f","g","h","i","j" | ForEach-Object { [pscustomobject]@{N=$_} } | Format-Wide -AutoSize
"a","b" | ForEach-Object { [pscustomobject]@{N=$_} } | Format-Wide -AutoSize
[pscustomobject]@{N="x"*90} | Format-Wide -AutoSize

#### Format-Wide: long values are cut
[pscustomobject]@{N="x"*100} | Format-Wide
[pscustomobject]@{N="y"*100},[pscustomobject]@{N="z"} | Format-Wide
[pscustomobject]@{N="abcdefghijklmnopqrstuvwxyz0123456789"} | Format-Wide -Column 5

#### Format-Wide -GroupBy
1..5 | ForEach-Object { [pscustomobject]@{N="item$_";G=$_ % 2} } | Format-Wide N -GroupBy G
1..5 | ForEach-Object { [pscustomobject]@{N="item$_";G=[int]($_ -gt 2)} } | Format-Wide N -GroupBy G -Column 3
1..4 | ForEach-Object { [pscustomobject]@{N="item$_";G=[int]($_ -gt 2)} } | Format-Wide N -GroupBy G -AutoSize

#### Format-Wide: text between objects, and Out-String's width
[pscustomobject]@{N="a"},"str",[pscustomobject]@{N="b"} | Format-Wide
[pscustomobject]@{N="a"},[pscustomobject]@{N="b"} | Format-Wide | Out-String -Width 30
([pscustomobject]@{N="a"} | Format-Wide | ForEach-Object { $_.GetType().Name }) -join ","

#### Format-Wide: files, grouped by their folder
$null = New-Item -ItemType Directory ./fw1/src/sub/deep, ./fw1/src/empty; Set-Content ./fw1/src/a.txt a; Set-Content ./fw1/src/sub/b.txt b; Set-Content ./fw1/src/sub/deep/c.log c
Push-Location ./fw1
Get-ChildItem ./src | Format-Wide
Get-ChildItem ./src | Format-Wide -Column 4
Get-ChildItem ./src -Recurse | Format-Wide -AutoSize
Get-ChildItem ./src -Recurse -File | Format-Wide Length
Pop-Location
Remove-Item ./fw1 -Recurse -Force

#### Format-Wide -GroupBy on files: the Directory line heads each group
$null = New-Item -ItemType Directory ./fw2/src/sub; Set-Content ./fw2/src/a.txt a; Set-Content ./fw2/src/b.txt b; Set-Content ./fw2/src/c.log c
Push-Location ./fw2
Get-ChildItem ./src | Format-Wide -GroupBy PSIsContainer
Get-ChildItem ./src -File | Format-Wide Name
Pop-Location
Remove-Item ./fw2 -Recurse -Force

#### Format-Wide after a table sized to its contents is sized to its contents too (not with -Column)
[pscustomobject]@{A=1}
[pscustomobject]@{N="a"},[pscustomobject]@{N="b"} | Format-Wide
[pscustomobject]@{N="a"},[pscustomobject]@{N="b"} | Format-Wide -Column 3

#### Format-Wide -AutoSize makes the tables after it sized to their contents
[pscustomobject]@{N="a"},[pscustomobject]@{N="b"} | Format-Wide -AutoSize
@{a=1}

#### Format-Wide without -AutoSize leaves the tables after it as they are
[pscustomobject]@{N="a"},[pscustomobject]@{N="b"} | Format-Wide
@{a=1}

#### Format-Wide errors
[pscustomobject]@{N="a"} | Format-Wide -AutoSize -Column 3
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString()
[pscustomobject]@{N="a"} | Format-Wide -Column 0
[pscustomobject]@{N="a"} | Format-Wide -Expand Foo

#### Format-Wide cut short by Select-Object -First
1..5 | ForEach-Object { [pscustomobject]@{N="a$_"} } | Format-Wide | Select-Object -First 3
1..5 | ForEach-Object { [pscustomobject]@{N="a$_"} } | Format-Wide | Select-Object -First 4
1..5 | ForEach-Object { [pscustomobject]@{N="a$_"} } | Format-Wide -AutoSize | Select-Object -First 4

#### Format-Wide -View
"a" | Format-Wide -View foo
[pscustomobject]@{N="a"},[pscustomobject]@{N="b"} | Format-Wide -View foo
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString()
1,[pscustomobject]@{N="b"} | Format-Wide -View foo
$null = New-Item -ItemType Directory ./fw3/d; Set-Content ./fw3/a.txt a
Get-ChildItem ./fw3 | Format-Wide -View children -Column 3
Get-ChildItem ./fw3 | Format-Wide -View foo
Remove-Item ./fw3 -Recurse -Force
