# The date and time members admin scripts reach for beyond DateTime's basics: DateTime's statics
# (DaysInMonth, IsLeapYear, file times, OLE dates, binary form, TryParseExact) and instance conversions,
# TimeSpan's Parse family, DateTimeOffset as a type of its own, TimeZoneInfo with explicit zone ids
# (pwsh reads the machine's zone once, so $env:TZ set at run time changes nothing), and ConvertFrom-Json
# reading ISO dates as DateTime. Dates print through ToString('o') or "$d" (invariant) where the shell's
# en-US culture would differ from pwsh's invariant one (docs/language.md).

#### DateTime statics: DaysInMonth, IsLeapYear, Compare, UnixEpoch
[datetime]::DaysInMonth(2026, 2)
[datetime]::DaysInMonth(2028, 2)
[datetime]::IsLeapYear(2028)
[datetime]::IsLeapYear(1900)
[datetime]::Compare([datetime]'2026-01-01', [datetime]'2025-01-01')
[datetime]::Compare([datetime]'2026-01-01', [datetime]'2026-01-01')
[datetime]::UnixEpoch.ToString('o')
[datetime]::UnixEpoch.Kind
[datetime]::Equals([datetime]'2026-01-01', [datetime]'2026-01-01')

#### DateTime statics: range errors
[datetime]::DaysInMonth(2026, 13)
[datetime]::IsLeapYear(0)
[datetime]::FromFileTimeUtc(-1)
[datetime]::FromOADate(3e6)

#### File times, OLE Automation dates and the binary form
$d = [datetime]'2026-03-15 10:30:45.123'
$d.ToFileTimeUtc()
[datetime]::FromFileTimeUtc(0).ToString('o')
[datetime]::FromFileTimeUtc($d.ToFileTimeUtc()).ToString('o')
[datetime]::FromFileTime(0).Kind
$d.ToOADate()
[datetime]::FromOADate(45000.5).ToString('o')
[datetime]::FromOADate(-1.5).ToString('o')
([datetime]'1899-12-29 18:00').ToOADate()
([datetime]'0001-01-01').ToOADate()
$d.ToBinary()
[datetime]::SpecifyKind($d, 'Utc').ToBinary()
[datetime]::FromBinary($d.ToBinary()).ToString('o')
[datetime]::FromBinary([datetime]::SpecifyKind($d, 'Utc').ToBinary()).Kind
([datetime]'1600-01-01').ToFileTimeUtc()
([datetime]'0001-01-02').ToOADate()

#### AddMicroseconds, Microsecond, Nanosecond, IsDaylightSavingTime of a UTC time
$d = [datetime]'2026-03-15 10:30:45.123'
$d.AddMicroseconds(5).Microsecond
$d.AddMicroseconds(1.7).Ticks - $d.Ticks
$d.AddTicks(3).Nanosecond
[datetime]::SpecifyKind($d, 'Utc').IsDaylightSavingTime()

