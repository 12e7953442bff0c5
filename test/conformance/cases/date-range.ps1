# DateTime and TimeSpan at the ends of their ranges: MinValue and MaxValue, ticks past 2^53 kept exact
# (Int64), .NET's overflow errors, the From* factories and constructors, text forms with seven-digit
# fractions, comparison and sorting. Dates print through explicit formats (ToString('o'), Ticks): their
# display form follows the culture (docs/language.md), as the one display case below shows.

#### DateTime.MaxValue displays as its long date and time
[datetime]::MaxValue

#### DateTime.MinValue and MaxValue ticks
[datetime]::MinValue.Ticks
[datetime]::MaxValue.Ticks
[datetime]::MaxValue.Ticks.GetType().FullName
[datetime]::MaxValue.ToString('o')
[datetime]::MinValue.ToString('o')
[datetime]::MaxValue.Kind

#### Ticks of an ordinary date are exact
(Get-Date '2024-01-01').Ticks
([datetime]'2024-01-01').AddTicks(1).Ticks
([datetime]'2024-01-01').AddTicks(12345678).ToString('HH:mm:ss.fffffff')
([datetime]'9999-12-31').Ticks
([datetime]'9999-12-31T23:59:59.9999999').Ticks
(Get-Date -Date '9999-12-31T23:59:59.9999999').Ticks

#### Ticks as Int64 arithmetic
[datetime]::MaxValue.Ticks - 1
[datetime]::MaxValue.Ticks + 1
[datetime]::MaxValue.Ticks % 10000000
[long][datetime]::MaxValue.Ticks
[timespan]::MaxValue.Ticks / 2
[timespan]::MaxValue.Ticks + 1
[decimal][timespan]::MaxValue.Ticks
[timespan]::MaxValue.Ticks -eq [long]::MaxValue
[datetime]::MaxValue.Ticks -gt 3155378975999999998

#### An Int64 past Int32 does not convert to [int]
[int][timespan]::MaxValue.Ticks

#### Ticks in format strings
'{0:N0}' -f [datetime]::MaxValue.Ticks
[timespan]::MaxValue.Ticks.ToString('N0')
'{0}|{0:D20}|{0:X}' -f [timespan]::MinValue.Ticks
"$([timespan]::MinValue.Ticks)"

#### DateTime parts at MaxValue
$d = [datetime]::MaxValue
$d.Year; $d.Month; $d.Day; $d.Hour; $d.Minute; $d.Second
$d.Millisecond; $d.Microsecond; $d.Nanosecond
$d.DayOfYear; $d.DayOfWeek; [datetime]::MinValue.DayOfWeek
$d.Date.Ticks
$d.TimeOfDay.ToString()

#### TimeOfDay at MaxValue keeps every tick
[datetime]::MaxValue.TimeOfDay

#### Format-List of DateTime.MaxValue
[datetime]::MaxValue | Format-List Year, Ticks, Millisecond, Microsecond, Nanosecond, TimeOfDay

#### DateTime.MaxValue in text forms
[datetime]::MaxValue.ToString('yyyy-MM-dd HH:mm:ss.fffffff')
[datetime]::MaxValue.ToString('yyyy-MM-ddTHH:mm:ss.FFFFFFFK')
'{0:yyyy-MM-ddTHH:mm:ss.fffffff}' -f [datetime]::MaxValue
'{0,30:yyyy-MM-dd HH:mm:ss.fffffff}|' -f [datetime]::MaxValue.AddTicks(-1234567)
'{0:o}|{0:s}' -f [datetime]::MinValue
[datetime]::MaxValue.ToString('s'); [datetime]::MaxValue.ToString('u'); [datetime]::MaxValue.ToString('R')
'{0:yyyy-MM-dd HH:mm:ss.fff}' -f [datetime]::MinValue
"$([datetime]::MaxValue)"
[datetime]::MaxValue.ToUniversalTime().ToString('o')

