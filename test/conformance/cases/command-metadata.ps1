# What Get-Command tells about Connect-SPOService's parameters: each set's Parameters (CommandParameterInfo),
# each parameter's ParameterSets (ParameterSetMetadata), as scripts query them; and a type shown in a cell.

#### sets and their mandatory parameters
(Get-Command Connect-SPOService).ParameterSets | ForEach-Object { $_.Name + ': ' + (($_.Parameters | Where-Object IsMandatory | ForEach-Object Name) -join ', ') }

#### a set's parameters with positions
(Get-Command Connect-SPOService).ParameterSets[0].Parameters | Format-Table Name, Position, IsMandatory, ValueFromPipeline

#### managed identity set as a list
(Get-Command Connect-SPOService).ParameterSets[3] | Format-List *

#### ClientId in the certificate set
(Get-Command Connect-SPOService).ParameterSets[2].Parameters | Where-Object Name -eq ClientId | Select-Object * -ExcludeProperty Attributes

#### Url's sets
(Get-Command Connect-SPOService).Parameters.Url.ParameterSets.Keys

#### ClientTag's positions per set
(Get-Command Connect-SPOService).Parameters['ClientTag'].ParameterSets.Values | Format-Table Position, IsMandatory

#### Url in the managed identity set
(Get-Command Connect-SPOService).Parameters.Url.ParameterSets['AuthenticationManagedIdentity']

#### common parameter's set
(Get-Command Connect-SPOService).Parameters.Verbose.ParameterSets.Keys

#### parameter metadata without attributes
(Get-Command Connect-SPOService).Parameters.Url | Select-Object * -ExcludeProperty Attributes | Format-List

#### parameter type in a list
(Get-Command Connect-SPOService).Parameters.ClientId | Format-List Name, ParameterType

#### Disconnect-SPOService sets
(Get-Command Disconnect-SPOService).ParameterSets | Format-List Name, IsDefault, Parameters

#### function parameter sets
function f { [CmdletBinding(DefaultParameterSetName = 'a')] param([Parameter(Mandatory, Position = 0, ParameterSetName = 'a', ValueFromPipeline, HelpMessage = 'hm')][Alias('x')][string]$Name, [Parameter(ParameterSetName = 'b')][switch]$S) }
(Get-Command f).ParameterSets | Format-List Name, IsDefault, Parameters
(Get-Command f).ParameterSets[0].Parameters[0] | Select-Object * -ExcludeProperty Attributes
(Get-Command f).Parameters.Name.ParameterSets['a']

#### simple function
function g($a, $b) {}
(Get-Command g).ParameterSets | Format-List *
(Get-Command g).Parameters.a.ParameterSets.Keys

#### types in cells
[pscustomobject]@{ t = [string] } | Format-List
[pscustomobject]@{ t = @([int], [string[]], [System.Collections.ArrayList]) }
"$([string])"

#### -Url empty string is no binding error (UrlCmdletPipeBind is not a string)
Connect-SPOService -Url '' -Region Mars

#### -Url empty string and an unresolvable set
Connect-SPOService '' -ClientId '' -TenantId ''

#### a cmdlet's list view (CmdletInfo): Definition, Path, DLL, HelpFile, ParameterSets, ImplementingType, Verb, Noun
Get-Command Get-Date | Format-List | Out-String -Width 250 -Stream | Where-Object { $_ -notmatch '^DLL' }
Get-Command Get-History, Get-Credential, Read-Host | Format-List Name, HelpFile, ImplementingType
(Get-Command Get-Date).DLL -like "$PSHOME*/Microsoft.PowerShell.Commands.Utility.dll"
(Get-Command Get-ChildItem).DLL -like "$PSHOME*/Microsoft.PowerShell.Commands.Management.dll"
