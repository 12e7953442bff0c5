# Format-Custom (fc): pwsh's default custom view of objects (class Name { property = value }), nesting,
# lists, -Depth, -Property, -GroupBy, -View, dates' own view, widths and errors, recorded from pwsh 7.6.10.

#### a custom object with a nested object, an array, a hashtable and a null
[pscustomobject]@{a = 1; b = 'x'; c = [pscustomobject]@{d = 2; e = @(1, 2)}; f = @{k = 1}; g = $null} | Format-Custom
'--'

#### strings and numbers print as they are
5 | fc
'x' | fc
5, 'y' | Format-Custom
'--'

#### an ordered dictionary's entries each show as a DictionaryEntry
[ordered]@{a = 1; b = 'two'} | fc
'--'

#### a single-key hashtable
@{k = 'v'} | fc
'--'

#### nesting stops at depth 5: the object at the limit shows as its text
$o = [pscustomobject]@{l1 = [pscustomobject]@{l2 = [pscustomobject]@{l3 = [pscustomobject]@{l4 = [pscustomobject]@{l5 = [pscustomobject]@{l6 = [pscustomobject]@{l7 = 1}}}}}}}
$o | fc
'--'

#### -Depth 1 and -Depth 2
$o = [pscustomobject]@{l1 = [pscustomobject]@{l2 = [pscustomobject]@{l3 = [pscustomobject]@{l4 = 1}}}}
$o | fc -Depth 1
$o | fc -Depth 2
'--'

#### -Depth 0 is refused
[pscustomobject]@{a = 1} | fc -Depth 0
'after'

#### lists in the pipeline: items print as they are, a nested list as [ items ]
@(@(1, @(2, 3)), 4) | fc
'--'
,@(1, @(2, 3)) | fc
'--'

#### several objects, and a number between them
[pscustomobject]@{a = 1}, [pscustomobject]@{b = 2} | fc
'--'
[pscustomobject]@{a = 1}, 5, [pscustomobject]@{b = 2} | fc
'--'

#### a long list stops after four items with an ellipsis; an empty one is [ ]
[pscustomobject]@{a = @(1, 2, 3, 4, 5, 6); b = @(1, 2, 3, 4); c = @()} | fc
'--'

#### a list past the depth limit still opens, its items are text
[pscustomobject]@{a = [pscustomobject]@{x = @(1, [pscustomobject]@{y = 1})}} | fc -Depth 1
'--'

#### objects and lists inside a list
[pscustomobject]@{a = @([pscustomobject]@{x = 1}, @(7, 8), 'z')} | fc
'--'

#### a type name's last part names the class
[pscustomobject]@{PSTypeName = 'My.Thing'; a = 1} | fc
'--'

#### -GroupBy starts a group whenever the value changes
[pscustomobject]@{a = 1; b = '2'}, [pscustomobject]@{a = 1; b = '3'}, [pscustomobject]@{a = 2; b = '3'} | fc -GroupBy a
'--'

#### -Property picks properties, calculated ones labelled by their expression
[pscustomobject]@{a = 1; b = 'x'} | fc -Property b
[pscustomobject]@{a = 1; b = 'x'} | fc b, nothere
[pscustomobject]@{a = 1} | fc -Property @{e = {$_.a * 2}}, {$_.a}
[pscustomobject]@{ab = 1; ac = 2; b = 3} | fc a*
'--'

#### a calculated property's Depth key
[pscustomobject]@{a = [pscustomobject]@{b = [pscustomobject]@{c = 1}}} | fc -Property @{e = 'a'; depth = 1}
'--'

#### -Property errors
[pscustomobject]@{a = 1} | fc -Property @{e = 'a'; depth = 'x'}
[pscustomobject]@{a = 1} | fc -Property @{depth = 2}
[pscustomobject]@{a = 1} | fc -Property @{e = 'a'; l = 'x'}
[pscustomobject]@{a = 1} | fc -Property 5
'after'

#### -InputObject takes the object as it is
Format-Custom -InputObject ([pscustomobject]@{a = 1})
'--'
fc -InputObject 7
'--'

#### -View and -Expand errors
[pscustomobject]@{a = 1} | fc -View foo
[datetime]'2020-01-02 03:04:05' | fc -View foo
1 | fc -Expand foo
'after'

#### a date shows in the DateTime view: its DateTime text between blank lines
$d = [datetime]'2020-01-02 03:04:05'
($d | fc | Out-String) -split "`n" | ForEach-Object { if ($_) { 'text' } else { 'blank' } }
'--'
(Get-Date | Format-Custom | Out-String) -split "`n" | ForEach-Object { if ($_) { 'text' } else { 'blank' } }
'--'
($d | fc -View DateTime | Out-String).Trim() -eq $d.DateTime

#### a date with -Property shows as a class
[datetime]'2020-01-02 03:04:05' | fc -Property Year, Month, Day
'--'

#### a date inside an object opens down to the depth limit
[pscustomobject]@{d = [datetime]'2020-01-02 03:04:05'} | fc -Depth 2 -Property @{e = {$_.d.TimeOfDay}}, {$_.d.Year}
'--'

#### a time span inside an object
[pscustomobject]@{a = [pscustomobject]@{b = 1}; t = [timespan]'01:02:03'} | fc -Depth 1
'--'

#### long values are cut at the width, each piece indented
[pscustomobject]@{a = 1; b = 'x' * 150} | fc
'--'
[pscustomobject]@{a = 1; b = 'x' * 150} | fc | Out-String -Width 50
'--'
[pscustomobject]@{b = ('wordy ' * 12); c = "a`nb"} | fc | Out-String -Width 40
'--'

#### Out-String of Format-Custom
[pscustomobject]@{a = 1}, [pscustomobject]@{b = 2} | fc | Out-String
'--'

#### Format-Custom's output through another Format-* command prints as it is
[pscustomobject]@{a = 1; b = 'x'} | fc | Format-Table
'--'
[pscustomobject]@{a = 1} | fc | Format-List
'--'

#### what Format-Custom writes
([pscustomobject]@{a = 1}, [pscustomobject]@{a = 2} | fc -GroupBy a | ForEach-Object { $_.GetType().Name }) -join ','

#### the alias and the syntax
Get-Alias fc | ForEach-Object Definition
Get-Command Format-Custom -Syntax

#### a nested custom object's text is empty inside another's
$x = [pscustomobject]@{a = [pscustomobject]@{b = [pscustomobject]@{c = 1}}}
"$x"
$x | Format-List

#### an object with no properties is an empty line of its own
'<'
[pscustomobject]@{} | fc
'-'
[pscustomobject]@{}, [pscustomobject]@{a = 1} | fc
'-'
[pscustomobject]@{a = 1}, [pscustomobject]@{} | fc
'>'

#### a generic list, an empty hashtable and scalar property values
[pscustomobject]@{a = [System.Collections.Generic.List[int]]@(1, 2); h = @{}; t = $true; d = 1.5; c = [char]'x'; e = [System.DayOfWeek]::Monday} | fc
'--'
[pscustomobject]@{a = @(@(1, 2), @(3))} | fc

#### an empty object through Format-Table, Format-List and Format-Wide is an empty line out of band too
foreach ($f in 'Format-Table', 'Format-List', 'Format-Wide', 'Format-Custom') {
  ([pscustomobject]@{} | & $f | ForEach-Object { $_.GetType().Name }) -join ','
  '<'
  [pscustomobject]@{} | & $f
  '-'
  [pscustomobject]@{a = 1}, [pscustomobject]@{}, [pscustomobject]@{a = 2} | & $f
  '>'
}