#### Get-Date at the ends of the range
Get-Date -Date ([datetime]::MaxValue) -Format o
Get-Date -Date ([datetime]::MinValue) -UFormat '%Y-%m-%d %H:%M:%S'
Get-Date -Date ([datetime]::MaxValue) -UFormat '%Y-%m-%d %H:%M:%S %j'

#### DateTime from ticks
[datetime]::new(3155378975999999999).ToString('o')
[datetime]::new(638396640000000001).ToString('o')
[datetime]::new(0).Ticks
[datetime]::new(9999,12,31,23,59,59,999).Ticks
[datetime]::new(1,1,1).Ticks
([datetime]3155378975999999999).ToString('o')
([datetime]0).ToString('o')
([datetime][long]0).Ticks

#### DateTime constructor with ticks past MaxValue
[datetime]::new(3155378976000000000)

#### DateTime constructor with negative ticks
[datetime]::new(-1)

#### Cast of ticks past MaxValue to DateTime
[datetime]3155378976000000000

#### Cast of negative ticks to DateTime
[datetime]-1

#### Cast of a five-digit year to DateTime
[datetime]'10000-01-01'

#### Cast of month 13 to DateTime
[datetime]'2024-13-01'

#### AddTicks past MaxValue
[datetime]::MaxValue.AddTicks(1)

#### AddTicks before MinValue
[datetime]::MinValue.AddTicks(-1)

#### AddTicks over the whole range
[datetime]::MinValue.AddTicks(3155378975999999999).ToString('o')
[datetime]::MaxValue.AddTicks(-3155378975999999999).Ticks

#### AddTicks of Int64 extremes
[datetime]::MaxValue.AddTicks(-3155378976000000000)
[datetime]::MaxValue.AddTicks([long]::MinValue)
[datetime]::MaxValue.AddTicks(9223372036854775807)

#### AddYears past 9999
[datetime]::MaxValue.AddYears(1)

#### AddYears to year 1 and before
[datetime]::MaxValue.AddYears(-9998).ToString('o')
[datetime]::MaxValue.AddYears(-10000)

#### AddYears past 10000 years
[datetime]::MaxValue.AddYears(10001)

#### AddMonths past the range
[datetime]::MaxValue.AddMonths(1)
[datetime]::MaxValue.AddMonths(-119988)
[datetime]::MinValue.AddMonths(119987).ToString('o')

#### AddMonths past 120000 months
[datetime]::MinValue.AddMonths(120001)

#### AddDays past MaxValue
[datetime]::MaxValue.AddDays(1)

#### AddDays past every DateTime
[datetime]::MaxValue.AddDays(1e10)

#### AddDays just past the whole range
[datetime]::MinValue.AddDays(3652058.99999999)

#### AddMilliseconds before MinValue
[datetime]::MinValue.AddMilliseconds(-1)

#### The Double adders at the ends of their ranges
[datetime]::MaxValue.AddDays(-3652058).ToString('o')
[datetime]::MaxValue.AddHours(-87649415).ToString('o')
[datetime]::MinValue.AddSeconds(315537897599).ToString('o')
[datetime]::MinValue.AddMilliseconds(315537897599999).ToString('o')
[datetime]::MaxValue.AddDays(-1.5).ToString('o')

#### The Double adders past their ranges
[datetime]::MinValue.AddMilliseconds(315537897599999.9)
[datetime]::MinValue.AddMinutes(5258964959.9)

#### A fraction of a millisecond is added in ticks
[datetime]::MinValue.AddDays(0.00000001).Ticks
[datetime]::MaxValue.AddSeconds(-0.0000001).Ticks
[datetime]::MaxValue.AddMilliseconds(-0.5).Ticks

#### AddDays of NaN adds nothing
[datetime]::MaxValue.AddDays([double]::NaN).Ticks

#### Date plus a TimeSpan past MaxValue
[datetime]::MaxValue + [timespan]::FromDays(1)

