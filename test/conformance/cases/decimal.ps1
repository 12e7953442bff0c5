# System.Decimal: a 96-bit integer mantissa with a scale 0..28 and a sign, as .NET keeps it. The scale
# shows (1.10d prints 1.10): literals and Decimal.Parse keep it, + and - keep the larger scale, * adds
# the scales, / keeps the natural scale when exact and up to 28-29 significant digits otherwise, all
# rounded half to even; conversions to integers round half to even, formats round half away from zero.
# Recorded with pwsh 7.6.10.

#### literals keep their scale
1.10d
1.000d
0.0d
-1.50d
1d
(1.10d).GetType().FullName

#### literals with exponents and multipliers
1e2d
1.5e-3d
12.50e1d
1.0e1d
1.5dkb
.5d
1.d

#### literals past 28 decimals round half to even
1.00000000000000000000000000005d
1.00000000000000000000000000015d
0.00000000000000000000000000001d
12345678901234567890123456789.5d

#### literals at the range's edge
79228162514264337593543950335d
-79228162514264337593543950335d
79228162514264337593543950335
(79228162514264337593543950335).GetType().Name

#### literal past the range is not valid
123456789012345678901234567890d

#### hex with d is a hex digit
0x10d
(0x10d).GetType().Name

#### casts from text
[decimal]'1.50'
[decimal]'1,000.50'
[decimal]'  12.5  '
[decimal]'1.5d'
[decimal]'-1.50d'
[decimal]'1e2'
[decimal]'1kb'
[decimal]'0x1F'
[decimal]''
[decimal]$null

#### cast from bad text
[decimal]'abc'

#### casts from integers, booleans and doubles
[decimal]1
[decimal]9223372036854775807
[decimal]$true
[decimal]1.1
[decimal](0.1 + 0.2)
[decimal]3.14159265358979
[decimal]1e20
[decimal]1.23456789012345678e-10
[decimal]1e-28
[decimal]5e-29
[decimal]123456789.123456789

#### cast from a double past the range
[decimal]1e30

#### cast from NaN
[decimal][double]::NaN

#### to integers with banker's rounding
[int]2.5d
[int]3.5d
[int]-2.5d
[int]0.5d
[long]123456789012345.5d
[uint64]18446744073709551615d
[byte]254.5d

#### to byte past its range
[byte]255.5d

#### to int past its range
[int]2147483647.5d

#### to double and single
[double]1.10d
[double](1d/3)
[float]1.10d
([double]1.10d).GetType().Name

#### addition and subtraction keep the larger scale
1.10d + 1
1.10d - 1.1d
1.1d - 1.10d
0.1000000000000000000000000001d + 1
7922816251426433759354395033.5d + 0.05d

#### multiplication adds the scales
1.20d * 2
1.5d * 1.5d
1.10d * 1
1.0000000000000000000000000001d * 1.0000000000000000000000000001d
0.0000000000000000000000000001d * 0.1d
0.0000000000000000000000000001d * 0.5d
0.0000000000000000000000000003d * 0.5d

#### division
1d / 3
2d / 3
10d / 4
1.0d / 2
100d / 3
1d / 7
1.000d / 3
1d / 3 * 3
7d / 7
1.00d / 4
1d / 0.5d
1.0d / 0.25d
1.50d / 0.5d
2.40d / 1.2d
1.00d / 1
79228162514264337593543950335d / 10

#### division drops the zeros rounding leaves
1d / 77
1d / 92
1000000d / 77

#### division that rounds drops every trailing zero
0.0000000000000000000000000001d / 2
0.0000000000000000000000000199d / 2
0.0000000000000000000000000100d / 1
0.0000000000000000000000000001d / 3
-0.0000000000000000000000000001d / 3
1.9999999999999999999999999999d / 2.0000000000000000000000000001d

#### sums at the range's edge round half to even
79228162514264337593543950335d + 0.4d
79228162514264337593543950334d + 0.5d
79228162514264337593543950335d - 0.5d
7.9228162514264337593543950335d * 10
79228162514264337593543950335d + 0.5d

#### remainder
5.5d % 2
-7.5d % 2
7d % -2.5d
10.00d % 3

#### unary minus and plus
-5.50d
- -5.50d
+1.10d
(-1.10d).GetType().Name
$z = 0.0d
-$z

#### increment and decrement keep the scale
$a = 1.10d
$a++
$a
$a--
$a
++$a
$a.GetType().Name

#### compound assignment
$x = 5.50d
$x += 1
$x
$x -= 0.5d
$x
$x *= 2
$x
$x /= 4
$x
$x %= 1
$x

