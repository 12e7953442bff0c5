# [cultureinfo] / System.Globalization.CultureInfo: casts, properties, Get-Culture -Name, and numbers and
# dates formatted in a culture (ToString(format, culture), [string]::Format(culture, ...)).

#### cast and table
[cultureinfo]'en-US'
[System.Globalization.CultureInfo]'ja-JP'
[cultureinfo]'fr'
[cultureinfo]::InvariantCulture

#### culture properties
$c = [cultureinfo]'de-DE'
$c.Name
$c.DisplayName
$c.EnglishName
$c.NativeName
$c.LCID
$c.KeyboardLayoutId
$c.TwoLetterISOLanguageName
$c.ThreeLetterISOLanguageName
$c.IetfLanguageTag
$c.IsNeutralCulture
$c.GetType().FullName
"$c"
$c.ToString()
$c.Parent
$c.Parent.Parent.Name -eq ''
([cultureinfo]'fr').IsNeutralCulture

#### TextInfo
$c = [cultureinfo]'de-DE'
$c.TextInfo
$c.TextInfo.ToTitleCase('hello wORLD foo')
([cultureinfo]'fr-FR').TextInfo.ListSeparator
[cultureinfo]::InvariantCulture.TextInfo.IsReadOnly

#### names in any case, and culture numbers
[cultureinfo]'EN-us'
([cultureinfo]'EN-us').Name
[cultureinfo]1031
[cultureinfo]3082
[cultureinfo]$null
[cultureinfo]::InvariantCulture.Name -eq ''
([cultureinfo]'').DisplayName

#### other ways to make one
[cultureinfo]::GetCultureInfo('de-DE').Name
[cultureinfo]::GetCultureInfo(1036).Name
[cultureinfo]::new('de-DE').DisplayName
New-Object System.Globalization.CultureInfo 'es-ES'
New-Object Globalization.CultureInfo 'it-IT' | ForEach-Object DisplayName

#### a name that is not a culture
[cultureinfo]'not a culture'

#### a culture number that is not a culture
[cultureinfo]99999

#### ::new of a name that is not a culture
[cultureinfo]::new('not a culture')

#### GetCultureInfo of a name that is not a culture
[cultureinfo]::GetCultureInfo('x y')

#### Get-Culture -Name
Get-Culture -Name fr-FR
Get-Culture -Name de-DE | Select-Object -ExpandProperty DisplayName
Get-Culture de, ja-JP
Get-Culture -Name ''
(Get-Culture -ListAvailable).Count -gt 800

#### Get-Culture -Name of a name .NET does not list
Get-Culture -Name 'zz-ZZZ'

#### number and decimal separators
([cultureinfo]'de-DE').NumberFormat.NumberDecimalSeparator
([cultureinfo]'de-DE').NumberFormat.NumberGroupSeparator
([cultureinfo]'de-DE').NumberFormat.CurrencySymbol
([cultureinfo]'en-GB').NumberFormat.CurrencySymbol
[cultureinfo]::InvariantCulture.NumberFormat.CurrencySymbol

#### numbers in a culture
(1234.5).ToString('N2', [cultureinfo]'de-DE')
(1234.5).ToString('N2', [cultureinfo]'fr-FR')
(1234.5).ToString('N2', [cultureinfo]'en-US')
(1234.5).ToString('N2', [cultureinfo]::InvariantCulture)
(1234.5).ToString([cultureinfo]'de-DE')
(-1234.5).ToString('N1', [cultureinfo]'de-DE')
(1234567.891).ToString('F2', [cultureinfo]'de-CH')
(1234567).ToString('N0', [cultureinfo]'en-IN')
(1234567).ToString('N0', [cultureinfo]'sv-SE')
(0.5).ToString('P1', [cultureinfo]'de-DE')
(0.5).ToString('P1', [cultureinfo]'en-US')
(0.5).ToString('P0', [cultureinfo]'fr-FR')
(1234.5).ToString('#,##0.00', [cultureinfo]'de-DE')
(1.5).ToString('E2', [cultureinfo]'de-DE')
(12).ToString('D4', [cultureinfo]'de-DE')
(1.25d).ToString('N2', [cultureinfo]'de-DE')

#### currency in a culture
(1234.5).ToString('C', [cultureinfo]'de-DE')
(1234.5).ToString('C', [cultureinfo]'en-GB')
(1234.5).ToString('C', [cultureinfo]'en-US')
(-1234.5).ToString('C', [cultureinfo]'en-US')
(-1234.5).ToString('C', [cultureinfo]'de-DE')
(1234.5).ToString('C', [cultureinfo]'fr-FR')
(1234.5).ToString('C0', [cultureinfo]'nl-NL')
(-5).ToString('C', [cultureinfo]'nl-NL')
(1234.5).ToString('C', [cultureinfo]::InvariantCulture)

#### String.Format with a culture
[string]::Format([cultureinfo]'fr-FR', '{0:N2}', 1234.5)
[string]::Format([cultureinfo]'de-DE', '{0} und {1:N1}', 0.5, 1234.56)
[string]::Format([cultureinfo]'de-DE', '{0}', 'text')
[string]::Format([cultureinfo]'en-GB', '{0:C}', 12)

#### dates in a culture
$d = Get-Date '2024-03-05 14:07:09'
$d.ToString('D', [cultureinfo]'de-DE')
$d.ToString([cultureinfo]'de-DE')
$d.ToString('d', [cultureinfo]'en-GB')
$d.ToString('D', [cultureinfo]'ru-RU')
$d.ToString('MMMM', [cultureinfo]'ru-RU')
$d.ToString('f', [cultureinfo]'pl-PL')
$d.ToString([cultureinfo]'ja-JP')
$d.ToString('D', [cultureinfo]'')
$d.ToString('dddd dd MMM', [cultureinfo]'fr-FR')
$d.ToString('t', [cultureinfo]'en-US')
[string]::Format([cultureinfo]'fr-FR', '{0:D}', $d)
([cultureinfo]'de-DE').DateTimeFormat.ShortDatePattern
([cultureinfo]'en-GB').DateTimeFormat.LongTimePattern