#### Date minus a TimeSpan before MinValue
[datetime]::MinValue - [timespan]::FromTicks(1)

#### The error of date arithmetic past the range
try { [datetime]::MaxValue + [timespan]1 } catch { $_.FullyQualifiedErrorId }
try { [datetime]::MaxValue.AddTicks(1) } catch { $_.FullyQualifiedErrorId }
try { [datetime]::MaxValue.AddMonths(1) } catch { $_.FullyQualifiedErrorId }
try { [datetime]::MaxValue.AddDays(1e10) } catch { $_.FullyQualifiedErrorId }

#### Add and Subtract past the range
[datetime]::MinValue.Add([timespan]::MaxValue)

#### Subtract a negative span past MaxValue
[datetime]::MaxValue.Subtract([timespan]::FromTicks(-1))

#### The whole range as a TimeSpan
$r = [datetime]::MaxValue - [datetime]::MinValue
$r.Ticks; $r.ToString()
([datetime]::MinValue + $r).ToString('o')
[datetime]::MaxValue.Subtract([datetime]::MinValue).Ticks
([datetime]::MinValue - [datetime]::MaxValue).Ticks
$a = [datetime]::MaxValue; $b = $a.AddTicks(-1); ($a - $b).Ticks; ($a - $b).TotalMilliseconds
(New-TimeSpan -Start ([datetime]::MinValue) -End ([datetime]::MaxValue)).Ticks
(New-TimeSpan -Start ([datetime]::MaxValue) -End ([datetime]::MinValue)).ToString()

#### The whole range as a list
[datetime]::MaxValue - [datetime]::MinValue

#### Comparisons of dates at the ends
[datetime]::MaxValue -gt [datetime]::MinValue
[datetime]::MaxValue.AddTicks(-1) -lt [datetime]::MaxValue
[datetime]::MaxValue.AddTicks(-1) -eq [datetime]::MaxValue
[datetime]::MaxValue -ge [datetime]::MaxValue.AddTicks(-1)
[datetime]'9999-12-31 23:59:59.9999999' -eq [datetime]::MaxValue
[datetime]::MaxValue -eq '9999-12-31T23:59:59.9999999'
[datetime]::MaxValue.Equals([datetime]::MaxValue)
[datetime]::MaxValue.Equals([datetime]::MaxValue.AddTicks(-1))
[datetime]::MaxValue.CompareTo([datetime]::MinValue)
[datetime]::MinValue.CompareTo([datetime]::MinValue)
[datetime]::MaxValue.Date -eq [datetime]'9999-12-31'

#### Sorting dates one tick apart
[datetime]::MaxValue, [datetime]::MinValue, [datetime]::MaxValue.AddTicks(-1), [datetime]'2024-01-01' | Sort-Object | ForEach-Object Ticks
[datetime]::MaxValue, [datetime]::MaxValue.AddTicks(-1) | Sort-Object -Descending | ForEach-Object Ticks
([datetime]::MaxValue, [datetime]::MinValue | Measure-Object -Maximum).Maximum.GetType().FullName
[datetime]::MaxValue, [datetime]::MinValue | Measure-Object -Property Ticks -Maximum -Minimum | ForEach-Object { $_.Maximum; $_.Minimum }

#### ConvertTo-Json of DateTime MinValue and MaxValue
[datetime]::MaxValue | ConvertTo-Json
[datetime]::MinValue | ConvertTo-Json

#### TimeSpan.MaxValue
[timespan]::MaxValue

#### TimeSpan.MinValue
[timespan]::MinValue

#### TimeSpan.MaxValue after a date shows every property
[datetime]'2024-01-01' | Out-Null
'x'
[timespan]::MaxValue

#### TimeSpan.MinValue as Format-List
[timespan]::MinValue | Format-List

#### TimeSpan.MaxValue every property
[timespan]::MaxValue | Format-List *

