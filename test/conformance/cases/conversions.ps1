# Conversions and comparisons between operand types: collections to scalars, the binder's comparison
# rules (numbers, text, $null, collections, hashtables), and BigInteger arithmetic.

#### array cast to a number
[int][array]'5'

#### one-element array to int
[int]@('a')

#### string array to double
[double]'a,b'.Split(',')

#### array to char and datetime
[char]@('a')
[datetime]@('2020-01-01')

#### array to string and bool still convert
[string]@(1, @(2, 3))
[bool]@('a')

#### nested array text
"$(@(1, @(2, 3)))"
@(1, @(2, 3)) -join ','

#### typed parameter refuses an array
function f([int]$x) { $x }
f @(5)

#### comparison converts text to the left type
10l -le 'contoso'

#### decimal left reads text as decimal
3d -lt 'Hello'

#### could not compare array
0x10 -gt @('a', 'b')

#### could not compare hashtable
1kb -le @{ a = 1 }

#### cannot compare hashtable
@{ a = 1 } -lt 5

#### cannot compare element of a collection
@(1, 'a', @(1)) -lt 2

#### pscustomobject is not comparable
[pscustomobject]@{ a = 1 } -lt 5

#### null comparisons with numbers
0 -le $null
0 -gt $null
$null -gt -1
-1 -lt $null

#### null comparisons with text
"`e" -gt $null
'a' -lt $null
$null -lt 'a'
$null -ge $null

#### bool and enum comparisons
$true -lt 'contoso'
[ConsoleColor]::Red -lt 'Yellow'
[ConsoleColor]::Red -eq 'Red'

#### enum comparison with a bad name
[ConsoleColor]::Red -gt 'x'

#### datetime comparison failure
[datetime]'2020-01-01' -lt 'abc'

#### number compared with a datetime
5 -lt [datetime]'2020-01-01'

#### bigint comparison text
100n -lt 'abc'

#### bigint with doubles
100n + 1.5
.25 + 100n
(.25 + 100n).GetType().Name
2.5d + 100n
1.9 * 100n
7.9 / 2n
'1.5' - 100n
$true * 100n

#### bigint argument conversion
100n - @('abc')

#### bigint divide by zero
100n / 0

#### bigint casts
[bigint]'1,000'
[bigint]'5.5'
[bigint]-5.7
[bigint]'12abc'

#### decimal operator method
3d + @(1)

#### boolean and decimal
$true / 3d

#### boolean times null
$true * $null

#### string repeat count is trimmed
'ab' * 'x y '

#### split count conversion
'a' -split @('b', 'x y')

#### split options conversion
'a' -split @('b', 2, 'Nope')

#### datetime to int
[int][datetime]'2020-01-01'

#### contains and in use the element on the left
5 -in '5'
'5' -in 5
@(1, '2') -contains 2
