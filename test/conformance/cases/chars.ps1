# System.Char: indexing a string gives a [char]; it computes as its UTF-16 code, prints, joins and
# matches as its character, and compares as LanguagePrimitives compares a char (other operand converted
# to [char]; -eq ignoring case). Recorded with pwsh 7.6.10.

#### string index is a char
'Hello'[0]
('Hello'[0]).GetType().FullName
'Hello'[-1]
'abc'[5]
'abc'[0,1]
'abc'[0] -is [char]
'abc'[0] -is [string]

#### char arithmetic
'Hello'[0] - 'Hello'[-1]
$c = 'abc'[1]
$c - 1
1 - $c
1 + $c
3 * $c
$c / 2
-$c
('abc'[0] - 1).GetType().Name
('abc'[0] - 1L).GetType().Name

#### char plus concatenates
$c = 'abc'[1]
$c + 1
'a' + $c
$c + $c
'abc'[0] + 1.5

#### char casts
[int]"abc"[0]
[double]'Hello'[0]
[long]'abc'[-1]
'{0}' -f [int]"abc"[-1]
[string]'abc'[0]
('abc'[0] -as [string]).GetType().Name
[char]65
[char]'A' + 1

#### char cast errors
[char]'ab'

#### [char[]] from text
[char[]]'abc'
([char[]]'abc').GetType().FullName
([char[]]'').Count
[int[]][char[]]'ab'
[string][char[]]'abc'
-join [char[]]'abc'

#### a collection never casts to a scalar
[int]@('abc'[0])

#### scalar cast of one-element string array
[double]('5' -split ',')

#### char equality
'abc'[0] -eq 'a'
'abc'[0] -eq 'A'
'abc'[0] -ceq 'A'
'abc'[0] -eq 97
97 -eq 'abc'[0]
'A' -eq 'abc'[0]
'abc'[-1] -eq 99.0
'abc'[-1] -eq '99'
'abc'[0] -eq @('a')
[char]'a' -eq [char]'A'
[char]'a' -ceq [char]'A'
[char]'ß' -eq 'SS'

#### char ordering
'abc'[0] -gt 'B'
'abc'[0] -lt 98
0b101 -lt 'abc'[0]
'abc'[0] -gt $null
'abc'[-1] -gt '9'

#### char compare with text of two characters
"abc"[0] -lt "abc"

#### char compare with a double
"abc"[-1] -gt [double]3

#### char compare with a negative number
("abc"[-1]) -le 0xFFFFFFFF

#### char compare with a Boolean
'abc'[0] -lt $true

#### char compare with a hashtable
"abc"[0] -le @{ a = 1 }

#### char compare with an array
"abc"[0] -lt @('b')

#### char compare failure is catchable
try { 'abc'[0] -lt 'ab' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }

#### chars in -contains and -in
'a','b' -contains 'abc'[0]
'abc'[0] -in 97
'abc'[0] -in 'A'
[char[]]'abc' -contains 'A'
'A' -in [char[]]'abc'
[char[]]'abc' -eq 'B'

#### chars in text operators
'abc'[0] -join ','
-join 'abc'[0]
'abc'[0] -split 'x'
'a,b' -split ','[0]
'abc'[0] -replace 'a', 'z'
'xax' -replace 'abc'[0], 'z'
'abc'[0] -like 'A'
'abc'[0] -match 'A'

#### chars in -f
'{0}-{1:N1}' -f "abc"[-1], 42
'{0:x}' -f 'abc'[0]
'{0,5}|' -f 'abc'[0]
'{0:N2}' -f [char]65

#### char output and expansion
Write-Output ('Hello'[-1])
$c = 'abc'[1]
"x$c y"

#### char in a hashtable
@{ c = 'abc'[0] }

#### char in a custom object
[pscustomobject]@{ c = 'abc'[0] }

#### char operators that are not defined
$c = 'abc'[1]
$c * 3

#### char times text
'Hello'[0] * 'x'

#### char times null
'abc'[0] * $null

#### char shift
'abc'[0] -shl 1

#### char increment
$a = 'abc'[0]; $a++; $a

#### char compound assignment
$c = [char]'a'; $c -= 1; $c; $c.GetType().Name
$a = 'abc'[0]; $a += 1; $a

#### char bitwise
'abc'[0] -band 0xF
'abc'[0] -bxor [char]'b'
-bnot 'abc'[0]

#### chars as hashtable keys
$h = @{}; $h['abc'[0]] = 1
$h['a']
$h[[char]'a']
$h.Keys | ForEach-Object { $_.GetType().Name }
$h = @{ [char]'a' = 1; 'a' = 2 }; $h.Count
$h = @{ [char]'a' = 1 }; $h.ContainsKey('a'); $h.ContainsKey([char]'a')
@{ 'abc'[0] = 1 }

#### foreach over text does not enumerate
foreach ($c in 'abc') { "[$c]" }
'abc' | ForEach-Object { $_.GetType().Name }
'abc'.ToCharArray() | ForEach-Object { [int]$_ }

#### chars in the pipeline
'cba'.ToCharArray() | Sort-Object
'abc'.ToCharArray() | Where-Object { $_ -eq 'B' }
'abc'.ToCharArray() | ForEach-Object { $_ + 1 }

#### chars grouped
'abc'.ToCharArray() | Group-Object

#### char members
'abc'[0].ToString()
'abc'[0].Equals('a')
'abc'[0].Equals('abc'[0])
'abc'[0].CompareTo([char]'c')
('abc'[0]).Length

#### char Get-Member
'abc'[0] | Get-Member | Select-Object -First 3 | Format-Table -AutoSize

#### char CompareTo with text
'abc'[0].CompareTo('b')

#### char statics
[char]::IsDigit('5')
[char]::IsLetter('abc'[0])
[char]::IsWhiteSpace(' ')
[char]::IsUpper('abc'[0])
[char]::ToUpper('abc'[0])
[char]::ToLower('Q')
[int][char]::MaxValue
[int][char]::MinValue

#### string methods with char arguments
'abc'.IndexOf('abc'[1])
'abc'.Split('abc'[1])
'abc'.Contains('abc'[1])
'abc'.Replace('abc'[1], 'x')
'abc'.Trim('abc'[0])
