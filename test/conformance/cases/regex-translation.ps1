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

#### a matrix of patterns and inputs through Matches
$patterns = @(
 '\w+', '\W+', '\d+', '\s+', '\b\w', '\B\w', '^\w+$', '(?m)^\w+$', '(?i)AB', 'a(?i)B', '(?i:a)B', '[^\w\s]',
 '[\d-x]', '[a-c-[b]]+', '[\w-[\d_]]+', '(?<x>\w)(?<y>\d)?', '(\w)\1', '(?<n>\w)\k<n>', '(?>\w+)\d', '(?x) \w + # c',
 '(?s).+', '.+', '\S+\s?', '[\p{Lu}]+', '\p{Ll}+', '[^\p{L}]+', '\p{IsBasicLatin}+', '(a|b)+', '(?:(\w)-)+',
 '(?n)(\w)(?<k>\d)', '\x41|\u0062', '[\x41-\x43]+', '(?i)[\x41-\x43]+', 'é', '(?i)É', '(?i:[À-Ö])+', '\bé', 'a{2,}', 'a{,2}', '\t|\n',
 '(?<=\d)\w', '(?<!\d)\w\b', '\w(?=\d)', '\w(?!\d)', '$', '^', '\Z', '\z', '(?m)$', '(?-i:A)', 'x*', '(?i)ǅ'
)
$inputs = @('Abc123 déf_4 XY-z', "line1`nLINE2`n", 'aab aAbB éÉ ǆ', 'AbC-1a b2 _x', '')
foreach ($p in $patterns) {
  foreach ($s in $inputs) {
    try {
      $ms = [regex]::Matches($s, $p)
      $t = ($ms | ForEach-Object { '{0}:{1}[{2}]' -f $_.Index, $_.Length, (($_.Groups | Select-Object -Skip 1 | ForEach-Object { "$($_.Name)=$($_.Success)/$($_.Value)" }) -join ',') }) -join ' '
      "$p | $($s.Length) | $t"
    } catch { "$p | ERR $($_.Exception.InnerException.GetType().Name)" }
  }
}

#### a matrix of patterns, inputs and options through Matches
$patterns = @(
 '(?<a>\w)(\d)(?<b>x)?', '(a)(?:(b)|c)*', '(?<n>a)(?<n>b)?', '(\d)(?<n>\d)(\d)',
 '(?i)straße', '(?i)STRASSE', '[[:alpha:]]', '[a\]]+', '[]a]+', '[^]a]+', '[\]]', '\[\w+\]', 'a\.b', '\$\d', '(?x)[ ]a', '(?x)a\#b',
 '(?i)[^a-z]+', '(?-i)[A-Z]+', '\0', '\cJ', '[\s\S]{2}', '(?=(\w))', '()', '\d{2,3}?', '(?i)ı', '(?i)İ'
)
$inputs = @('a1x b2 c33 ab ba', 'STRASSE straße [ab] a.b $5 a#b', "x`ny`n", 'İı iI')
foreach ($p in $patterns) {
  foreach ($s in $inputs) {
    foreach ($o in 'None', 'IgnoreCase', 'ExplicitCapture', 'IgnorePatternWhitespace') {
      try {
        $ms = [regex]::Matches($s, $p, $o)
        $t = ($ms | ForEach-Object { '{0}:{1}[{2}]' -f $_.Index, $_.Length, (($_.Groups | Select-Object -Skip 1 | ForEach-Object { "$($_.Name)=$($_.Success)/$($_.Value)/$($_.Captures.Count)" }) -join ',') }) -join ' '
        "$p | $o | $($s.Length) | $t"
      } catch { "$p | $o | ERR" }
    }
  }
}
