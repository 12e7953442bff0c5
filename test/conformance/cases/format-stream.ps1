# Format-Table and Format-List stream, as pwsh's do: each writes format objects (FormatStartData,
# GroupStartData, one FormatEntryData per object, GroupEndData, FormatEndData) as its input arrives, and
# Out-Default, Out-String and Out-File print them. An error or host text written between two objects
# prints between their entries; format objects out of order stop out-lineoutput.

#### an error between two objects prints between their list entries
Set-Content fs-a.txt 'hi'; Set-Content fs-b.txt 'x'
Get-Item fs-a.txt, nosuch, fs-b.txt | Format-List Name, Length

#### an error between two objects prints between their table rows
Set-Content fs-a.txt 'hi'; Set-Content fs-b.txt 'x'
Get-Item fs-a.txt, nosuch, fs-b.txt | Format-Table Name, Length; 'after'

#### Write-Error between objects, through Format-Table and Format-Table -AutoSize
& { [pscustomobject]@{a=1}; Write-Error e; [pscustomobject]@{a=2} } | Format-Table
& { [pscustomobject]@{a=1}; Write-Error e; [pscustomobject]@{a=2} } | Format-Table -AutoSize

#### host text and warnings between objects of Format-List
& { [pscustomobject]@{a=1}; Write-Host h; [pscustomobject]@{a=2} } | Format-List
& { [pscustomobject]@{a=1}; Write-Warning w; [pscustomobject]@{a=2} } | Format-List

#### host text before a Format-Table's held rows
& { [pscustomobject]@{a=1}; Write-Host h; [pscustomobject]@{a=2} } | Format-Table

