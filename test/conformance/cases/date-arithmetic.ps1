# DateTime and TimeSpan operators as .NET's operator methods (op_Addition, op_Subtraction, op_Multiply,
# op_Division) and PowerShell's overload choice: the left operand's type, or the right one's after a number,
# a Boolean or $null. Fixed dates only; no DateTime printed in its culture-dependent display form.

#### TimeSpan times and divided by a number
([timespan]'1:00' * 2).ToString()
([timespan]'1:00' * 2.5).ToString()
([timespan]'1:00' * '3').ToString()
([timespan]'1:00' * -1).ToString()
([timespan]'1:00' * $true).ToString()
([timespan]'1:00' * $null).ToString()
(2 * [timespan]'1:00').ToString()
(0.5 * [timespan]'1:00').ToString()
([timespan]'1:00' / 2).ToString()
([timespan]'1:00' / 2.5).ToString()
([timespan]'1:00' / '3').ToString()
([timespan]'0:0:0.0000003' / 2).Ticks

#### TimeSpan divided by a TimeSpan is a Double
$r = [timespan]'1:00' / [timespan]'0:30'
$r; $r.GetType().FullName
[timespan]'1:00' / [timespan]'0:40'
$r = 0 / [timespan]'1:00'
$r; $r.GetType().FullName

#### TimeSpan times a TimeSpan has no overload
[timespan]'1:00' * [timespan]'1:00'

#### TimeSpan divided by zero
[timespan]'1:00' / 0

#### TimeSpan divided by NaN
[timespan]'1:00' / [double]::NaN

#### TimeSpan times text that is no number
[timespan]'1:00' * '0:30'

#### TimeSpan times a date
[timespan]'1:00' * [datetime]'2026-01-02'

#### TimeSpan divided by a date is ambiguous
[timespan]'1:00' / [datetime]'2026-01-02'

#### TimeSpan divided by a Boolean is ambiguous
[timespan]'1:00' / $true

#### TimeSpan has no op_Modulus
[timespan]'1:00' % 2

#### A number plus or minus a TimeSpan is ticks
(1 + [timespan]::Zero).Ticks
(1 + [timespan]::Zero).GetType().FullName
(1 - [timespan]'1:00').ToString()
('3' - [timespan]'1:00').Ticks
($null - [timespan]'1:00').ToString()
($null + [timespan]'1:00').ToString()
([timespan]'1:00' + 1).Ticks
([timespan]'1:00' - [long]5).Ticks
([timespan]'1:00' + 2.0).ToString()
([timespan]'1:00' + '0:30').ToString()

#### A fraction is no TimeSpan
[timespan]'1:00' + 2.5

#### A fraction before a TimeSpan is no TimeSpan
2.5 + [timespan]'1:00'

#### A Boolean is no TimeSpan
[timespan]'1:00' - $true

#### A Boolean before a TimeSpan
$true + [timespan]'1:00'

#### $null is no TimeSpan to add
[timespan]'1:00' + $null

#### A date is no TimeSpan to add
[timespan]'1:00' + [datetime]'2026-01-02'

#### Text before a TimeSpan concatenates or repeats
'x' + [timespan]'1:00'
'3' * [timespan]'1:00'

#### Text that is no number before a TimeSpan
'x' - [timespan]'1:00'

#### Date plus and minus
$d = [datetime]'2026-01-02'
($d + [timespan]'1:00').ToString('s')
($d - [timespan]'1:00').ToString('s')
($d + '3').ToString('s')
($d - [timespan]'1:00' * 2).ToString('s')
$t = $d - [datetime]'2026-01-01'
$t.GetType().FullName; $t.TotalHours
($d + [timespan]'1:00' - $d).ToString()

#### Date plus a date
[datetime]'2026-01-02' + [datetime]'2026-01-01'

#### A number plus a date
1 + [datetime]'2026-01-02'

#### Date plus $null
[datetime]'2026-01-02' + $null

#### Date plus text that is no TimeSpan
[datetime]'2026-01-02' + 'x'

#### Date minus $null has no overload
[datetime]'2026-01-02' - $null

#### Date minus a Boolean is ambiguous
[datetime]'2026-01-02' - $true

#### A Boolean minus a date
$true - [datetime]'2026-01-02'

#### Date times a number
[datetime]'2026-01-02' * 2

#### A number times a date
2 * [datetime]'2026-01-02'

#### Date divided
[datetime]'2026-01-02' / 2

#### Date modulus
5 % [datetime]'2026-01-02'

#### $null times a date or span is $null
$null -eq ($null * [datetime]'2026-01-02'); $null -eq ($null * [timespan]'1:00')

#### Comparisons of dates and spans
$d = [datetime]'2026-03-01'
$d.AddDays(-30) -lt $d; $d.AddDays(30) -gt $d; $d -eq [datetime]'2026-03-01'; $d -ne $d.AddTicks(1)
(New-TimeSpan -Days 1) -gt [timespan]'12:00'
(New-TimeSpan -Hours 12) -eq [timespan]'12:00'
[timespan]'1:00' -lt [timespan]'0:30' * 3
([datetime]'2026-01-02' - [datetime]'2026-01-01') -ge (New-TimeSpan -Hours 24)

#### Sorting dates and spans with Sort-Object
$dates = [datetime]'2026-03-01', [datetime]'2025-12-31', [datetime]'2026-01-15'
($dates | Sort-Object | ForEach-Object { $_.ToString('yyyy-MM-dd') }) -join ' '
($dates | Sort-Object -Descending | ForEach-Object { $_.ToString('yyyy-MM-dd') }) -join ' '
$spans = [timespan]'1:00' * 3, [timespan]'0:30', (New-TimeSpan -Days 1)
($spans | Sort-Object | ForEach-Object ToString) -join ' '
($dates | Measure-Object -Minimum -Maximum).Maximum.ToString('yyyy-MM-dd')

#### A [char] before a TimeSpan is its code, but concatenates to +
([char]'a' * [timespan]'1:00').Ticks
([char]'a' - [timespan]'1:00').Ticks
[char]'a' / [timespan]'1:00'
[char]'a' + [timespan]'1:00'

#### An array is no TimeSpan to add
[timespan]'1:00' + @(1)
