# Script files as commands to the other commands, as pwsh 7.6.10 treats them: Get-Help ./x.ps1 shows a
# script's comment-based help (or its syntax without any), Get-Command ./x.ps1 its ExternalScriptInfo and
# syntax, `#Requires -Modules` imports a script module found by name in $env:PSModulePath before the
# script runs, and $env:PSModulePath starts with the user's module folder. One Get-Help per case: pwsh
# formats a second help object with the first one's view.

#### Get-Help of a script with comment-based help before param( )
Set-Content ./greet.ps1 @'
<#
.SYNOPSIS
Greets a person.

.DESCRIPTION
Writes a greeting for the person named by -Name.
It can shout.

.PARAMETER Name
Who to greet.

.PARAMETER Loud
Shout the greeting.

.EXAMPLE
./greet.ps1 -Name Bob
Greets Bob.

.NOTES
Written for tests.

.LINK
https://example.com/greet
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory)][string]$Name,
  [switch]$Loud
)
"Hello $Name"
'@
Get-Help ./greet.ps1

#### Get-Help -Full of a script: parameters with their attributes, inputs, outputs, notes, examples
Set-Content ./quota.ps1 @'
#Requires -Version 7

<#
.SYNOPSIS
    Sets quotas on sites listed in a CSV file, one per row, with a log line for each site it changes.

.DESCRIPTION
    Reads the CSV file.

    Then sets each quota. This paragraph is long enough that it has to be wrapped by the help view.

.PARAMETER SiteUrl
    The site to change.

.PARAMETER Quota
    The quota in MB.

.INPUTS
    System.String

.OUTPUTS
    None.

.EXAMPLE
    ./quota.ps1 -SiteUrl https://contoso.sharepoint.com -Quota 10

.EXAMPLE
    PROMPT ./quota.ps1 x 20
    Sets x to 20.

    Second remark paragraph.

.NOTES
    Author: Admin
    Version 2

.LINK
    Set-SPOSite

.LINK
    https://learn.microsoft.com/x
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory, ValueFromPipeline, Position = 0)]
    [Alias('Url')]
    [string]$SiteUrl,
    [int]$Quota = 1024,
    [ValidateSet('Add', 'Set')]
    [string]$Mode = 'Set',
    [Parameter(ValueFromPipelineByPropertyName)]
    [string[]]$Tags,
    [switch]$Force
)
"x"
'@
# (the prompt is put in afterwards: spo-shell strips a `PS>` that starts a line of its input)
(Get-Content ./quota.ps1 -Raw).Replace('PROMPT', 'PS>') | Set-Content ./quota.ps1 -NoNewline
Get-Help ./quota.ps1 -Full

#### Get-Help -Detailed of a script
Set-Content ./quota.ps1 @'
<#
.SYNOPSIS
Sets a quota.
.PARAMETER SiteUrl
The site to change.
.EXAMPLE
./quota.ps1 x
.EXAMPLE
./quota.ps1 y 10
Sets y.
#>
param([string]$SiteUrl, [int]$Quota = 5)
'@
Get-Help ./quota.ps1 -Detailed

#### Get-Help -Examples of a script, remarks of one and of several paragraphs
# (the prompt is put together: spo-shell strips a `PS C:\>` that starts a line of its input)
$prompt = 'PS C:' + '\> c3'
Set-Content ./ex.ps1 @"
<#
.SYNOPSIS
S.
.EXAMPLE
c0
.EXAMPLE
c1
r1
r2
.EXAMPLE

c2
r1

r2
.EXAMPLE
$prompt
#>
param()
"@
Get-Help ./ex.ps1 -Examples

#### Get-Help -Parameter of a script
Set-Content ./greet.ps1 @'
<#
.SYNOPSIS
Greets.
.PARAMETER Name
Who to greet.
#>
param([Parameter(Mandatory)][string]$Name, [switch]$Loud, [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)][int]$Count = 2)
'@
Get-Help ./greet.ps1 -Parameter Name, L*, nope, Count

#### help at the end of a script
Set-Content ./end.ps1 @'
param($A)
"x"
<#
.SYNOPSIS
At the end.
.PARAMETER A
The A.
#>
'@
Get-Help ./end.ps1 -Full

#### help after #Requires, comments and a blank line, with a line comment after it
Set-Content ./after.ps1 @'
#Requires -Version 5
# a comment

<#
.SYNOPSIS
After requires.
#>
# more

param([string[]]$Names, [Parameter(ValueFromPipeline)][int]$N, [bool]$On, [double]$Ratio, [datetime]$When)
'@
Get-Help ./after.ps1 -Full

#### comments that are not a script's help
Set-Content ./a.ps1 "# lead`n<#`n.SYNOPSIS`nA.`n#>`nparam(`$X)"
Set-Content ./b.ps1 "<# intro`n.SYNOPSIS`nB.`n#>`nparam(`$X)"
Set-Content ./c.ps1 "<#`n.SYNOPSIS`nC.`n#>`n`nfunction foo { }`n'c'"
foreach ($f in 'a', 'b', 'c') { Get-Help "./$f.ps1" }

#### help before a function needs two blank lines after it
Set-Content ./d.ps1 "<#`n.SYNOPSIS`nD.`n#>`n`n`nfunction foo { }`n'd'"
Get-Help ./d.ps1

#### help in line comments
Set-Content ./e.ps1 "# .SYNOPSIS`n# Line help.`n# .PARAMETER X`n# The X.`nparam(`$X)"
Get-Help ./e.ps1 -Full