#### which type wins
(1.5 + 1d).GetType().Name
(1d + 1.5).GetType().Name
1.5 + 1d
1d + 0.1
0.1 + 0.2d
(1d + 1L).GetType().Name
(1 + 1d).GetType().Name
(5uy + 1d).GetType().Name
1ul + -1
(1ul + -1).GetType().Name
1d + [char]'a'

#### text and null operands
1d + '1.50'
'1.50' + 1d
2d * '1.5'
1d - $null
$null + 1.10d
1.10d + $null

#### overflow of a result
79228162514264337593543950335d + 1

#### overflow caught
try { 79228162514264337593543950335d * 2 } catch { $_.Exception.GetType().FullName; $_.Exception.Message; $_.FullyQualifiedErrorId }

#### overflow of a double operand
1d + 1e30

#### division by zero
1d / 0

#### remainder by zero
try { 1d % 0d } catch { $_.Exception.Message }

#### increment past the range
$b = 79228162514264337593543950335d
try { $b++ } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$b

#### comparisons
1.10d -eq 1.1
1.10d -eq 1.10
0.1000000000000000000000000001d -eq 0.1d
0.1000000000000000000000000001d -gt 0.1d
1d -lt 1.5
1d -lt 1e30
1d -eq [double]::NaN
1.10d -eq '1.1'
'1.1' -eq 1.10d
2 -eq 2.0d
2L -lt 2.5d
1.5d -in 1.5, 2
1d -eq $true

#### sorting
3.3d, 1.10d, 2d, -0.5d | Sort-Object
3.3d, 1.10d, 2d | Sort-Object -Descending | Select-Object -First 1

#### measure
(1.10d, 2.25d | Measure-Object -Sum).Sum
(1.10d, 2.25d | Measure-Object -Sum).Sum.GetType().Name
(1.10d, 2.25d | Measure-Object -Maximum).Maximum

#### string forms
"$(1.10d)"
"a $(1.10d) b"
[string]1.10d
(1.10d).ToString()
$a = @(1.10d, 2.20d)
"$a"
$a -join ','

#### format strings
(1.10d).ToString('N2')
(1234.5d).ToString('N')
(1.10d).ToString('G')
(1.10d).ToString('G2')
(1.10d).ToString('E')
(1.10d).ToString('F4')
(1.10d).ToString('P')
(1.10d).ToString('#.###')
(1.10d).ToString('R')

#### format strings round half away from zero
'{0:N2}' -f 1.005d
'{0:N2}' -f 1.015d
'{0:F0}' -f 2.5d
'{0:F0}' -f 3.5d
'{0:C}' -f 1234.565d
'{0:0.00}' -f 1.005d
'{0:0.00}' -f -0.001d
'{0:F2}' -f -0.001d
'{0} {1:N1} {2,8:F3}|' -f 1.10d, 2.25d, -3.14159d

#### integer formats are invalid
try { (1.10d).ToString('D') } catch { $_.Exception.Message }
try { (1.10d).ToString('X') } catch { $_.Exception.Message }

#### table and list
[pscustomobject]@{A=1.10d;B=1.555d;C=-0.001d;D=100d} | Format-Table
[pscustomobject]@{A=1.10d;B=1.555d;C=-0.001d;D=100d} | Format-List

#### table without thousands separators
[pscustomobject]@{A=1234.5d;B=2} | Format-Table

#### json
1.10d | ConvertTo-Json
@{a=1.10d} | ConvertTo-Json -Compress
@(1.10d, 2) | ConvertTo-Json -Compress

#### math round
[math]::Round(1.125d, 2)
[math]::Round(2.5d)
[math]::Round(3.5d)
[math]::Round(-2.5d)
[math]::Round(1.10d, 5)
[math]::Round(2.50d)
[math]::Round(1.005d, 2, 'AwayFromZero')
[math]::Round(2.5d, [MidpointRounding]::AwayFromZero)
[math]::Round(1.23456d, 3, [MidpointRounding]::ToNegativeInfinity)
([math]::Round(2.5d)).GetType().Name
[math]::Round(1.5d, 28)

#### math round past 28 digits
try { [math]::Round(1.5d, 29) } catch { $_.Exception.Message }

#### math floor ceiling truncate abs sign
[math]::Floor(1.5d)
[math]::Floor(-1.50d)
[math]::Floor(2.000d)
([math]::Floor(1.5d)).GetType().Name
[math]::Ceiling(1.10d)
[math]::Ceiling(-0.5d)
[math]::Truncate(-1.75d)
[math]::Abs(-1.10d)
([math]::Abs(-1.10d)).GetType().Name
[math]::Sign(-1.5d)

