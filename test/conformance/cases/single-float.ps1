# [single]/[float] as System.Single, and Double's text: display (G15/G7) against ToString()'s shortest round-trip digits.

#### single cast and type
[single]0.1
([single]0.1).GetType().FullName
[float]2.5
([float]2.5).GetType().Name

#### single display is G7
[single](1/3)
[single]3.14159265358979
[single]123456789
[single]16777217
[single]1e20
[single]1e-10
[single]12345.678
[single]-0.000012345
[single]1000000
[single]10000000
[single]0.0001
[single]0.00001

#### single ToString is the shortest round-trip text
([single](1/3)).ToString()
([single]16777217).ToString()
([single]0.1).ToString()
([single]1e7).ToString()
([single]1e8).ToString()
([single]1e9).ToString()
([single]1.5e9).ToString()
([single]-0.0).ToString()
([single]::MaxValue).ToString()

#### single in strings and format operator
"$([single](1/3))"
"a $([single]0.1)"
[string][single](1/3)
[single]0.1 -as [string]
'{0}' -f [single](1/3)
'{0}' -f [single]::MaxValue
'{0:N3}' -f [single](1/3)
'{0:F9}' -f [single]0.1
'{0:G}' -f [single]0.1
([single](1/3)).ToString('G')
([single]123456789).ToString('R')
([single]123456789).ToString('G9')
([single]1.5).ToString('N2')

#### single arithmetic promotes to double
[float]1/3
([single]1/3).GetType().FullName
[single]0.1 + 1
([single]0.1 + [int]1).GetType().FullName
[single]0.1 + 0.2
([single]0.1 + 0.2).GetType().FullName
[single]0.1 * [single]3
([single]0.1 * [single]3).GetType().FullName
[single]5 / 2
[single]7 % 2.5
-([single]0.1)
[single]0.1 + [single]0.2
$x = [single]0.5; $x += 1; $x.GetType().Name
$x = [single]0.5; $x++; $x.GetType().Name

#### single with decimal
[single]0.1 + 1d
([single]0.1 + 1d).GetType().FullName
[decimal][single]0.1
[double][single]0.1

#### single statics
[single]::MaxValue
[single]::MinValue
[single]::Epsilon
[single]::NaN
[single]::PositiveInfinity
[single]::NegativeInfinity
([single]::MaxValue).GetType().FullName
[float]::MaxValue.GetType().Name
[single]::MaxValue * 2
[single]::Epsilon -gt 0
[single]::NaN -eq [single]::NaN
[single]::Parse('1.25')
([single]::Parse('1.25')).GetType().Name

#### single Parse failure
[single]::Parse('abc')

#### single comparisons and type tests
[single]3 -eq 3
[single]0.1 -eq 0.1
[single]0.5 -eq 0.5
[single]1.1 -eq '1.1'
[single]0.1 -lt 0.2
[single]2 -gt [single]1
[single]0.1 -in 0.1, 0.2
3 -is [single]
[single]3 -is [float]
[single]3.5 -is [double]
[single]2 -like '2'
[single](2.5) -replace '5','7'
([single]1.1 -split '\.')[1]

#### single conversions
'2.5' -as [single]
([single]'2.5').GetType().Name
[single]'-1.5e3'
[single]'  2.5  '
[single]'1e39'
[single]'1e-50'
[single]'0x10'
[single]'1,5'
[single]1e39
[int][single]2.5
[single]$true
[single]$null
[single]1 -as [double]
[single]1.5 -as [int]
[System.Single]0.25
[int]$i = 1; [single]$i

#### single conversion error
[single]'abc'

#### single arrays
[single[]](1,2.5)
([single[]](1,2.5)).GetType().FullName
$a = [single[]](1.5, 2); $a[0].GetType().Name

#### single in math, json and measure
[math]::Sqrt([single]2)
[math]::Round([single]2.567, 2)
[single]0.1 | ConvertTo-Json
@{a=[single]0.1} | ConvertTo-Json -Compress
[single]1 | ConvertTo-Json
[single]::MaxValue | ConvertTo-Json
[single]0.1,[single]0.2 | Measure-Object -Sum | ForEach-Object Sum

#### single Get-Member
[single]2 | Get-Member -MemberType Method | Select-Object -First 3 -ExpandProperty Name
[single]2 | Get-Member | Select-Object -First 1 -ExpandProperty TypeName

#### single in a table and a list
[pscustomobject]@{a=[single](1/3); b=[single]2}
[single]0.1 | Format-List

#### double display against ToString
1/3
(1/3).ToString()
"$(1/3)"
'{0}' -f (1/3)
0.1+0.2
(0.1+0.2).ToString()
"$(0.1+0.2)"
2/3*3
(2/3).ToString()

#### double large and small values
1e16
(1e16).ToString()
(1e17).ToString()
1e15
(1e15).ToString()
123456789012345678
[double]123456789012345678
(123456789012345678.0).ToString()
(1234567890123456.0).ToString()
(12345678901234567890.0).ToString()
(1e-5).ToString()
(0.0001).ToString()
1e-5
(1.5e300).ToString()

#### double limits
[double]::MaxValue
([double]::MaxValue).ToString()
"$([double]::MaxValue)"
[double]::MinValue
[double]::Epsilon
"$([double]::Epsilon)"

#### double standard formats
(1/3).ToString('G')
'{0:G}' -f (1/3)
(1/3).ToString('R')
'{0:R}' -f (1/3)
(1e21).ToString('R')
(1e21).ToString()
'{0:R}' -f 1e21
(0.1).ToString('G3')
(1e20).ToString('G3')
(1234.5).ToString('G2')
(1e-5).ToString('G')
(1/3).ToString('G5')
(12345.678).ToString('G3')
'{0:R}' -f 0.1
'{0:g4}' -f 123456
(0.1).ToString('F20')
(1.1).ToString('E')

#### double in strings and joins
$x = 1/3; "$x"
[string](1/3)
(1/3),(2/3) -join ','
1/3 -eq '0.333333333333333'
[double]::Parse('1.5')

#### double Parse failure
[double]::Parse('x')

#### value types
[single]1.5 -is [ValueType]
5 -is [ValueType]
'x' -is [ValueType]
(Get-Date) -is [ValueType]
$true -is [ValueType]
[ConsoleColor]::Red -is [ValueType]
[ConsoleColor]::Red -is [enum]
5 -is [enum]
1.5 -isnot [ValueType]
@(1) -is [ValueType]
$null -is [ValueType]
[char]'a' -is [ValueType]
5d -is [ValueType]