#### TimeSpan.MaxValue parts
$t = [timespan]::MaxValue
$t.Days; $t.Hours; $t.Minutes; $t.Seconds; $t.Milliseconds; $t.Microseconds; $t.Nanoseconds
$t.Ticks; $t.Ticks.GetType().FullName; $t.Days.GetType().Name
$t.TotalDays; $t.TotalHours; $t.TotalMinutes; $t.TotalSeconds; $t.TotalMilliseconds
$t.TotalMicroseconds; $t.TotalNanoseconds; $t.TotalDays.GetType().Name
[timespan]::Zero.Ticks.GetType().Name

#### TimeSpan.MinValue parts
$t = [timespan]::MinValue
$t.Days; $t.Hours; $t.Minutes; $t.Seconds; $t.Milliseconds; $t.Microseconds; $t.Nanoseconds
$t.Ticks; $t.TotalDays; $t.TotalMilliseconds; $t.TotalNanoseconds

#### TimeSpan edges in text forms
[timespan]::MaxValue.ToString()
[timespan]::MinValue.ToString()
[timespan]::MaxValue.ToString('g'); [timespan]::MaxValue.ToString('G'); [timespan]::MinValue.ToString('G')
[timespan]::MaxValue.ToString('dddddddd\.hh\:mm\:ss\.FFFFFFF')
[timespan]::MinValue.ToString('%d')
'{0}' -f [timespan]::MaxValue
'{0:c}|{0:g}|{0:G}' -f [timespan]::MinValue
'{0:dd\.hh\:mm\:ss\.fffffff}' -f [timespan]::MaxValue
"$([timespan]::MaxValue)"
[string][timespan]::MinValue
[timespan]::FromTicks(-1).ToString('g'); [timespan]::FromTicks(-1).ToString('G')

#### TimeSpan from ticks
[timespan]::FromTicks(9223372036854775807).ToString()
[timespan]::FromTicks(-9223372036854775808).ToString()
[timespan]::FromTicks([long]::MaxValue).Hours
[timespan]::new(9223372036854775807).Ticks
[timespan]::new(-9223372036854775808).ToString()
([timespan]9223372036854775807).ToString()
[timespan]::FromTicks(1.5).Ticks

#### TimeSpan constructor with ticks past Int64
[timespan]::new(9223372036854775808)

#### FromTicks with ticks past Int64
[timespan]::FromTicks(9223372036854775808)

#### TimeSpan constructors up to MaxValue
[timespan]::new(10675199, 2, 48, 5, 477).Ticks
[timespan]::new(-10675199, -2, -48, -5, -477, -580).Ticks

#### TimeSpan constructor past MaxValue
[timespan]::new(10675199, 2, 48, 5, 478)

#### TimeSpan constructor with Int32 days past MaxValue
[timespan]::new(2147483647, 0, 0, 0)

#### The From factories up to MaxValue
[timespan]::FromDays(1).Ticks.GetType().FullName
[timespan]::FromDays(10675199).Ticks
[timespan]::FromDays(-10675199).Ticks
[timespan]::FromHours(256204778).Ticks
[timespan]::FromMinutes(15372286728).Ticks
[timespan]::FromSeconds(922337203685).Ticks
[timespan]::FromMilliseconds(922337203685477).Ticks
[timespan]::FromMicroseconds(922337203685477580).Ticks
[timespan]::FromMicroseconds(5).Ticks

#### The From factories truncate a fraction of a tick
[timespan]::FromSeconds(1.5).Ticks
[timespan]::FromMilliseconds(0.00005).Ticks
[timespan]::FromMilliseconds(1.23456789).Ticks
[timespan]::FromMinutes(1.23456789012).Ticks
[timespan]::FromSeconds(-1.99999999).Ticks
[timespan]::FromDays('2').Ticks

#### The From factories of .NET 9 with several parts
[timespan]::FromHours(1, 30).Ticks
[timespan]::FromDays(1, 2, 3, 4, 5, 6).Ticks
[timespan]::FromMilliseconds(-922337203685477, -580).Ticks