#### the format objects and their count
(1, 2 | Format-List).Count
([pscustomobject]@{a=1} | Format-List | ForEach-Object GetType | ForEach-Object FullName)
([pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Table | ForEach-Object GetType | ForEach-Object Name)
(1, 2 | Format-Table | ForEach-Object GetType | ForEach-Object Name)

#### a variable holds a table and prints it later
$x = [pscustomobject]@{a=1} | Format-Table; $x.Count; 'between'; $x

#### text and other objects inside a Format-Table
$o = [pscustomobject]@{a=1}, 5, 's', [pscustomobject]@{b=2}, (Get-Date 2020-01-01) | Format-Table
$o.Count; $o

#### text inside a Format-List
[pscustomobject]@{a=1}, 5, 's', [pscustomobject]@{b=2} | Format-List

#### format objects through Out-String, Out-String -Stream and Measure-Object
[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Table | Out-String
[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-List | Out-String -Stream | ForEach-Object { "<$_>" }
([pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-List | Measure-Object).Count

#### format objects through Out-File
[pscustomobject]@{a=1}, [pscustomobject]@{a=3} | Format-Table | Out-File fs-out.txt; Get-Content fs-out.txt

#### Format-Table after Format-List prints the list
[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-List | Format-Table
[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Table | Format-List

#### a table cut short by Select-Object -First prints what it has
[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-List | Select-Object -First 2
'after'

#### Sort-Object puts the format objects out of order
[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-List | Sort-Object
'not reached'

#### Select-Object -Skip leaves an entry outside its group
[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-List | Select-Object -Skip 1

#### an entry outside any table
$t = [pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Table
$t[0], $t[2]
'not reached'

#### the sequence error is not caught by try/catch
$t = [pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Table
try { $t[2] } catch { 'caught' }
'not reached'

#### a second table inside an open one
$t = [pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Table
$l = [pscustomobject]@{b=1} | Format-List
$t[0, 1, 2, 3, 4, 5]; $l
$t[0, 1, 2, 3, 3, 4, 5]

#### Out-String's sequence error is the statement's
$t = [pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Table
$t[0, 2] | Out-String
'after'
try { $t[1..5] | Out-String } catch { "caught: $($_.FullyQualifiedErrorId) $($_.CategoryInfo.Category) $($_.Exception.GetType().FullName)" }

#### a table ends an open Format-Table document
$t = [pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Table
[pscustomobject]@{a=1}; $t; [pscustomobject]@{a=3}
'x'; $t; 'y'

#### a date among custom objects is an empty row of their table
[pscustomobject]@{a=1}; Get-Date 2020-01-01; [pscustomobject]@{a=2}

#### dates among custom objects
[pscustomobject]@{a=1}; (Get-Date 2020-01-01), (Get-Date 2020-01-02); [pscustomobject]@{a=2}
[pscustomobject]@{a=1,2,3,4,5}; Get-Date 2020-01-01; [pscustomobject]@{a=2}

#### Format-Table and Format-List -GroupBy write a group per value
$g = [pscustomobject]@{k=1;a=1}, [pscustomobject]@{k=2;a=2} | Format-Table -GroupBy k; $g
$g2 = [pscustomobject]@{k=1;a=1}, [pscustomobject]@{k=2;a=2} | Format-List -GroupBy k; $g2

#### a hashtable in a Format-Table of other columns is an empty row
[pscustomobject]@{a=1}, @{x=1} | Format-Table

#### after a table sized to its contents, a hashtable's table is sized to its contents too
[pscustomobject]@{zz = 1} | Format-Table; @{x = 1}, [pscustomobject]@{a = 1} | Format-Table; @{x = 1} | Format-Table

#### after Out-Default's own content-sized table
[pscustomobject]@{zz = 1}; @{x = 1}, [pscustomobject]@{a = 1} | Format-Table; @{x = 1}, 5, 'str' | Format-Table

#### after -AutoSize, and not after fixed widths or another Out-String
[pscustomobject]@{zz = 1} | Format-Table -AutoSize; @{x = 1}
'--'
[pscustomobject]@{zz = 1} | Format-Table @{n = 'q'; e = { 1 }; width = 9 }; @{x = 1}

#### a hashtable's fixed table leaves the next one fixed
@{x = 1}, @{y = 2} | Format-Table; @{x = 1}, [pscustomobject]@{a = 1} | Format-Table
[pscustomobject]@{zz = 1} | Out-String; @{x = 1}

#### a hashtable among listed objects lists Key, Value and Name
[pscustomobject]@{a = 1; b = 2; c = 3; d = 4; e = 5}; @{x = 1}
[pscustomobject]@{zz = 1} | Format-Table; [timespan]::FromSeconds(5); @{y = 1}

#### -GroupBy ends a group that a new value closes with an entry of its own
$d = [pscustomobject]@{k = 1; a = 1}, [pscustomobject]@{k = 1; a = 3}, [pscustomobject]@{k = 2; a = 2}
($d | Format-Table -GroupBy k).Count; ($d | Format-List -GroupBy k).Count
$d | Format-Table -GroupBy k | ForEach-Object { $_.GetType().Name }
($d[0] | Format-Table -GroupBy k).Count

#### the entry that ends a group is its blank line
$d = [pscustomobject]@{k = 1; a = 1}, [pscustomobject]@{k = 1; a = 3}, [pscustomobject]@{k = 2; a = 2}
$x = $d | Format-Table -GroupBy k; $y = $d | Format-List -GroupBy k
$x[4]; '--'; $x[0..3] + $x[5..8]; 'after'
$y[0..3] + $y[5..9]; '--'; $y

#### a table group cut after its end entry
$d = [pscustomobject]@{k = 1; a = 1}, [pscustomobject]@{k = 1; a = 3}, [pscustomobject]@{k = 2; a = 2}
$x = $d | Format-Table -GroupBy k; $x[0..5]

#### a table cut before its group ends shares the line among its columns
$d = [pscustomobject]@{k = 1; a = 1}, [pscustomobject]@{k = 1; a = 3}, [pscustomobject]@{k = 2; a = 2}
$x = $d | Format-Table -GroupBy k; $x[0..2]; 'after'

#### a table cut before its group ends, through Out-String
$d = [pscustomobject]@{k = 1; a = 1}, [pscustomobject]@{k = 1; a = 3}
$t = $d | Format-Table; $t[0..3] | Out-String; $t[0..2] | Out-String -Width 50

#### a table cut after its end entry
$d = [pscustomobject]@{k = 1; a = 1}, [pscustomobject]@{k = 1; a = 3}, [pscustomobject]@{k = 2; a = 2}
$x = $d | Format-Table -GroupBy k; $x[0..4]

#### a table of three columns cut short
$w = [pscustomobject]@{a = 1; b = 'x'; c = 2} | Format-Table; $w[0..2]

#### Format-Table cut by Select-Object -First is complete
1..5 | ForEach-Object { [pscustomobject]@{n = $_; m = 'ab'} } | Format-Table | Select-Object -First 4