#### TryParseExact: the out reference must hold a DateTime
$r = [datetime]::MinValue
[datetime]::TryParseExact('15/03/2026', 'dd/MM/yyyy', $null, 'None', [ref]$r)
$r.ToString('o')
[datetime]::TryParseExact('x', 'dd/MM/yyyy', [cultureinfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::None, [ref]$r)
$r.ToString('o')
[datetime]::TryParseExact('2026-03-15', [string[]]('dd/MM/yyyy', 'yyyy-MM-dd'), $null, 'None', [ref]$r)
$s = $null
[datetime]::TryParseExact('15/03/2026', 'dd/MM/yyyy', $null, 'None', [ref]$s)

#### TimeSpan Parse and TryParse
[timespan]::Parse('1.02:03:04').TotalHours
[timespan]::Parse('10').ToString()
[timespan]::Parse('1:2').ToString()
[timespan]::Parse('-1.02:03:04.5').ToString()
$t = [timespan]::Zero
[timespan]::TryParse('1:30', [ref]$t)
$t.ToString()
[timespan]::TryParse('nope', [ref]$t)
$t.ToString()

#### TimeSpan Parse errors
[timespan]::Parse('x')
[timespan]::Parse('25:00')
[timespan]::Parse('1:60')
[timespan]::Parse($null)

#### TimeSpan ParseExact
[timespan]::ParseExact('01:30', 'hh\:mm', $null).ToString()
[timespan]::ParseExact('0130', 'hhmm', [cultureinfo]::InvariantCulture).ToString()
[timespan]::ParseExact('0130', 'c', $null).ToString()
[timespan]::ParseExact('2.03:04', 'd\.hh\:mm', $null).ToString()
[timespan]::ParseExact('01:30', 'zz', $null)
[timespan]::FromMicroseconds(5).Ticks

#### DateTimeOffset from text: properties
$o = [datetimeoffset]'2026-01-01T00:00:00+02:00'
$o.GetType().FullName
$o.Offset.ToString()
$o.TotalOffsetMinutes
$o.Ticks
$o.UtcTicks
$o.Year, $o.Month, $o.Day, $o.Hour, $o.DayOfWeek, $o.DayOfYear -join ','
$o.DateTime.Kind
$o.UtcDateTime.Kind
$o.LocalDateTime.Kind
$o.DateTime.ToString('o')
$o.UtcDateTime.ToString('o')
$o.Date.ToString('o')
$o.TimeOfDay.ToString()

#### DateTimeOffset text forms
$o = [datetimeoffset]'2026-01-01T00:00:00+02:00'
"$o"
$o.ToString('yyyy-MM-dd HH:mm:ss zzz K')
$o.ToString('o')
$o.ToString('u')
$o.ToString('s')
$o.ToString('r')
$o.ToString('zz z')
"$([datetimeoffset]'2026-06-30T23:59:59.1234567-05:30')"
([datetimeoffset]'2026-06-30T23:59:59.1234567Z').ToString('o')

#### DateTimeOffset Unix time
([datetimeoffset]'2026-01-01T00:00:00+02:00').ToUnixTimeSeconds()
([datetimeoffset]'2026-01-01T00:00:00+02:00').ToUnixTimeMilliseconds()
[datetimeoffset]::FromUnixTimeSeconds(1700000000).UtcDateTime.ToString('o')
[datetimeoffset]::FromUnixTimeMilliseconds(0).Year
"$([datetimeoffset]::FromUnixTimeSeconds(-1))"
([datetimeoffset]'1969-12-31T23:59:59.5Z').ToUnixTimeSeconds()
[datetimeoffset]::FromUnixTimeSeconds(1e15)

#### DateTimeOffset statics
"$([datetimeoffset]::MinValue)"
"$([datetimeoffset]::MaxValue)"
"$([datetimeoffset]::UnixEpoch)"
[datetimeoffset]::Now.GetType().Name
[datetimeoffset]::UtcNow.Offset.ToString()
"$([datetimeoffset]::Parse('2026-03-01 10:00 -03:00'))"
"$([datetimeoffset]::ParseExact('2026-03-01 +01:00', 'yyyy-MM-dd zzz', $null))"
$r = [datetimeoffset]::MinValue
[datetimeoffset]::TryParse('2026-05-05T05:05:05+05:00', [ref]$r)
"$r"
[datetimeoffset]::TryParse('garbage', [ref]$r)
"$r"
[datetimeoffset]::Parse('x')

#### DateTimeOffset conversions and arithmetic
$o = [datetimeoffset]'2026-01-01T00:00:00+02:00'
"$($o.ToUniversalTime())"
"$($o.ToOffset([timespan]'-05:00'))"
"$($o.AddHours(5))"
"$($o.AddDays(-1.5))"
"$($o.AddMonths(2))"
"$($o.Add([timespan]'1.00:00'))"
$o.Subtract([datetimeoffset]'2026-01-01T00:00:00Z').ToString()
"$($o.Subtract([timespan]'01:00'))"
$o.ToLocalTime().UtcTicks -eq $o.UtcTicks

#### DateTimeOffset comparisons
$o = [datetimeoffset]'2026-01-01T00:00:00+02:00'
$o -eq [datetimeoffset]'2025-12-31T22:00:00Z'
$o -lt [datetimeoffset]'2025-12-31T23:00:00Z'
$o -gt [datetimeoffset]'2025-12-31T23:00:00Z'
$o.Equals([datetimeoffset]'2025-12-31T22:00:00Z')
$o.EqualsExact([datetimeoffset]'2025-12-31T22:00:00Z')
$o.CompareTo([datetimeoffset]'2026-01-01T00:00:00Z')
$o -eq '2025-12-31T22:00:00Z'
[datetimeoffset]::Compare($o, $o.AddTicks(1))
$o -is [datetimeoffset]
[datetimeoffset]'2026-01-01T00:00:00Z', [datetimeoffset]'2025-01-01T00:00:00Z' | Sort-Object | ForEach-Object { "$_" }

#### DateTimeOffset from a DateTime and constructors
"$([datetimeoffset]([datetime]::SpecifyKind([datetime]'2026-01-01', 'Utc')))"
"$([datetimeoffset]::new(2026, 1, 2, 3, 4, 5, [timespan]'-03:00'))"
"$(New-Object DateTimeOffset 2026, 1, 2, 3, 4, 5, ([timespan]'05:30'))"
"$([datetimeoffset]::new(639028224000000000, [timespan]::Zero))"
"$([datetimeoffset]::new([datetime]'2026-01-01', [timespan]'01:00'))"
[datetimeoffset]::new([datetime]'2026-01-01', [timespan]'15:00')
[datetimeoffset]::new([datetime]'2026-01-01', [timespan]'01:00:30')
[datetimeoffset]'garbage'

#### DateTimeOffset in lists and tables
$o = [datetimeoffset]'2026-01-01T00:00:00+02:00'
$o | Format-List Offset, TotalOffsetMinutes, Year, DayOfWeek, UtcTicks
$o | Select-Object Offset, TotalOffsetMinutes, Year | Format-Table

#### DateTimeOffset and JSON
$o = [datetimeoffset]'2026-01-01T00:00:00+02:00'
$o | ConvertTo-Json
@{ a = $o } | ConvertTo-Json -Compress
[datetimeoffset]'2026-01-01T10:00:00.5Z' | ConvertTo-Json

#### ConvertFrom-Json reads ISO dates as DateTime
$j = '{"a":"2026-01-01T00:00:00+02:00","b":"2026-01-01T00:00:00Z","c":"2026-01-01T00:00:00","d":"2026-01-01","e":"2026-01-01T10:00","f":"/Date(1700000000000)/","g":"2026-13-01T00:00:00","h":"2026-01-01T10:00:00.1234567z"}' | ConvertFrom-Json
$j.a.GetType().Name, $j.a.Kind, $j.a.ToUniversalTime().ToString('o') -join ' '
$j.b.GetType().Name, $j.b.Kind, $j.b.ToString('o') -join ' '
$j.c.GetType().Name, $j.c.Kind, $j.c.ToString('o') -join ' '
$j.d.GetType().Name, $j.e.GetType().Name, $j.g.GetType().Name -join ' '
$j.f.Kind, $j.f.ToString('o') -join ' '
$j.h.ToString('o')
('{"a":"2026-01-01T00:00:00Z"}' | ConvertFrom-Json -AsHashtable).a.GetType().Name

#### TimeZoneInfo: UTC and the machine's zone
[TimeZoneInfo]::Utc.Id
[TimeZoneInfo]::Utc | Format-List
"$([TimeZoneInfo]::Utc)"
[TimeZoneInfo]::Utc.GetType().FullName
[TimeZoneInfo]::Local.Id.Length -gt 0
[TimeZoneInfo]::Local -is [TimeZoneInfo]
[TimeZoneInfo]::GetSystemTimeZones().Count -gt 300

#### TimeZoneInfo by IANA id
$z = [TimeZoneInfo]::FindSystemTimeZoneById('Europe/Paris')
$z.Id, $z.HasIanaId, $z.DisplayName, $z.StandardName, $z.DaylightName, $z.BaseUtcOffset, $z.SupportsDaylightSavingTime -join '|'
$z.GetUtcOffset([datetime]'2026-07-01').ToString()
$z.GetUtcOffset([datetime]'2026-01-01').ToString()
$z.IsDaylightSavingTime([datetime]'2026-07-01')
$z.IsDaylightSavingTime([datetime]'2026-01-01')
$z.IsDaylightSavingTime([datetime]::SpecifyKind([datetime]'2026-03-29 01:30', 'Utc'))
$z.GetUtcOffset([datetimeoffset]'2026-07-01T00:00:00Z').ToString()
"$z"
[TimeZoneInfo]::FindSystemTimeZoneById('europe/paris').Id
[TimeZoneInfo]::FindSystemTimeZoneById('utc').Id
foreach ($id in 'America/New_York', 'Asia/Tokyo', 'Asia/Kolkata', 'Europe/London', 'Etc/UTC', 'Etc/GMT+5') {
  $z = [TimeZoneInfo]::FindSystemTimeZoneById($id)
  $z.Id, $z.DisplayName, $z.StandardName, $z.BaseUtcOffset, $z.SupportsDaylightSavingTime -join '|'
}

#### TimeZoneInfo by Windows id
foreach ($id in 'Eastern Standard Time', 'GMT Standard Time', 'Romance Standard Time', 'Pacific Standard Time', 'W. Europe Standard Time', 'Tokyo Standard Time') {
  $z = [TimeZoneInfo]::FindSystemTimeZoneById($id)
  $z.Id, $z.HasIanaId, $z.DisplayName, $z.BaseUtcOffset, $z.GetUtcOffset([datetime]'2026-07-01') -join '|'
}

#### TimeZoneNotFoundException
[TimeZoneInfo]::FindSystemTimeZoneById('Nowhere/City')
[TimeZoneInfo]::FindSystemTimeZoneById('')
try { [TimeZoneInfo]::FindSystemTimeZoneById('Nope') } catch { $_.Exception.InnerException.GetType().FullName }

#### Converting between zones
$d = [datetime]'2026-03-15 10:30:45.123'
$paris = [TimeZoneInfo]::FindSystemTimeZoneById('Europe/Paris')
$tokyo = [TimeZoneInfo]::FindSystemTimeZoneById('Asia/Tokyo')
[TimeZoneInfo]::ConvertTimeBySystemTimeZoneId($d, 'UTC', 'Europe/Paris').ToString('o')
[TimeZoneInfo]::ConvertTimeFromUtc($d, $tokyo).ToString('o')
[TimeZoneInfo]::ConvertTimeFromUtc($d, $tokyo).Kind
[TimeZoneInfo]::ConvertTimeToUtc([datetime]'2026-07-01 12:00', $paris).ToString('o')
[TimeZoneInfo]::ConvertTime([datetime]::SpecifyKind([datetime]'2026-07-01 12:00', 'Utc'), $paris).ToString('o')
[TimeZoneInfo]::ConvertTime([datetime]'2026-07-01 12:00', [TimeZoneInfo]::Utc, $paris).ToString('o')
[TimeZoneInfo]::ConvertTime([datetime]'2026-07-01 12:00', [TimeZoneInfo]::Utc, $paris).Kind
[TimeZoneInfo]::ConvertTime([datetime]'2026-07-01 12:00', $paris, [TimeZoneInfo]::Utc).Kind
[TimeZoneInfo]::ConvertTimeBySystemTimeZoneId([datetime]'2026-07-01 12:00', 'Europe/Paris', 'Asia/Tokyo').ToString('o')
"$([TimeZoneInfo]::ConvertTimeBySystemTimeZoneId([datetimeoffset]'2026-07-01T12:00:00Z', 'Asia/Tokyo'))"
"$([TimeZoneInfo]::ConvertTime([datetimeoffset]'2026-07-01T12:00:00Z', $tokyo))"
[TimeZoneInfo]::ConvertTimeFromUtc([datetime]'2026-07-01 12:00', [TimeZoneInfo]::Utc).Kind
[TimeZoneInfo]::ConvertTimeBySystemTimeZoneId([datetime]'2026-07-01 12:00', 'Nope')
[TimeZoneInfo]::ConvertTimeFromUtc(([datetime]'2026-07-01 12:00').ToLocalTime(), $tokyo)

#### DateTimeOffset operators and a null cast
$a = [datetimeoffset]'2026-01-01T00:00:00+02:00'
($a - [datetimeoffset]'2026-01-01T00:00:00Z').ToString()
"$($a - [timespan]'01:00')"
"$($a + [timespan]'01:00')"
"$($a - 5)"
($a - [datetime]'2026-01-01').ToString()
([datetimeoffset]'2026-01-01').Offset -eq ([datetimeoffset]'2026-01-01').Offset
$a * 2
[datetimeoffset]$null
[datetime]$null

#### Get-Member of a DateTimeOffset and a TimeZoneInfo
$o = [datetimeoffset]'2026-01-01T00:00:00+02:00'
($o | Get-Member -MemberType Property).Count
$o | Get-Member -Name To*
[TimeZoneInfo]::Utc | Get-Member -MemberType Property | ForEach-Object Name
$o.psobject.Properties | Select-Object -First 3 Name, MemberType, TypeNameOfValue

#### Get-Member -Static of DateTimeOffset and TimeZoneInfo
[datetimeoffset] | Get-Member -Static -MemberType Property | ForEach-Object Name
[TimeZoneInfo] | Get-Member -Static -Name Convert* | ForEach-Object Name
