# [version] (System.Version) and [semver] (System.Management.Automation.SemanticVersion): casts, constructors,
# Parse/TryParse, members, comparison and sorting, display and JSON, as module-version checks use them.

#### [version] from text
$v = [version]'16.0.27709.12000'; $v.Major; $v.Minor; $v.Build; $v.Revision; $v.GetType().FullName

#### [version] display
[version]'1.2.3'

#### [version] in a string and ToString(n)
$v = [version]'1.2.3.4'; "$v"; $v.ToString(2); $v.ToString()

#### [version] two parts
$v = [version]'7.2'; $v.Build; $v.Revision; $v.MajorRevision; $v.MinorRevision

#### [version] of a number
[version]1.5 | ForEach-Object { "$_" }

#### [version] with blanks
"$([version]' 1.2 ')"

#### [version] too short
[version]'1'

#### [version] not a number
[version]'1.x'

#### [version] negative part
[version]'1.-2'

#### [version] empty text
[version]''

#### [version] of $null
$null -eq [version]$null

#### [version]::new overloads
"$([version]::new(1, 2))"; "$([version]::new(1, 2, 3))"; "$([version]::new(1, 2, 3, 4))"; "$([version]::new('3.4'))"; "$([version]::new())"

#### [version]::new negative
[version]::new(1, -2)

#### [version]::Parse and TryParse
"$([version]::Parse('2.0.1'))"; $r = $null; [version]::TryParse('1.2.3', [ref]$r); "$r"; [version]::TryParse('nope', [ref]$r); $null -eq $r

#### [version] comparisons
[version]'1.10' -gt [version]'1.9'; [version]'2.0' -eq [version]'2.0'; [version]'2.0' -eq [version]'2.0.0'; [version]'2.0' -lt [version]'2.0.0'

#### [version] compared with text
[version]'16.0.20000' -lt '16.0.27709'; [version]'1.2' -eq '1.2'

#### [version] compared with bad text
[version]'1.2' -lt 'abc'

#### [version] CompareTo and Equals
$a = [version]'1.2.3'; $a.CompareTo([version]'1.2.4'); $a.CompareTo([version]'1.2.3'); $a.Equals([version]'1.2.3'); $a.CompareTo($null)

#### Sort-Object on versions
[version[]]@('1.10', '1.9', '1.2.3', '10.0') | Sort-Object | ForEach-Object { "$_" }

#### Sort-Object -Descending on version text via calculated property
'2.1', '10.0', '9.3' | Sort-Object { [version]$_ } -Descending

#### Measure-Object -Maximum on versions
('1.2', '1.10', '1.9' | ForEach-Object { [version]$_ } | Measure-Object -Maximum).Maximum.ToString()

#### [version] to JSON
[version]'1.2.3' | ConvertTo-Json -Compress

#### [version] list view
[version]'1.2.3.4' | Format-List

#### [version] -is and -as
[version]'1.0' -is [version]; ('1.2' -as [version]).Minor; $null -eq ('x' -as [version])

#### [version] property is read-only
$v = [version]'1.2'; $v.Major = 3

#### [semver] from text
$s = [semver]'1.2.3-beta.1+build.5'; $s.Major; $s.Minor; $s.Patch; $s.PreReleaseLabel; $s.BuildLabel; "$s"; $s.GetType().FullName

#### [semver] display
[semver]'1.2.3-beta'

#### [semver] short forms
"$([semver]'7.2')"; "$([semver]'7')"

#### [semver] bad text
[semver]'1.2.3.4'

#### [semver] constructors
"$([semver]::new(1, 2, 3))"; "$([semver]::new(1, 2, 3, 'rc1'))"; "$([semver]::new(1, 2, 3, 'rc1', 'b7'))"; "$([semver]::new('2.0.0-x'))"; "$([semver]::new([version]'1.2.3'))"

#### [semver] comparisons and prerelease order
[semver]'1.0.0-alpha' -lt [semver]'1.0.0'; [semver]'1.0.0-alpha' -lt [semver]'1.0.0-beta'; [semver]'1.0.0+a' -eq [semver]'1.0.0+b'; [semver]'2.0.0' -gt '1.9.9'

#### $PSVersionTable.PSVersion against a version
$PSVersionTable.PSVersion -ge [version]'7.2'; $PSVersionTable.PSVersion -ge '7.2'; $PSVersionTable.PSVersion -lt [semver]'8.0.0'; $PSVersionTable.PSVersion.CompareTo([semver]'7.0.0')

#### [semver] Parse and TryParse
"$([semver]::Parse('3.1.4'))"; $r = $null; [semver]::TryParse('3.1.4-pre', [ref]$r); $r.PreReleaseLabel; [semver]::TryParse('bad', [ref]$r)

#### [semver] to JSON
[semver]'1.2.3-rc' | ConvertTo-Json -Compress

#### Import-Module -RequiredVersion another version of a built-in module
Import-Module Microsoft.PowerShell.Utility -RequiredVersion 7.1; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString()

#### Import-Module -MinimumVersion the module meets
Import-Module Microsoft.PowerShell.Utility -MinimumVersion 7.0; 'imported'

#### Import-Module -MinimumVersion above the module
Import-Module Microsoft.PowerShell.Utility -MinimumVersion 99.1

#### Import-Module -MinimumVersion that is no version
Import-Module Microsoft.PowerShell.Utility -MinimumVersion 99

#### Import-Module -RequiredVersion with fewer parts
Import-Module Microsoft.PowerShell.Utility -RequiredVersion 7.0

#### A cmdlet's Version
$v = (Get-Command Get-Date).Version; $v.GetType().FullName; "$v"; $v -ge [version]'7.0'

#### $PSVersionTable.PSCompatibleVersions
$PSVersionTable.PSCompatibleVersions | ForEach-Object { "$_" }

#### $PSVersionTable's versions have their types
$PSVersionTable.PSVersion.GetType().Name; $PSVersionTable.SerializationVersion.GetType().Name; $PSVersionTable.SerializationVersion.MinorRevision
