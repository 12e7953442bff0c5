# [regex] (System.Text.RegularExpressions.Regex): statics, instances, options, Match/Group objects and their display.

#### type literal and statics Escape Unescape
[regex].FullName; [System.Text.RegularExpressions.Regex].Name
[regex]::Escape('https://contoso.sharepoint.com/sites/a b?x=1')
[regex]::Escape('a.b*c+d(e)[f]{g}^h$i|j\k#l m')
[regex]::Unescape('a\.b\*c\tx')

#### static IsMatch is case-sensitive
[regex]::IsMatch('abc', 'B')
[regex]::IsMatch('abc', 'b')
[regex]::IsMatch('abc', 'B', 'IgnoreCase')
[regex]::IsMatch('abc', 'B', [System.Text.RegularExpressions.RegexOptions]::IgnoreCase)
'abc' -match 'B'

#### static Match and its display
$m = [regex]::Match('abc123', '(\d)(?<n>\d)')
$m
$m.Success; $m.Index; $m.Length; $m.Value; "$m"
$m.Groups.Count; $m.Groups[1].Value; $m.Groups['n'].Value; $m.Groups[2].Name; $m.Groups.n.Value
$m.GetType().FullName

#### failed Match
$m = [regex]::Match('abc', '\d')
$m.Success; $m.Index; $m.Length; "[$($m.Value)]"
$m

#### Groups display
$m = [regex]::Match('user@contoso.com', '(?<user>[^@]+)@(?<domain>.+)')
$m.Groups
$m.Groups['domain'].Value
$m.Groups | ForEach-Object Name

#### Matches collection
$ms = [regex]::Matches('a1b22c333', '\d+')
$ms.Count
$ms | ForEach-Object Value
$ms[1].Index
$ms.GetType().FullName
[regex]::Matches('a1b2', '\d') | Format-Table
@([regex]::Matches('xyz', '\d')).Count

#### Replace with substitutions
[regex]::Replace('John Smith', '(\w+) (\w+)', '$2, $1')
[regex]::Replace('John Smith', '(?<first>\w+) (?<last>\w+)', '${last} ${first}')
[regex]::Replace('abc', 'b', '[$&]')
[regex]::Replace('abc', 'B', 'x')
[regex]::Replace('abc', 'B', 'x', 'IgnoreCase')
[regex]::Replace('a.b.c', '\.', '$$')

#### Replace with a script block evaluator
[regex]::Replace('a1b2', '\d', { param($m) [int]$m.Value * 10 })
[regex]::Replace('hello world', '\b\w', { $args[0].Value.ToUpper() })

#### Split
[regex]::Split('a1b22c', '\d+')
[regex]::Split('a,b;c', '[,;]').Count
[regex]::Split('a-b', '(-)')

#### options as strings and enum values
[regex]::Matches("one`nTwo`nthree", '^t\w+', 'IgnoreCase, Multiline') | ForEach-Object Value
[regex]::Match("a`nb", 'a.b', 'Singleline').Success
[regex]::Match("a`nb", 'a.b').Success
$o = [System.Text.RegularExpressions.RegexOptions]'IgnoreCase, Multiline'; $o; [int]$o
[System.Text.RegularExpressions.RegexOptions]::Singleline

#### regex cast new and instance methods
$r = [regex]'(\w)(\d)'
$r.GetType().FullName
$r.ToString(); "$r"
$r.IsMatch('a1'); $r.Match('zz b2').Value; $r.Matches('a1 b2 c3').Count
$r.Replace('a1 b2', '$2$1')
$r.Split('xa1y')
$r.Options
$r.GetGroupNumbers()
$r2 = [regex]::new('(?<k>\w+)=(?<v>\w+)', 'IgnoreCase'); $r2.Options; $r2.GetGroupNames()
$r3 = New-Object regex 'x+'; $r3.Match('axxb').Value

#### regex display
[regex]'ab+'

#### NextMatch
$m = [regex]::Match('a1b2c3', '\d')
while ($m.Success) { $m.Value; $m = $m.NextMatch() }

#### bad pattern
[regex]::Match('x', '(')
'after'
[regex]'[z-a]'
'after2'

#### wrong argument count
[regex]::Escape()
[regex]::IsMatch('a')

#### admin idioms
$site = 'https://contoso.sharepoint.com/sites/hr (old)'
'https://contoso.sharepoint.com/sites/hr (old)/Shared Documents' -match ('^' + [regex]::Escape($site))
$text = 'id=12; id=345; name=x'
[regex]::Matches($text, 'id=(\d+)') | ForEach-Object { $_.Groups[1].Value }
([regex]::Matches($text, 'id=(\d+)') | Measure-Object).Count
$pattern = [regex]'(?i)^site'
$pattern.IsMatch('SiteCollection')
[regex]::Replace('a  b   c', '\s+', ' ')
'x' -replace [regex]::Escape('.'), '-'