#### Get-Help of a script without help shows its syntax
Set-Content ./plain.ps1 'param([string]$Path, [int]$Count = 3)', '"$Path $Count"'
Get-Help ./plain.ps1

#### Get-Help -Full and -Parameter of a script without help
Set-Content ./plain.ps1 '[CmdletBinding()] param([string]$Path, [ValidateSet("a", "b")][string]$Kind, [switch]$Force)'
Get-Help ./plain.ps1 -Full
Get-Help ./plain.ps1 -Parameter Path

#### Get-Help of a script that is not there
Get-Help ./nowhere.ps1

#### a function's comment-based help in pwsh's layout
function Set-Thing {
  <#
  .SYNOPSIS
  Sets a thing.
  .PARAMETER Name
  The thing.
  .EXAMPLE
  Set-Thing -Name x
  .LINK
  Get-Thing
  #>
  [CmdletBinding()]
  param([Parameter(Mandatory)][string]$Name, [switch]$Force)
}
Get-Help Set-Thing -Full

#### Get-Command of a script: the ExternalScriptInfo
Set-Content ./greet.ps1 @'
<#
.SYNOPSIS
Greets.
#>
[CmdletBinding()]
param([Parameter(Mandatory)][string]$Name, [switch]$Loud)
"Hello $Name"
'@
Get-Command ./greet.ps1
Get-Command ./greet.ps1 | Format-List *

#### Get-Command of a script: parameters, parameter sets and text
Set-Content ./greet.ps1 '[CmdletBinding()]', 'param([Parameter(Mandatory)][string]$Name, [switch]$Loud, [int]$Count)'
$c = Get-Command ./greet.ps1
$c.Parameters.Keys -join ','
$c.Parameters['Count'].ParameterType.FullName
$c.ParameterSets | Format-List
$c.ScriptBlock.GetType().FullName
$c.ScriptContents.Length
$c.CommandType.ToString(); $c.Visibility.ToString(); $c.OriginalEncoding.WebName
$c.Name; (Split-Path -Leaf $c.Source); $c.Definition -eq $c.Path

#### Get-Command -Syntax of a script
Set-Content ./greet.ps1 '[CmdletBinding(SupportsShouldProcess)]', 'param([Parameter(Mandatory)][string]$Name, [switch]$Loud)'
Set-Content ./plain.ps1 'param($Path, [int]$Count = 3)'
Get-Command ./greet.ps1 -Syntax | ForEach-Object { $_ -replace [regex]::Escape("$PWD"), '<dir>' }
Get-Command ./plain.ps1 -Syntax | ForEach-Object { $_ -replace [regex]::Escape("$PWD"), '<dir>' }

#### $env:PSModulePath starts with the user's and the shared module folders
$user = if ($env:XDG_DATA_HOME) { Join-Path $env:XDG_DATA_HOME powershell/Modules } else { Join-Path $HOME .local/share/powershell/Modules }
$folders = $env:PSModulePath -split [IO.Path]::PathSeparator
$folders[0] -eq $user
$folders[1]

#### #Requires -Modules imports a script module found by name before the script runs
$saved = $env:PSModulePath
$null = New-Item -ItemType Directory ./mods/Helpers
Set-Content ./mods/Helpers/Helpers.psm1 '"loading Helpers"', 'function Get-Helped { "helped $args" }'
$env:PSModulePath = (Join-Path $PWD 'mods') + [IO.Path]::PathSeparator + $saved
Set-Content ./r1.ps1 '#Requires -Modules Helpers', '"in r1"', 'Get-Helped x', '(Get-Module Helpers).Name'
./r1.ps1
"after: $((Get-Module Helpers).Name)"
Get-Helped y
./r1.ps1
$env:PSModulePath = $saved

#### #Requires -Modules with versions, and modules that are missing
$saved = $env:PSModulePath
$null = New-Item -ItemType Directory ./mods/Versioned
Set-Content ./mods/Versioned/Versioned.psd1 "@{ RootModule = 'Versioned.psm1'; ModuleVersion = '1.2.0' }"
Set-Content ./mods/Versioned/Versioned.psm1 'function Get-V { "v" }'
$env:PSModulePath = (Join-Path $PWD 'mods') + [IO.Path]::PathSeparator + $saved
Set-Content ./r2.ps1 "#Requires -Modules @{ ModuleName = 'Versioned'; ModuleVersion = '1.0' }", '"in r2"; Get-V'
Set-Content ./r3.ps1 "#Requires -Modules @{ ModuleName = 'Versioned'; ModuleVersion = '2.0' }", '"in r3"'
Set-Content ./r4.ps1 '#Requires -Modules Nope, Versioned', '"in r4"'
Set-Content ./r5.ps1 "#Requires -Modules @{ ModuleName = 'Versioned'; RequiredVersion = '9.9' }", '"in r5"'
Set-Content ./r6.ps1 "#Requires -Modules @{ ModuleName = 'Versioned'; ModuleVersion = '1.0'; MaximumVersion = '1.1' }", '"in r6"'
Set-Content ./r7.ps1 "#Requires -Modules @{ ModuleName = 'Versioned'; MaximumVersion = '1.1' }", '"in r7"'
./r2.ps1
foreach ($r in 3..7) { try { & "./r$r.ps1" } catch { $_.FullyQualifiedErrorId; $_.Exception.Message } }
$env:PSModulePath = $saved

#### a script that requires a module it cannot find does not run
Set-Content ./r8.ps1 '#Requires -Modules NoSuchModule', '"ran"'
./r8.ps1
"rc $?"
