# .NET pattern constructs the translation to JavaScript rewrites (src/engine/regex-type.ts): Unicode \w \d
# \s \b and \p{...}, set subtraction, inline options for part of a pattern, back references by .NET's group
# numbers, atomic groups, \e and \a; the same for -match, switch -Regex, Where-Object, Select-String and [regex].

#### word digit and space classes are Unicode
'é' -match '^\w$'
'٣' -match '^\d$'
'José' -match '^\w+$'
'José' -match '\bJos\b'
'Jos é' -match '\bJos\b'
"a$([char]0x85)b" -match 'a\sb'
"a$([char]0xFEFF)b" -match 'a\sb'
'Zoë-42' -replace '\W', '_'
'Zoë42' -replace '\D', ''
'éa1_' -replace '[\w-]', '.'
'éa1_' -replace '[^\W\d]', '.'
[regex]::IsMatch('é', '^\w$', 'ECMAScript')

#### Unicode categories
'Ünïcödé' -match '^\p{L}+$'
'ABCd' -cmatch '^\p{Lu}+$'
'a1!' -replace '\P{L}', '#'
'a1!' -replace '[\p{N}\p{P}]', '#'

#### set subtraction
'Ab' -match '^[a-z-[aeiou]]b$'
'eb' -match '^[a-z-[aeiou]]b$'
'hello world' -replace '[a-z-[aeiou]]', '*'
'a1b2' -replace '[\w-[\d]]', '.'

#### inline options for part of a pattern
'aBC' -cmatch 'a(?i:bc)'
'ABC' -cmatch 'a(?i:bc)'
'aBC' -cmatch 'a(?i)bc'
'ABC' -cmatch 'A(?-i)bc'
'ABc' -match 'A(?-i)Bc'
'Abc' -match 'a(?-i:B)c'
'ABc' -match 'a(?-i:B)c'
'A' -match '(?-i)a'
"a`nb" -match '(?s:a.b)'
"a`nb" -match '(?s)a.b'
"a`nb" -match 'a.b'
"x`nab" -match '(?m)^ab'
"x`nab" -match '^ab'
'a b' -match '(?x) a \  b'
'ab' -match 'a(?x) b # comment'
'ab' -match '(?n)(a)(?<k>b)'; $Matches.Count; $Matches.k
'ab' -match '(a)(?n:(b))'; $Matches.Count

#### inline case option in sets and ranges
'Q' -cmatch '(?i)[a-z]'
'Q' -cmatch 'x|(?i:[p-r])'
'É' -cmatch '(?i:é)'
'q' -cmatch '(?i:[^Q])'

#### back references by .NET number and name
'abb' -match '(?<n>a)(b)\1'; $Matches[0]
'aba' -match '(?<n>a)(b)\k<n>'; $Matches[0]
'abab' -match "(?<n>ab)\k'n'"
'abab' -match '(?<n>ab)\k<1>'
'xyxy' -match '(x)(y)\1\2'
'aA' -match '(a)\1'

#### atomic groups
'aaab' -match '(?>a+)b'
'aaa' -match '(?>a+)a'
'aaab' -match '(?>(a+))b'; $Matches[1]
'abcabc' -match '(?>abc)+'; $Matches[0]

#### escapes for characters
"x$([char]27)" -match 'x\e'
"x$([char]7)" -match 'x\a'
"a`tb" -match 'a[\t]b'
'A' -match '\x41'
'A' -match '[\x40-\x42]'
'a' -cmatch '(?i)\x41'

#### translation in switch Where-Object Select-String and regex
switch -Regex ('José') { '^\w+$' { 'word' } '(?i:JOSÉ)' { 'inline i' } }
[pscustomobject]@{ N = 'Zoë' } | Where-Object N -Match '^\w+$' | ForEach-Object N
'José', 'J0se' | Select-String '^\p{L}+$' | ForEach-Object Line
[regex]::Matches('a1 é2 b3', '\w\d').Count
[regex]::Replace('aXbxc', '(?i:x)', '-')
[regex]::Split('a1b٣c', '\d')
$m = [regex]::Match('abab', '(?<n>a)(b)\k<n>\2'); $m.Success; $m.Groups[1].Value

#### ValidatePattern uses the same rules
function f { param([ValidatePattern('^\w+$')][string]$n) "ok $n" }
f José
f 'a b'
function g { param([ValidatePattern('(')][string]$n) "ok $n" }
g x
function k { param([ValidatePattern('^(?-i:A)b$')][string]$n) "ok $n" }
k AB
k ab

#### a leading \G anchors each match where the last ended
'aaab' -replace '\Ga', 'x'
[regex]::Matches('aab a', '\Ga').Count
'xab' -match '\Gab'
[regex]::Matches('1,2,3x4', '\G(\d),?') | ForEach-Object { $_.Groups[1].Value }
([regex]'\Gb').Match('ab', 1).Success
[regex]::Match('aaa', '\G(a)+').Groups[1].Captures.Count

#### named blocks
'α' -match '\p{IsGreek}'
'a' -match '\p{IsBasicLatin}'
'é' -match '\P{IsBasicLatin}'
'a' -match '[\p{IsGreek}a]'
'Zoë Ωmega' -replace '[^\p{IsBasicLatin}]', '?'
'ﭐ' -match '\p{IsArabicPresentationForms-A}'
'a' -match '\p{isgreek}'