#### math max and min
[math]::Max(1.10d, 1.1d)
[math]::Max(1.1d, 1.10d)
[math]::Max(1d, 2)
([math]::Max(1d, 2)).GetType().Name
([math]::Max(1d, 1.5)).GetType().Name
([math]::Max(1.5, 1d)).GetType().Name
[math]::Min(1.5d, 2.25d)
[math]::Max(1.10d, 1.1)

#### decimal statics
[decimal]::Parse('1.50')
[decimal]::Parse(' -1,000.50 ')
[decimal]::MaxValue
[decimal]::MinValue
[decimal]::Zero
[decimal]::One
[decimal]::MinusOne
[decimal]::Round(2.345d, 2)

#### decimal parse failures
try { [decimal]::Parse('abc') } catch { $_.Exception.Message }
try { [decimal]::Parse('1e3') } catch { $_.Exception.Message }

#### arrays and conversions
[decimal[]]@('1.5', 2, 3.25)
([decimal[]]@(1)).GetType().FullName
1.10d -as [int]
1.10d -is [decimal]
2.5 -as [decimal]
'1.10' -as [decimal]

#### output through the pipeline
Write-Output 1.10d
1.10d | ForEach-Object { $_ * 2 }
$h = @{ v = 1.10d }
$h.v

#### bitwise operators round to even
1d -band 3
2.5d -bor 1
3.5d -bxor 0

#### typed variables convert
[int]$i = 2.5d
$i
[decimal]$y = '1.50'
$y
$y = 2.25
$y
$y.GetType().Name

#### more format strings
"{0:N2}" -f [decimal]::MaxValue
"{0:E2}" -f 1234.5d
"{0:G3}" -f 1234.5d
"{0:G5}" -f 0.000012345d
"{0:G5}" -f 0.00012345d
"{0:P1}" -f 0.125d
"{0:#,##0.00}" -f 1234567.891d
"{0:0.##}" -f 2.5d
"{0:0}" -f 2.5d
"{0:0}" -f -2.5d

#### convert class
[Convert]::ToInt32(2.5d)
[Convert]::ToDouble(1.10d)
[Convert]::ToString(1.10d)
[Convert]::ToInt64(3.5d)

#### averages and sums are doubles
$list = 1.10d, 2.5
$list | Measure-Object -Sum | Select-Object -ExpandProperty Sum
(1.10d, 2.25d | Measure-Object -Average).Average
(0.1d + 0.2d) -eq 0.3d
(0.1 + 0.2) -eq 0.3

#### text comparisons against a decimal
1.10d -gt '1.05'
10d -lt '9'
[decimal]'79228162514264337593543950335.4'

#### text operators see the scale
1.10d -replace '0$', 'X'
1.10d -like '*0'
1.10d -match '10$'
$Matches[0]
1.10d -split '\.'
-split 1.10d
1.10d -join ','
1, 2 -join 1.10d
1.10d -f 1
@(1.10d, 2.20d) -replace '0$', 'Y'
@(1.10d, 2.5d) -like '*0'
@(1.10d, 2.5d) -eq 1.1
1.10d -contains 1.1
1.1 -in 1.10d
1.10d -as [string]

#### text forms of mixed arithmetic
$x = 1.10d
$x += '1.5'
$x
[decimal]'1.5' * '2'
"v=$(2.50d)" -split '='
[decimal]::Parse('100') / 8
1.10d -as [double]
(1.10d -as [double]).GetType().Name
1.10d -as [long]
[string[]]@(1.10d, 2d)
[decimal]1.1 * 3
1d / 3 + 1d / 3 + 1d / 3
(1d / 3).ToString('F30')
(2d / 3).ToString('N28')

#### Math Round Floor Ceiling Truncate of integers are Decimals
([math]::Round(2, 2)).GetType().Name; ([math]::Round(5L, 1)).GetType().Name; ([math]::Floor(5)).GetType().Name; ([math]::Ceiling([int16]5)).GetType().Name; ([math]::Truncate(5)).GetType().Name; ([math]::Round(7, 1, [MidpointRounding]::AwayFromZero)).GetType().Name; ([math]::Round(2.5, 1)).GetType().Name; ([math]::Round('2.55', 1)).GetType().Name; ([math]::Abs(-3)).GetType().Name; [math]::Round(6 / 2)