#### groups that did not take part
$m = [regex]::Match('ac', 'a(b)?c')
$m.Groups[1].Success; "[$($m.Groups[1].Value)]"; $m.Groups[1].Index
$m.Groups[1]
[regex]::Replace('ac', 'a(b)?c', '[$1]')

#### a Regex object as the pattern of -match and -replace
'abc' -match [regex]'B'
'abc' -match [regex]::new('B', 'IgnoreCase')
'aBc' -replace [regex]'b', 'x'
'aBc' -replace [regex]'B', 'x'

#### RegexOptions combinations and bad values
$o = [System.Text.RegularExpressions.RegexOptions]::IgnoreCase -bor [System.Text.RegularExpressions.RegexOptions]::Multiline; $o
[regex]::Matches("ONE`ntwo", '^t', $o).Count
[System.Text.RegularExpressions.RegexOptions]128
[System.Text.RegularExpressions.RegexOptions]'Foo'
[regex]::IsMatch('a', 'A', 1)
[regex]::IsMatch('a', 'A', 'Bogus')

#### evaluator that throws
[regex]::Replace('a1', '\d', { throw 'bad' })
'after'
[regex]::Matches('x', '\d')
'empty'

#### Select-String matches are Match objects
$m = ('xab' | Select-String 'a(?<n>b)(c)?').Matches[0]
$m
$m.Groups['n'].Value; $m.Groups[1].Success; $m.GetType().FullName
($m.NextMatch()).Success

#### .NET pattern rules and substitutions
[regex]::IsMatch("ab`n", 'b$')
[regex]::IsMatch("ab`n", 'b\z')
[regex]::IsMatch("ab`n", 'b\Z')
[regex]::IsMatch("xab", '\Aab')
[regex]::Match("a`r`nb", 'a.').Value.Length
[regex]::Match("a`nb", 'a.b', 'Singleline').Length
[regex]::Match('k=v', '(?<key>\w)=(\w)').Groups | ForEach-Object { '{0}:{1}' -f $_.Name, $_.Value }
[regex]::Match('ab', '(a)(b)', 'ExplicitCapture').Groups.Count
[regex]::Match('ab', '(?<x>a)(b)', 'ExplicitCapture').Groups | ForEach-Object Name
[regex]::IsMatch('a b', 'a b # comment', 'IgnorePatternWhitespace')
[regex]::IsMatch('ab', 'a b # comment', 'IgnorePatternWhitespace')
[regex]::Matches(']a', '[]a]').Count
[regex]::IsMatch('ABC', '(?i)abc')
[regex]::Replace('abc', '(?<x>b)', '[${x}|$1|$0|$`|$''|$+|$_]')
[regex]::Replace('abc', 'b', '$9')
[regex]::Split('a1b2c', '(\d)', 'None').Count
$r = [regex]'(\d)'; $r.Split('a1b2c3d', 2)
$r.Replace('a1b2c3', 'X', 2)
$r.Match('a1b2', 2).Value
$r.GroupNumberFromName('1'); $r.GroupNameFromNumber(1)
$r.Match('a1').Result('<$1>')
[regex]::Unescape('\x41\u0042\101\cA.\n') | ForEach-Object { [int[]][char[]]$_ -join ',' }
[regex]::Escape("tab`there`nnew")

#### groups the pattern does not have
$g = [regex]::Match('a1', '(\d)').Groups
$g[7]
"[$($g['zz'].Name)]"; $g[-1].Success; $g['1'].Value
$g[0, 1] | ForEach-Object Value
$m = [regex]::Match('abc', '(\d)(?<n>x)'); $m.Groups.Count; $m.Groups[1].Success; $m.Groups['n'] -eq $null

#### the operators read .NET patterns the same way
"abc`n" -match 'c$'
"a`rb" -match 'a.b'
'ab' -replace '(?<x>a)(b)', '$2$1'
'a b' -split '(?x) b'
'A' -match '(?i)a'
'a.b' -split '.', 0, 'SimpleMatch'
'ab' -replace 'a', '$&$&'
'k=v' -replace "(?'key'\w)=(?'val'\w)", '${val}=${key}'

#### captures of a repeated group
$m = [regex]::Match('aaab', '(a)+')
$m.Groups[1]
$m.Groups[1].Captures
$c = [regex]::Match('1,22,333,', '(?<n>\d+,)+').Groups['n'].Captures; $c.Count; $c | ForEach-Object Value
$c[0].GetType().FullName; $c.GetType().FullName
