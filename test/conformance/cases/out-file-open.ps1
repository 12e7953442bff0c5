# Out-File opens its file before the first object arrives (created, or emptied unless -Append) and writes
# each object's text as it comes, as pwsh does; `>` does the same. Each case works in a folder of its own.

#### the file is there before the pipeline's first command runs
$null = New-Item -ItemType Directory ./of1
Set-Content ./of1/a.txt 'x'
Get-ChildItem ./of1 -Name | Out-File ./of1/list.txt
Get-Content ./of1/list.txt
Get-ChildItem ./of1 -Name > ./of1/list2.txt
Get-Content ./of1/list2.txt
Get-ChildItem ./of1 -Name >> ./of1/list2.txt
Get-Content ./of1/list2.txt
Remove-Item ./of1 -Recurse

#### a failure further up the pipeline leaves what was written before it
$null = New-Item -ItemType Directory ./of2
try { 1, 2, 3 | ForEach-Object { if ($_ -eq 2) { throw 'boom' }; $_ } | Out-File ./of2/mid.txt } catch { "caught $_" }
Get-Content ./of2/mid.txt
(Get-Item ./of2/mid.txt).Length
try { 1, 2, 3 | ForEach-Object { if ($_ -eq 2) { throw 'boom' }; $_ } > ./of2/mid2.txt } catch { "caught $_" }
Get-Content ./of2/mid2.txt
Set-Content ./of2/keep.txt 'old'
try { 1, 2 | ForEach-Object { if ($_ -eq 2) { throw 'boom' }; $_ } | Out-File ./of2/keep.txt } catch { 'caught' }
Get-Content ./of2/keep.txt
Set-Content ./of2/app.txt 'old'
try { 1, 2 | ForEach-Object { if ($_ -eq 2) { throw 'boom' }; $_ } | Out-File ./of2/app.txt -Append } catch { 'caught' }
Get-Content ./of2/app.txt
try { 1, 2 | ForEach-Object { if ($_ -eq 2) { throw 'boom' }; $_ } | Out-File ./of2/bom.txt -Encoding utf8BOM } catch { 'caught' }
(Get-Item ./of2/bom.txt).Length
Remove-Item ./of2 -Recurse

#### a pipeline that writes nothing still makes the file; -NoClobber and -WhatIf leave it alone
$null = New-Item -ItemType Directory ./of3
$null | Out-File ./of3/empty.txt
(Get-Item ./of3/empty.txt).Length
& { } | Out-File ./of3/empty2.txt
Test-Path ./of3/empty2.txt
& { } > ./of3/empty3.txt
Test-Path ./of3/empty3.txt
Set-Content ./of3/nc.txt 'old'
1 | Out-File ./of3/nc.txt -NoClobber
Get-Content ./of3/nc.txt
Get-ChildItem ./of3 -Name | Out-File ./of3/w.txt -WhatIf
Test-Path ./of3/w.txt
1 | Out-File ./of3/nosuch/x.txt
'after'
Remove-Item ./of3 -Recurse

#### formatted output, -Append, -NoNewline and encodings written in pieces
$null = New-Item -ItemType Directory ./of4
[pscustomobject]@{ A = 1; B = 'two' }, [pscustomobject]@{ A = 3; B = 'four' } | Out-File ./of4/t.txt
Get-Content ./of4/t.txt
'more' | Out-File ./of4/t.txt -Append
(Get-Content ./of4/t.txt)[-1]
'a', 'b', 'c' | Out-File ./of4/n.txt -NoNewline
Get-Content ./of4/n.txt
'a', 'b' | Out-File ./of4/u.txt -Encoding unicode
(Get-Item ./of4/u.txt).Length
'c' | Out-File ./of4/u.txt -Encoding unicode -Append
(Get-Item ./of4/u.txt).Length
Get-Content ./of4/u.txt
1..3 | Out-File ./of4/nums.txt
Get-Content ./of4/nums.txt
Remove-Item ./of4 -Recurse
