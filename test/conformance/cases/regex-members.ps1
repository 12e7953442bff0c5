# Get-Member rows and method groups for [regex] and the objects it returns (member-catalog.ts), static
# method groups (`[regex]::Escape`, static-member-catalog.ts), and method groups of DateTime and TimeSpan.

#### Get-Member of a Regex
[regex]'a' | Get-Member | Out-String -Width 250

#### Get-Member of a Match and a Group
$m = [regex]::Match('ab', '(a)')
$m | Get-Member -MemberType Property | Out-String -Width 120

#### Get-Member of a Group by name
$m = [regex]::Match('ab', '(a)')
$m.Groups[1] | Get-Member -Name Value

#### Get-Member of a Match's methods
[regex]::Match('ab', '(a)') | Get-Member -MemberType Method | Out-String -Width 250

#### instance method groups of Regex and Match
$m = [regex]::Match('ab', '(a)')
$m.NextMatch
([regex]'a').GetGroupNames
"$(([regex]'a').IsMatch)"

#### static method groups
[regex]::Escape
[regex]::new
"$([regex]::Unescape)"
([regex]::Replace).OverloadDefinitions.Count
[regex]::Escape.Name

#### static method group as a list and invoked
[regex]::Split | Format-List
[regex]::Escape.Invoke('a.b')

#### PSMethod as a list
'x'.ToUpper | Format-List

#### DateTime and TimeSpan method groups
(Get-Date).AddDays
([datetime]'2020-01-01').AddHours.OverloadDefinitions
([timespan]'1:00').Add
"$(([timespan]'1:00').Negate)"

#### Get-Member of DateTime and TimeSpan
[timespan]'1:00' | Get-Member -MemberType Property | Out-String -Width 120
[datetime]'2020-01-01' | Get-Member -Name AddDays | Out-String -Width 250

#### PSCredential SecureString Guid and Uri method groups
$c = [pscredential]::new('u', (ConvertTo-SecureString 'p' -AsPlainText -Force))
$c.GetNetworkCredential
$c.Password.Dispose
([guid]'7d6f2a40-3c1e-4b8e-9a3f-0f5e2d1c4b6a').ToByteArray
([uri]'https://contoso.sharepoint.com/sites/a').GetLeftPart

#### Get-Member of PSCredential and Uri
$c = [pscredential]::new('u', (ConvertTo-SecureString 'p' -AsPlainText -Force))
$c | Get-Member | Out-String -Width 200
[uri]'https://contoso.sharepoint.com/sites/a' | Get-Member -MemberType Property | Out-String -Width 120
