# DateTime and TimeSpan arithmetic, comparison, casts, New-TimeSpan and TimeSpan's list view. Fixed dates
# only (no current time), and no DateTime printed in its culture-dependent display form.

#### DateTime minus DateTime prints a TimeSpan list
$start = [datetime]'2026-01-02'
$end = [datetime]'2026-01-05 13:45:30.250'
$end - $start

#### TimeSpan members
$d = [datetime]'2026-01-05 13:45:30.250' - [datetime]'2026-01-02'
$d.GetType().FullName
$d.Days; $d.Hours; $d.Minutes; $d.Seconds; $d.Milliseconds; $d.Ticks
$d.TotalDays; $d.TotalHours; $d.TotalMinutes; $d.TotalSeconds; $d.TotalMilliseconds

#### TimeSpan as text
$d = [timespan]'1.02:03:04.5'
"$d"
$d.ToString()
$d.ToString('c')
$d.ToString('g')
$d.ToString('G')
$d.ToString('hh\:mm')
([timespan]'-00:30:00').ToString()

#### [timespan] casts
[timespan]'01:02:03' | ForEach-Object ToString
[timespan]'10:30' | ForEach-Object ToString
[timespan]'5' | ForEach-Object ToString
[timespan]90 | ForEach-Object ToString

#### [timespan] cast of a bad string
[timespan]'nope'

#### [datetime] cast of a bad string
[datetime]'nope'

#### [timespan] cast prints a list
[timespan]'01:02:03'

#### DateTime plus and minus TimeSpan
$s = [datetime]'2026-01-02'
$span = [timespan]'3.13:45:30.25'
($s + $span).ToString('yyyy-MM-dd HH:mm:ss.fff')
($s - $span).ToString('s')
($s + '01:00:00').ToString('s')
$s.Add($span).ToString('s')
$s.Subtract($span).ToString('s')
$s.Subtract([datetime]'2025-12-25').ToString()

#### DateTime minus a number is ambiguous
$d = [datetime]'2026-01-02'
$d - 5

#### TimeSpan arithmetic
$a = [timespan]'3.13:45:30.25'
($a + $a).ToString()
($a - [timespan]'1.00:00:00').ToString()
([timespan]'01:02:03' + '00:00:01').ToString()
([timespan]'01:00:00').Negate().ToString()
([timespan]'-01:00:00').Duration().ToString()

#### DateTime comparisons
$s = [datetime]'2026-01-02'
$e = [datetime]'2026-01-05'
$s -lt $e; $s -gt $e; $s -eq [datetime]'2026-01-02'; $e -ge $s; $s -le $s; $s -ne $e
$s -lt '2026-02-01'
$s -eq '2026-01-02'

#### TimeSpan comparisons
$a = [timespan]'01:00:00'
$a -gt [timespan]'00:30:00'; $a -lt '02:00:00'; $a -eq [timespan]'01:00'; $a -le '00:59:59'

#### Sorting dates and spans
$dates = [datetime]'2026-01-02', [datetime]'2025-05-01', [datetime]'2026-01-01'
($dates | Sort-Object | ForEach-Object { $_.ToString('yyyy-MM-dd') }) -join ','
$spans = [timespan]'2:00', [timespan]'1:00', [timespan]'-1:00'
($spans | Sort-Object -Descending | ForEach-Object ToString) -join ','
($dates | Measure-Object).Count

#### Add methods
$d = [datetime]'2026-01-31 10:00'
$d.AddDays(-30).ToString('yyyy-MM-dd')
$d.AddMonths(1).ToString('yyyy-MM-dd')
$d.AddYears(-1).ToString('yyyy-MM-dd')
$d.AddHours(20).ToString('yyyy-MM-dd HH:mm')
$d.AddMinutes(-90).ToString('HH:mm')
$d.AddSeconds(30.5).ToString('HH:mm:ss.fff')
$d.AddTicks(10000).ToString('HH:mm:ss.fff')
$d.TimeOfDay.ToString()

#### New-TimeSpan
(New-TimeSpan -Start ([datetime]'2026-01-02') -End ([datetime]'2026-03-01')).ToString()
(New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4).ToString()
(New-TimeSpan -Hours 30).ToString()
(New-TimeSpan -Minutes 90 -Milliseconds 5).ToString()
(New-TimeSpan -Start '2026-01-02' -End '2026-01-03').TotalHours
New-TimeSpan '2026-01-01' '2026-01-02' | ForEach-Object TotalDays

#### New-TimeSpan prints a list
New-TimeSpan -Minutes 90

#### New-TimeSpan with a bad date
New-TimeSpan -Start nope -End '2026-01-01'

#### TimeSpan statics
[timespan]::Zero.ToString()
[timespan]::FromMinutes(90).ToString()
[timespan]::FromDays(1.5).ToString()
[timespan]::FromSeconds(1).Ticks
[datetime]::Today.GetType().FullName
[datetime]::Now.Kind
[datetime]::UtcNow.Kind
[datetime]::Today.TimeOfDay.ToString()
[datetime]::Today -le [datetime]::Now

#### Date and span types
[datetime].FullName
[System.TimeSpan].Name

#### TimeSpan type
[timespan]