#### FromDays with whole days past MaxValue
[timespan]::FromDays(10675200)

#### FromDays with a Double past MaxValue
[timespan]::FromDays(1e10)

#### FromDays with a fraction past MaxValue
[timespan]::FromDays(10675199.5)

#### FromHours past MaxValue
[timespan]::FromHours(256204779)

#### FromSeconds past MaxValue
[timespan]::FromSeconds(922337203686)

#### FromMilliseconds past MaxValue
[timespan]::FromMilliseconds(922337203685478)

#### FromMicroseconds past MaxValue
[timespan]::FromMicroseconds(922337203685477581)

#### FromDays of NaN
[timespan]::FromDays([double]::NaN)

#### FromDays of infinity
[timespan]::FromDays([double]::PositiveInfinity)

#### The errors of the From factories
try { [timespan]::FromDays(10675200) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [timespan]::FromDays(1, 2147483647) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [timespan]::FromDays(1e10) } catch { $_.FullyQualifiedErrorId }
try { [timespan]::FromTicks(9223372036854775808) } catch { $_.FullyQualifiedErrorId }

#### TimeSpan text at the ends of the range
([timespan]'10675199.02:48:05.4775807').Ticks
([timespan]'-10675199.02:48:05.4775808').Ticks
[timespan]'10675199.02:48:05.4775807' -eq [timespan]::MaxValue

#### TimeSpan text past MaxValue
[timespan]'10675199.02:48:05.4775808'

#### TimeSpan text of whole days past MaxValue
[timespan]'10675200'

#### TimeSpan text with hours past 23
[timespan]'1.24:00:00'

#### TimeSpan plus one tick past MaxValue
[timespan]::MaxValue + 1

#### TimeSpan plus a span past MaxValue
[timespan]::MaxValue + [timespan]::FromTicks(1)

#### TimeSpan minus past MinValue
[timespan]::MinValue - 1

#### TimeSpan minus MinValue
[timespan]::MaxValue - [timespan]::MinValue

#### Negating TimeSpan.MinValue with the operator
-[timespan]::MinValue

#### Negating TimeSpan.MaxValue
(-[timespan]::MaxValue).Ticks
[timespan]::MaxValue.Negate().Ticks
[timespan]::MinValue.Add([timespan]::MaxValue).Ticks

#### Negate of TimeSpan.MinValue
[timespan]::MinValue.Negate()

#### Duration of TimeSpan.MinValue
[timespan]::MinValue.Duration()

#### TimeSpan.Add past MaxValue
[timespan]::MaxValue.Add([timespan]::FromTicks(1))

#### TimeSpan.Subtract past MaxValue
[timespan]::MaxValue.Subtract([timespan]::FromTicks(-1))

#### TimeSpan times 2 past MaxValue
[timespan]::MaxValue * 2

#### TimeSpan divided by a half past MaxValue
[timespan]::MaxValue / 0.5

#### TimeSpan times and divided near MaxValue
([timespan]::MaxValue / 2).Ticks
([timespan]::MaxValue * 0.5).Ticks
[timespan]::MaxValue / [timespan]::FromTicks(3)
[timespan]::MaxValue.Subtract([timespan]::FromTicks(1)).Ticks

#### The errors of TimeSpan overflows
try { [timespan]::MaxValue + 1 } catch { $_.FullyQualifiedErrorId }
try { -[timespan]::MinValue } catch { $_.FullyQualifiedErrorId }
try { [timespan]::MinValue.Negate() } catch { $_.FullyQualifiedErrorId }
try { [timespan]::MaxValue.Add([timespan]1) } catch { $_.FullyQualifiedErrorId }
try { [timespan]'99999999.00:00:00' } catch { $_.FullyQualifiedErrorId }

