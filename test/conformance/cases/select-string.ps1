# Select-String: piped lines and files, MatchInfo objects and their display, -Context, errors.

#### piped strings
'foo bar', 'baz', 'Foo' | Select-String foo
'foo bar', 'baz', 'Foo' | Select-String foo -CaseSensitive
'x', 'y' | Select-String x; 'after'

#### MatchInfo properties
$m = 'foo bar' | Select-String 'o+'; $m.GetType().FullName; $m.Line; $m.LineNumber; $m.Filename; $m.Path; $m.Pattern; $m.IgnoreCase; $m.Matches.Count; $m.Matches[0].Value; $m.Matches[0].Index; $m.Matches[0].Length
"$m"; $m.ToString()
'a', 'b', 'a' | Select-String a | ForEach-Object LineNumber

#### AllMatches NotMatch SimpleMatch and several patterns
$m = 'foo boo' | Select-String 'o+' -AllMatches; $m.Matches.Count; $m.Matches | ForEach-Object Value
'x', 'y' | Select-String x -NotMatch | ForEach-Object { $_.Line; $_.Matches.Count; $_.Pattern }
'a.b', 'axb' | Select-String -SimpleMatch '.'
('a.b' | Select-String -SimpleMatch '.').Matches.Count
'ab' | Select-String b, a | ForEach-Object Pattern
('aXa' | Select-String a, x -AllMatches).Matches.Value
'ab' | Select-String 'a(?<n>b)' | ForEach-Object { $_.Matches[0].Groups.Count; $_.Matches[0].Groups[1].Name; $_.Matches[0].Groups[1].Value }

#### Quiet Raw List and non-string input
'a', 'a' | Select-String a -Quiet
'a', 'b' | Select-String z -Quiet
'a', 'b' | Select-String a -Raw
'a', 'a' | Select-String a -List | ForEach-Object LineNumber
1, 22, 3 | Select-String 2
Select-String a -InputObject 'abc', 'x'
$null | Select-String x; '' | Select-String x; 'nothing'

#### Context on piped lines
'a', 'b', 'c', 'd' | Select-String c -Context 1
'a', 'b', 'c', 'd', 'e' | Select-String b, d -Context 0, 1
$m = 'a', 'b', 'c', 'd' | Select-String c -Context 1, 2; $m.Context.PreContext; '-'; $m.Context.PostContext; $m.Context.GetType().FullName

#### MatchInfo as a list and a table
'foo' | Select-String foo | Format-List
'foo' | Select-String foo | Format-Table
'foo bar' | Select-String 'o+' | Select-Object Line, LineNumber

#### files
$null = New-Item -ItemType Directory ./ss1; Set-Content ./ss1/a.txt 'alpha one', 'beta two', 'Alpha three', 'gamma', 'alpha alpha'; Set-Content ./ss1/b.log 'nothing', 'beta'
Select-String -Pattern alpha -Path ./ss1/a.txt
Select-String beta ./ss1/a.txt, ./ss1/b.log
Select-String alpha ./ss1/*.txt | ForEach-Object { "$($_.Filename):$($_.LineNumber):$($_.Path -replace '.*/ss1/', '')" }
Select-String alpha ./ss1/a.txt -List
Get-ChildItem ./ss1/b.log | Select-String beta | ForEach-Object Filename
Select-String gamma ./ss1/a.txt -Context 1
Select-String alpha ./ss1/a.txt -Context 0, 1
Select-String alpha ./ss1/a.txt -NotMatch
Select-String alpha ./ss1/a.txt -Quiet; Select-String zzz ./ss1/a.txt -Quiet
Remove-Item ./ss1 -Recurse

#### errors
Select-String alpha ./nothing-here.txt, ./other.txt; 'next'
try { Select-String x ./nf.txt } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }
Select-String alpha ./nothing-here*.txt; 'no match is silent'
'q' | Select-String '('
try { 'q' | Select-String '[' } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
'q' | Select-String q -Context 1, 2, 3

#### sls alias
Get-Command sls | Format-Table -AutoSize
'hit' | sls h
