# The variables pwsh 7.6.10 has in every session that spo-shell defines on first need: $ShellId,
# $PROFILE, $EnabledExperimentalFeatures, $StackTrace, $PSEmailServer, $PSNativeCommandArgumentPassing,
# $PSNativeCommandUseErrorActionPreference, $PSSessionApplicationName, $PSSessionConfigurationName and
# $PSSessionOption: values, types, options, descriptions, Get-Variable's listings and their errors.
# The cases that read $PROFILE run as a process on both sides (`cwd`): pwsh's console host defines it,
# and the recorder's batch runner is not that host.

#### every variable pwsh has at the start, by name | cwd
(Get-Variable).Name -join ','
(Get-Variable).Count

#### Get-Variable lists them sorted, as a table
Get-Variable ShellId, StackTrace, PSSession*, PSNative*, PSEmailServer, EnabledExperimentalFeatures
Get-Variable S*, E* | Format-Table -AutoSize

#### $ShellId
$ShellId
$ShellId.GetType().FullName
(Get-Variable ShellId).Options
(Get-Variable ShellId).Description

#### $ShellId is constant: assigning and removing it fail
$ShellId = 'x'
"after: $ShellId"
Remove-Variable ShellId
Remove-Variable ShellId -Force
Set-Variable ShellId 'y'
$ShellId

#### $ShellId is constant in a function too, and AllScope
function f { $ShellId = 'x'; "in f: $ShellId" }
f
function g { "[$local:ShellId]"; "[$local:PSEmailServer]"; "[$local:EnabledExperimentalFeatures]" }
g
$null = $PSEmailServer
g

#### Get-Variable ShellId as a list
Get-Variable ShellId | Format-List *

#### $EnabledExperimentalFeatures
$EnabledExperimentalFeatures.Count
$EnabledExperimentalFeatures.GetType().Name
"[$EnabledExperimentalFeatures]"
@($EnabledExperimentalFeatures).Count
$null -eq $EnabledExperimentalFeatures
(Get-Variable EnabledExperimentalFeatures).Options
(Get-Variable EnabledExperimentalFeatures).Description
$EnabledExperimentalFeatures = 'x'
Remove-Variable EnabledExperimentalFeatures

#### $StackTrace is $null at the start
$null -eq $StackTrace
Get-Variable StackTrace | Format-List *

#### $StackTrace is an ordinary variable
$StackTrace = 'mine'
$StackTrace
(Get-Variable StackTrace).Options

#### $PSNativeCommandUseErrorActionPreference is False, a [bool]
$PSNativeCommandUseErrorActionPreference
$PSNativeCommandUseErrorActionPreference.GetType().FullName
(Get-Variable PSNativeCommandUseErrorActionPreference).Description
(Get-Variable PSNativeCommandUseErrorActionPreference).Attributes[0].GetType().FullName

#### $PSNativeCommandUseErrorActionPreference takes Booleans and numbers only
$PSNativeCommandUseErrorActionPreference = $true
$PSNativeCommandUseErrorActionPreference
$PSNativeCommandUseErrorActionPreference = 0
$PSNativeCommandUseErrorActionPreference
$PSNativeCommandUseErrorActionPreference = 'abc'
$PSNativeCommandUseErrorActionPreference = @()
$PSNativeCommandUseErrorActionPreference = $null
$PSNativeCommandUseErrorActionPreference = 2.5
$PSNativeCommandUseErrorActionPreference

#### $PSNativeCommandArgumentPassing is the enum's Standard
$PSNativeCommandArgumentPassing
$PSNativeCommandArgumentPassing.GetType().FullName
[int]$PSNativeCommandArgumentPassing
(Get-Variable PSNativeCommandArgumentPassing).Description
(Get-Variable PSNativeCommandArgumentPassing).Attributes.Count

#### $PSNativeCommandArgumentPassing takes the enum's names and values
$PSNativeCommandArgumentPassing = 'Legacy'
$PSNativeCommandArgumentPassing
$PSNativeCommandArgumentPassing = 'windows'
$PSNativeCommandArgumentPassing
$PSNativeCommandArgumentPassing = 1
$PSNativeCommandArgumentPassing
$PSNativeCommandArgumentPassing.GetType().Name

#### $PSNativeCommandArgumentPassing refuses other values
$PSNativeCommandArgumentPassing = 'Foo'
$PSNativeCommandArgumentPassing = 5
$PSNativeCommandArgumentPassing = $null
$PSNativeCommandArgumentPassing

#### $PROFILE is a string with four notes | cwd
$PROFILE.GetType().FullName
($PROFILE | Get-Member -MemberType NoteProperty).Name
Split-Path $PROFILE -Leaf
$PROFILE -eq $PROFILE.CurrentUserCurrentHost
Split-Path $PROFILE.CurrentUserAllHosts -Leaf
(Split-Path $PROFILE.CurrentUserAllHosts) -eq (Split-Path $PROFILE)
Split-Path (Split-Path $PROFILE) -Leaf
$PROFILE.AllUsersAllHosts -eq (Join-Path $PSHOME profile.ps1)
$PROFILE.AllUsersCurrentHost -eq (Join-Path $PSHOME Microsoft.PowerShell_profile.ps1)
(Get-Variable PROFILE).Options

#### $PROFILE can be assigned | cwd
$PROFILE = 'p.ps1'
$PROFILE
$PROFILE.CurrentUserAllHosts

#### $PSEmailServer and the remoting names
"[$PSEmailServer]"
$PSEmailServer.GetType().FullName
$PSSessionApplicationName
$PSSessionConfigurationName
(Get-Variable PSEmailServer).Description
(Get-Variable PSSessionApplicationName).Description
(Get-Variable PSSessionConfigurationName).Description

#### $PSSessionOption
$PSSessionOption.GetType().FullName
"$PSSessionOption"
$PSSessionOption
(Get-Variable PSSessionOption).Description

#### $PSSessionOption's members
$PSSessionOption.OperationTimeout.TotalSeconds
$PSSessionOption.IdleTimeout.Ticks
$PSSessionOption.ProxyAuthentication.GetType().FullName
[int]$PSSessionOption.ProxyAuthentication
$PSSessionOption.MaximumReceivedObjectSize
$null -eq $PSSessionOption.Culture

#### the variable: drive has them
Test-Path variable:ShellId
(Get-Item variable:ShellId).Value
Get-ChildItem variable:PSSession* | Sort-Object Name | Format-Table -AutoSize

#### a new variable of the same name in a child scope
& { $PSEmailServer = 'mail'; $PSEmailServer }
"[$PSEmailServer]"
& { $StackTrace = 5; $StackTrace }
$null -eq $StackTrace
