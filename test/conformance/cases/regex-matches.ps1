# $Matches after -match / -notmatch, switch -Regex and Where-Object -Match: the groups as .NET numbers
# them (unnamed first, then named), from the one .NET-to-JavaScript translation (src/engine/regex-type.ts).
# Only one named group is shown in a table: pwsh's Hashtable orders string keys by a per-process hash.

#### set starting with ] then a named group
'(ab' -match '[](](?<n>a)(b)'
$Matches
$Matches.n; $Matches[1]

#### negated set starting with ]
'x]xab' -match '[^]](?<n>a)(b)'
$Matches

#### comment under (?x) holding a paren
'ab' -match "(?x) # (c) is no group`n (?<n>a) (b) # (d)"
$Matches

#### inline comment group
'abc' -match 'a(?#(x))(b)(?<n>c)'
$Matches

#### name used twice is one group
'ab' -match '(?<n>a)(?<n>b)'
$Matches
'a' -match '(?<n>a)|(?<n>b)'
$Matches.n

#### named and numbered numbering
'abcd' -match '(?<first>a)(b)(?<second>c)(d)'
$Matches[1]; $Matches[2]; $Matches.first; $Matches.second
($Matches.Keys | Sort-Object { "$_" }) -join ','
$Matches.Count

#### numbered keys are ints
'abc' -match '(a)(b)(c)'
$Matches.Keys | ForEach-Object { $_.GetType().Name }
$Matches['1']; $Matches[1]

#### keys ignore case
'ab' -match '(?<Name>a)'
$Matches.name; $Matches.NAME

#### groups that did not take part are left out
'ac' -match '(a)(x)?(c)'
$Matches
'a' -match '(?<n>x)?a'
$Matches.Count

#### notmatch sets Matches when the pattern matches
$Matches = $null
'ab' -notmatch '(a)'
$Matches
$Matches = @{ old = 1 }
'ab' -notmatch 'z'
$Matches

#### cmatch and imatch
'AB' -cmatch '(A)(b)?'
$Matches
'AB' -imatch '(a)(b)'
$Matches
$Matches = @{ old = 1 }
'AB' -cmatch 'a'
$Matches

#### array on the left leaves Matches alone
$Matches = @{ old = 1 }
'ab', 'cd' -match '(a)'
$Matches
'ab', 'cd' -notmatch '(a)'
$Matches
@('ab') -match '(a)'
$Matches.old

#### failed match keeps Matches
'ab' -match '(a)'
'xy' -match '(z)'
$Matches

#### a Regex object keeps its options
$r = [regex]::new('^(b)', 'Multiline')
"a`nb" -match $r
$Matches
'B' -match [regex]'b'
'B' -match [regex]::new('b', 'IgnoreCase')
'xB' -replace [regex]::new('b', 'IgnoreCase'), 'y'

#### anchors in Matches
"ab`n" -match 'b$'
$Matches[0].Length
'abc' -match '\Ab'
'abc' -match '(?<x>c)\z'
$Matches.x
"abc`n" -match 'c\Z'

#### bad pattern error
'abc' -match '(?<n'

#### bad pattern with nothing on the left
@() -match '('
'a'
@() -split '('
'b'
@() -replace '(', 'x'
'c'
'abc' -replace '(?<n', 'x'
'd'

#### bad pattern error in a loop
foreach ($i in 1..2) { try { 'abc' -match '(a' } catch { $_.Exception.Message } }

#### switch -Regex sets Matches per clause
switch -Regex ('abc') {
  '\Aab' { "A:$($Matches[0])" }
  'bc\Z' { "Z:$($Matches[0])" }
  '(?i)ABC' { "i:$($Matches[0])" }
  '(?<n>b)(c)' { $Matches }
}

#### switch -Regex dollar before a final newline
switch -Regex ("ab`n") { 'b$' { 'dollar' } 'b\z' { 'z' } }

