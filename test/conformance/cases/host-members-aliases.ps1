# $Host's and $Host.Version's .NET properties (Property, not NoteProperty), System.Version's table view
# (left-aligned columns), and Get-Alias -Definition listing per definition in the order given.

#### $Host.Version as a table
$Host.Version

#### Two versions in one table
$Host.Version, $Host.Version

#### $PSVersionTable.PSVersion as a table (SemanticVersion's view)
$PSVersionTable.PSVersion

#### $PSVersionTable.PSVersion as text
"$($PSVersionTable.PSVersion)"; $PSVersionTable.PSVersion.Major -ge 7

#### $Host.Version at a narrow width
$Host.Version | Out-String -Width 30

#### $Host's properties
$Host | Get-Member -MemberType Property

#### $Host.Version's own properties
$Host.Version | Get-Member -MemberType Property -Name Major, Minor, Build, Revision

#### $Host's properties through psobject
$Host.psobject.Properties | Where-Object Name -in 'Name', 'Version' | ForEach-Object { "$($_.Name) $($_.MemberType)" }

#### $Host.Name is read-only
$Host.Name = 'x'

#### Get-Alias -Definition in the order given
Get-Alias -Definition Get-Location, Get-ChildItem | ForEach-Object Name
Get-Alias -Definition Get-ChildItem, Get-Location | ForEach-Object Name

#### Get-Alias -Definition lists a repeated definition again
Get-Alias -Definition Get-Location, Get-Location | ForEach-Object Name

#### Get-Alias -Definition with a wildcard and -Exclude by definition
Get-Alias -Definition Get-Loc*, Get-ChildItem -Exclude Get-ChildItem | ForEach-Object Name
Get-Alias -Definition Get-Location -Exclude Get-Loc*

#### Get-Alias -Definition that no alias has
Get-Alias -Definition nope, gl, nope*

#### Get-Alias -Name of an excluded alias is no failure
Get-Alias -Name gl, gci, gl -Exclude gci | ForEach-Object Name
