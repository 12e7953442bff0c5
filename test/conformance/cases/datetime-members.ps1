# A DateTime's properties as objects: Format-List and Select-Object with properties or `*`, the
# DateTime script property, and the DisplayHint note property Get-Date adds (and methods drop). The
# long date and time texts are culture-dependent (the shell is en-US, docs/language.md): the cases
# compare them with ToLongDateString()/ToLongTimeString() instead of printing them.

#### Format-List of chosen DateTime properties
$d = Get-Date -Date '2020-01-02 03:04:05'
$d | Format-List Year, Month, DayOfWeek
[datetime]'2020-01-02' | Format-List Day

#### Format-List * and Select-Object * of a Get-Date
$d = Get-Date -Date '2020-01-02 03:04:05'
($d | Format-List * | Out-String) -replace 'DateTime    : .*', 'DateTime    : (long)'
$d | Select-Object -Property * -ExcludeProperty DateTime

#### Format-List of a plain DateTime and of a Get-Date
([datetime]'2020-01-02 03:04:05' | Format-List | Out-String) -replace 'DateTime    : .*', 'DateTime    : (long)'
(Get-Date -Date '2020-01-02 03:04:05' | Format-List | Out-String) -replace 'DateTime    : .*', 'DateTime    : (long)'
([datetime]'2020-01-02 03:04:05' | Format-List * | Out-String) -replace 'DateTime    : .*', 'DateTime    : (long)'

#### The DateTime script property
$d = Get-Date -Date '2020-01-02 03:04:05'
$d.DateTime -eq ($d.ToLongDateString() + ' ' + $d.ToLongTimeString())
(Get-Date -Date '2020-01-02 03:04:05' -DisplayHint Date).DateTime -eq $d.ToLongDateString()
(Get-Date -Date '2020-01-02 03:04:05' -DisplayHint Time).DateTime -eq $d.ToLongTimeString()
([datetime]'2020-01-02 03:04:05').DateTime -eq $d.DateTime
$d.DateTime.GetType().Name

#### DisplayHint is Get-Date's note property
(Get-Date -Date '2020-01-02').DisplayHint
(Get-Date -Date '2020-01-02' -DisplayHint Date).DisplayHint.GetType().FullName
$null -eq ([datetime]'2020-01-02').DisplayHint
$null -eq (Get-Date -Date '2020-01-02').AddDays(1).DisplayHint
(Get-Date -Date '2020-01-02').psobject.Properties.Name -join ','
([datetime]'2020-01-02').psobject.Properties.Name -join ','

#### setting DisplayHint changes how the date prints
$d = Get-Date -Date '2020-01-02 03:04:05'
$d.DisplayHint = 'Date'
($d | Out-String) -eq "`n$($d.ToLongDateString())`n`n"
$d.DisplayHint.GetType().Name
$d.DisplayHint = 'Time'
($d | Out-String) -eq "`n$($d.ToLongTimeString())`n`n"
$d.DateTime -eq $d.ToLongTimeString()

#### setting DisplayHint on a plain DateTime fails
$e = [datetime]'2020-01-02'
$e.DisplayHint = 'Date'

#### Get-Member of a Get-Date lists DisplayHint
Get-Date | Get-Member -Name Di*, DateT*
[datetime]::new(2020, 1, 1) | Get-Member -Name Di*, DateT*
Get-Date | Get-Member -View Extended

#### strings and numbers under Format-List
'abc' | Format-List
'abc' | Format-List *
'abc' | Format-List Length
5 | Format-List

#### ConvertTo-Json writes dates as Json.NET does
[datetime]'2020-01-02 03:04:05' | ConvertTo-Json
Get-Date -Date '2020-01-02 03:04:05.25' | ConvertTo-Json
@{d=[datetime]'2020-01-02 03:04:05.1234567'} | ConvertTo-Json -Compress
([datetime]'2020-01-02 03:04:05').ToUniversalTime().Kind

#### .psobject.Properties print their definitions, as Get-Member does
(Get-Date -Date '2020-01-02').psobject.Properties | Select-Object -First 1 -Skip 2 | ForEach-Object { $_.ToString() }
(Get-Date -Date '2020-01-02').psobject.Properties | Select-Object -First 1 | ForEach-Object { $_.ToString() }
([pscustomobject]@{a=1;b=$null;c='x'}).psobject.Properties | ForEach-Object { $_.ToString() }

#### [datetime]::SpecifyKind keeps the wall clock
'x'
$d = [datetime]"2026-03-08 12:00"; [datetime]::SpecifyKind($d, "Utc").ToString("u"); [datetime]::SpecifyKind($d, [DateTimeKind]::Local).Kind; ([datetime]::SpecifyKind($d, "Utc")).ToString("o")
[datetime]::SpecifyKind($d, "Bogus")
[datetime]::SpecifyKind($d)