#### Comparisons of spans one tick apart
[timespan]::MaxValue -gt [timespan]::MinValue
[timespan]::MaxValue -eq [timespan]::FromTicks(9223372036854775806)
[timespan]::MaxValue -ne [timespan]::MaxValue
[timespan]::MaxValue -lt [timespan]::MinValue
[timespan]::MaxValue.CompareTo([timespan]::FromTicks(9223372036854775806))
[timespan]::MaxValue.Equals([timespan]::FromTicks(9223372036854775806))
([timespan]::MaxValue - [timespan]::FromTicks(1)) -eq ([timespan]::MaxValue - [timespan]::FromTicks(2))
[timespan]::MaxValue -eq '10675199.02:48:05.4775807'
[timespan]::MinValue -lt 0
[timespan]::MaxValue -gt 9223372036854775806

#### Sorting spans one tick apart
$spans = [timespan]::MaxValue, [timespan]::Zero, [timespan]::MinValue, [timespan]::FromTicks(9223372036854775806)
$spans | Sort-Object | ForEach-Object Ticks
$spans | Sort-Object -Descending | ForEach-Object Ticks
[timespan]::MaxValue, [timespan]::MinValue | Sort-Object Ticks | ForEach-Object Ticks
[timespan]::MaxValue, [timespan]::FromTicks(9223372036854775806) | Sort-Object -Unique | ForEach-Object Ticks
[timespan]::MaxValue, [timespan]::MaxValue | Get-Unique | ForEach-Object Ticks
Compare-Object @([timespan]::MaxValue) @([timespan]::FromTicks(9223372036854775806)) | ForEach-Object { $_.InputObject.Ticks }
[timespan]::MaxValue, [timespan]::MinValue | Measure-Object -Property Ticks -Sum | ForEach-Object Sum

#### TimeSpan MaxValue in a table
[timespan]::MaxValue | Select-Object Ticks, TotalDays | Format-Table -AutoSize
[datetime]::MaxValue | Select-Object Ticks, Year | Format-Table

#### ConvertTo-Json of TimeSpan MaxValue and MinValue
[timespan]::MaxValue | ConvertTo-Json
@{ t = [timespan]::MinValue } | ConvertTo-Json -Compress
[timespan]::FromDays(1) | ConvertTo-Json -Compress

#### New-TimeSpan up to MaxValue
(New-TimeSpan -Days 10675199 -Hours 2 -Minutes 48 -Seconds 5 -Milliseconds 477).Ticks

#### New-TimeSpan past MaxValue
New-TimeSpan -Days 10675200
'after'

#### New-TimeSpan past MaxValue is a terminating error
New-TimeSpan -Days 10675200 -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()

#### Int64 division and conversion messages
[long]::MaxValue / 2
([long]::MaxValue - 1) / 2
[int]([long]::MaxValue)

#### Int64 past 2^53 in format strings
[long]::MaxValue.ToString('N0'); [long]::MinValue.ToString('X')
'{0:D20}' -f [long]::MaxValue
'{0:E3}' -f [long]::MaxValue
'{0:#,#}' -f [long]::MinValue
'{0:G}' -f [ulong]::MaxValue
'{0:x}' -f [ulong]::MaxValue
'{0:F2}' -f [long]::MinValue
'{0}|{1}' -f [long]::MaxValue, [ulong]::MaxValue

#### Export-Clixml and Import-Clixml of the ends of both ranges
[timespan]0, [timespan]'1:00', [timespan]-1, [timespan]'1.00:00', [timespan]'0:0:1.5', [timespan]::MinValue, [timespan]::MaxValue, [timespan]'1.00:00:01', [timespan]'0:01' | Export-Clixml ts.xml
Get-Content ts.xml
Import-Clixml ts.xml | ForEach-Object { '{0} {1}' -f $_.GetType().Name, $_.Ticks }
[datetime]::MinValue, [datetime]'0099-06-01', [datetime]::MaxValue | Export-Clixml dt.xml
Get-Content dt.xml
Import-Clixml dt.xml | ForEach-Object { $_.ToString('o') }