#### switch -Regex default keeps Matches
$Matches = $null
switch -Regex ('xyz') { 'q' { 'no' } default { "default: [$Matches]" } }
$Matches = $null
switch -Regex ('xyz', 'abc') { '(a)' { "hit $($Matches[1])" } default { "default $_ [$($Matches[0])]" } }

#### switch -Regex named groups
switch -Regex ('user@contoso.com') {
  '^(?<user>[^@]+)@(?<domain>.+)$' { $Matches.user; $Matches.domain; $Matches.Count }
}

#### switch -Regex name used twice and set with ]
switch -Regex ('(ab') { '[](](?<n>a)(b)' { $Matches.n; $Matches[1] } }
switch -Regex ('ab') { '(?<n>a)(?<n>b)' { $Matches.n } }

#### switch -Regex -CaseSensitive
switch -Regex -CaseSensitive ('ABC') { 'abc' { 'lower' } 'ABC' { 'upper' } '(?i)abc' { 'inline i' } }

#### switch -Regex inline comment and lookbehind
switch -Regex ('abc') { '(?<=a)b' { 'lookbehind' } 'a(?#comment)b' { 'comment' } }

#### switch -Regex bad pattern
switch -Regex ('abc') { '(?<n' { 'never' } }
'after'

#### switch -Regex with a regex or null condition
switch -Regex ('aB') { ([regex]'b') { 'regex object ignores case' } }
switch -Regex ('a') { $null { 'null condition' } }
switch -Regex ($null) { '^$' { 'null item' } }

#### switch -Regex on numbers
switch -Regex (10, 2.5) { '^\d+$' { "int $_" } '\.' { "dot $_" } }

#### Where-Object Match sets Matches
$Matches = $null
[pscustomobject]@{ N = 'abc' }, [pscustomobject]@{ N = 'xbz' } | Where-Object N -Match '(?<l>a)(b)' | ForEach-Object N
$Matches.l; $Matches[1]; $Matches.Count

#### Where-Object Match in a function scope
function f { $null = [pscustomobject]@{ N = 'abc' } | Where-Object N -Match 'a'; "in f: $($Matches.Count)" }
$Matches = $null
f
"global: $($Matches.Count)"

#### Where-Object Match anchors and case
[pscustomobject]@{ N = "ab`n" } | Where-Object N -Match 'b$' | ForEach-Object { 'dollar' }
[pscustomobject]@{ N = 'abc' } | Where-Object N -Match '\Aab' | ForEach-Object { 'A' }
[pscustomobject]@{ N = 'ABC' } | Where-Object N -CMatch 'abc' | ForEach-Object { 'cmatch lower' }
[pscustomobject]@{ N = 'ABC' } | Where-Object N -CMatch '(?i)abc' | ForEach-Object { 'cmatch inline i' }
[pscustomobject]@{ N = 'abc' } | Where-Object N -NotMatch 'z' | ForEach-Object { 'notmatch' }

#### Where-Object Match bad pattern
[pscustomobject]@{ N = 'abc' } | Where-Object N -Match '(?<n'
[pscustomobject]@{ N = 'abc' } | Where-Object N -CMatch '[a'
'after'

#### operators with a Regex object, null and numbers, split options
'a1B2' -split [regex]::new('b', 'IgnoreCase')
'aB' -csplit [regex]::new('b', 'IgnoreCase')
$null -match ''; $Matches[0].Length
$null -notmatch 'a'
5 -match '^5$'; $Matches[0].GetType().Name
'a','B' -replace [regex]::new('b', 'IgnoreCase'), 'x'
'ab' -match [regex]'(?<n>a)'; $Matches.n
$r = [regex]::new('(a)', 'ExplicitCapture'); 'ab' -match $r; $Matches.Count
'a.b' -split '.', 0, 'SimpleMatch'
'aXbxc' -split 'x', 0, 'IgnoreCase'
"a`nb" -split '^', 0, 'Multiline'
'a b' -split ' # c', 0, 'IgnorePatternWhitespace'
