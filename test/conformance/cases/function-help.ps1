# Get-Help of a function or script without comment-based help: pwsh 7.6.10 builds an
# ExtendedCmdletHelpInfo from the command's metadata (DefaultCommandHelpObjectBuilder) and shows it as a
# syntax-only page (NAME, SYNTAX, ALIASES, REMARKS) in every view: -Full, -Detailed and -Examples add
# nothing to it. -Parameter writes the parameter objects, shown as lists. A script file without help is
# its syntax text alone. Also the .COMPONENT, .ROLE and .FUNCTIONALITY keywords of comment-based help.

#### a simple function without a param block
function f { 'hi' }
Get-Help f

#### a simple function's help in -Full, -Detailed and -Examples
function f { 'hi' }
Get-Help f -Full
Get-Help f -Detailed
Get-Help f -Examples

#### a simple function has no parameter to ask for
function f { 'hi' }
Get-Help f -Parameter b

#### a function with a param block
function g { param($a, [int]$b) $a }
Get-Help g

#### a function with a param block in -Full
function g { param($a, [int]$b) $a }
Get-Help g -Full

#### a function with a param block in -Detailed
function g { param($a, [int]$b) $a }
Get-Help g -Detailed

#### a function with a param block in -Examples
function g { param($a, [int]$b) $a }
Get-Help g -Examples

#### a simple function in -Detailed
function f { 'hi' }
Get-Help f -Detailed

#### a simple function in -Examples
function f { 'hi' }
Get-Help f -Examples

#### -Parameter of a function without help
function g { param($a, [int]$b) $a }
Get-Help g -Parameter b

#### -Parameter with a wildcard
function g { param($a, [int]$b) $a }
Get-Help g -Parameter *

#### the help object's properties
function g { param($a, [int]$b) $a }
$h = Get-Help g
$h.Name
$h.Category
$h.Synopsis | ConvertTo-Json
$h.ModuleName | ConvertTo-Json
$h.aliases | ConvertTo-Json
$h.remarks
$h.CommonParameters
$null -eq $h.description
$null -eq $h.examples
$null -eq $h.alertSet
$null -eq $h.Component
$h.PSObject.Properties.Name -join ','

#### the help object's type names
function g { param($a, [int]$b) $a }
(Get-Help g).PSObject.TypeNames
(Get-Help g -Full).PSObject.TypeNames -join ','
(Get-Help g -Detailed).PSObject.TypeNames -join ','
(Get-Help g -Examples).PSObject.TypeNames -join ','
(Get-Help g -Parameter a).PSObject.TypeNames -join ','

#### the parts' type names
function g { param($a, [int]$b) $a }
$h = Get-Help g
$h.details.PSObject.TypeNames -join ','
$h.syntax.PSObject.TypeNames -join ','
$h.syntax.syntaxItem[0].PSObject.TypeNames -join ','
$h.parameters.PSObject.TypeNames -join ','
$h.parameters.parameter[0].PSObject.TypeNames -join ','
$h.parameters.parameter[0].type.PSObject.TypeNames -join ','
$h.inputTypes.PSObject.TypeNames -join ','
$h.inputTypes.inputType.PSObject.TypeNames -join ','
$h.returnValues.returnValue.type.PSObject.TypeNames -join ','

#### the Syntax property
function g { param($a, [int]$b) $a }
(Get-Help g).Syntax

#### the Syntax of a function without parameters
function f { 'hi' }
(Get-Help f).Syntax
(Get-Help f).Synopsis | ConvertTo-Json
(Get-Help f).syntax.syntaxItem[0].parameter.Count
(Get-Help f).parameters.parameter.Count

#### details, inputs and outputs
function g { param($a, [int]$b) $a }
$h = Get-Help g
$h.details | Format-List
$h.inputTypes.inputType.type.name | ConvertTo-Json
$h.returnValues.returnValue.type.name

#### an advanced function with parameter sets, mandatory, pipeline and aliased parameters
function Invoke-Thing {
  [CmdletBinding(DefaultParameterSetName='ByName')]
  param(
    [Parameter(Mandatory, Position=0, ParameterSetName='ByName')][Alias('n','nm')][string]$Name,
    [Parameter(Mandatory, ParameterSetName='ById', ValueFromPipeline)][int[]]$Id,
    [Parameter(ValueFromPipelineByPropertyName)][System.IO.FileInfo]$File,
    [switch]$Force,
    [ValidateSet('a','b')][string]$Mode = 'a',
    [hashtable]$Options
  )
  process { }
}
Get-Help Invoke-Thing

#### an advanced function in -Full
function Invoke-Thing {
  [CmdletBinding(DefaultParameterSetName='ByName')]
  param(
    [Parameter(Mandatory, Position=0, ParameterSetName='ByName')][Alias('n','nm')][string]$Name,
    [Parameter(Mandatory, ParameterSetName='ById', ValueFromPipeline)][int[]]$Id,
    [Parameter(ValueFromPipelineByPropertyName)][System.IO.FileInfo]$File,
    [switch]$Force,
    [ValidateSet('a','b')][string]$Mode = 'a',
    [hashtable]$Options
  )
  process { }
}
Get-Help Invoke-Thing -Full

#### an advanced function in -Detailed
function Invoke-Thing {
  [CmdletBinding()]
  param([Parameter(Mandatory, Position=0)][Alias('n')][string]$Name, [switch]$Force)
}
Get-Help Invoke-Thing -Detailed

#### an advanced function's parameters, sorted by name
function Invoke-Thing {
  [CmdletBinding(DefaultParameterSetName='ByName')]
  param(
    [Parameter(Mandatory, Position=0, ParameterSetName='ByName')][Alias('n','nm')][string]$Name,
    [Parameter(Mandatory, ParameterSetName='ById', ValueFromPipeline)][int[]]$Id,
    [Parameter(ValueFromPipelineByPropertyName)][System.IO.FileInfo]$File,
    [switch]$Force,
    [ValidateSet('a','b')][string]$Mode = 'a',
    [hashtable]$Options
  )
  process { }
}
$h = Get-Help Invoke-Thing
$h.parameters.parameter | ForEach-Object { $_.name, $_.required, $_.position, $_.pipelineInput, $_.parameterSetName, $_.aliases, $_.type.name, $_.parameterValue -join '|' }
$h.syntax.syntaxItem | ForEach-Object { ($_.parameter | ForEach-Object name) -join ',' }
$h.syntax.syntaxItem[0].parameter[3].parameterValueGroup.parameterValue -join ','
$h.inputTypes.inputType.type.name | ConvertTo-Json
$h.Synopsis | ConvertTo-Json
$h.CommonParameters

#### -Parameter of an aliased, mandatory parameter
function Invoke-Thing {
  [CmdletBinding(DefaultParameterSetName='ByName')]
  param(
    [Parameter(Mandatory, Position=0, ParameterSetName='ByName')][Alias('n','nm')][string]$Name,
    [Parameter(Mandatory, ParameterSetName='ById', ValueFromPipeline)][int[]]$Id,
    [switch]$Force
  )
  process { }
}
Get-Help Invoke-Thing -Parameter Name
Get-Help Invoke-Thing -Parameter Force

#### the command's aliases and ShouldProcess parameters
function k { [OutputType([string], [int])] [CmdletBinding(SupportsShouldProcess)] param([Parameter(Mandatory)][switch]$S, [Parameter(Mandatory)][ValidateSet('x','y')]$T, [Parameter(ParameterSetName='A', ValueFromPipeline, ValueFromPipelineByPropertyName)][object]$P) }
Set-Alias kk k
Set-Alias kj k
Get-Help k
$h = Get-Help k
$h.aliases | ConvertTo-Json
$h.returnValues.returnValue.type.name | ConvertTo-Json
$h.parameters.parameter | ForEach-Object { $_.name + '|' + $_.aliases + '|' + $_.type.name }

#### -Parameter patterns that match nothing
function k { [CmdletBinding()] param([string]$Multi, [switch]$S) }
Get-Help k -Parameter m*,s,zz
Get-Help k -Parameter zz,s
Get-Help k -Parameter zz

#### a long syntax line is broken at the last column
function Set-SomethingWithAVeryLongName {
  [CmdletBinding()]
  param([string]$FirstParameterName, [string]$SecondParameterName, [int]$ThirdParameterName, [switch]$FourthSwitch)
}
Get-Help Set-SomethingWithAVeryLongName

#### a script file without help
Set-Content -Path ./fh-nohelp.ps1 -Value 'param([string]$Path, [switch]$Recurse)', '$Path'
Get-Help ./fh-nohelp.ps1
Get-Help ./fh-nohelp.ps1 -Full
(Get-Help ./fh-nohelp.ps1).PSObject.TypeNames
Remove-Item ./fh-nohelp.ps1

#### .COMPONENT, .ROLE and .FUNCTIONALITY of comment-based help
function c {
<#
.SYNOPSIS
Does c.
.COMPONENT
Storage
.ROLE
Admin
.FUNCTIONALITY
Sites
#>
param()
}
$h = Get-Help c
$h.Component; $h.Role; $h.Functionality
$h.Component.GetType().FullName

#### -Component, -Role and -Functionality choose topics by those keywords
function c {
<#
.SYNOPSIS
Does c.
.COMPONENT
Storage
.ROLE
Admin
.FUNCTIONALITY
Sites
#>
param()
}
Get-Help c -Component Storage | ForEach-Object Name
Get-Help c -Role Admin | ForEach-Object Name
Get-Help c -Functionality Sites | ForEach-Object Name
Get-Help c -Component Other | ForEach-Object Name
'end'

#### a topic without .COMPONENT has none
function c {
<#
.SYNOPSIS
Does c.
#>
param()
}
$null -eq (Get-Help c).Component
$null -eq (Get-Help c).Role

#### a parameter in two sets: its last [Parameter()] speaks for it in the parameters list
function m { param([Parameter(ParameterSetName='A')][Parameter(ParameterSetName='B', Mandatory, Position=1)][string]$Multi, [Parameter(ParameterSetName='A')][switch]$Other) }
$h = Get-Help m
$h.parameters.parameter | ForEach-Object { $_.name + '|' + $_.required + '|' + $_.position + '|' + $_.parameterSetName }

#### an enum parameter offers its names in the syntax
function e { param([System.DayOfWeek]$Day, [System.IO.FileAttributes[]]$Attributes) }
Get-Help e
(Get-Help e).syntax.syntaxItem[0].parameter[0].parameterValueGroup.parameterValue -join ','

#### a filter without help
filter fl1 { $_ }
Get-Help fl1
(Get-Help fl1).Category

#### -Online of a function without help
function g { param($a) }
Get-Help g -Online

#### a topic after another prints in the first one's view when it applies
function f { 'hi' }
function g { param($a, [int]$b) $a }
Get-Help f
Get-Help g -Full
'after'

#### several functions without help are listed
function fhx-one { param($a) }
function fhx-two { [CmdletBinding()] param([string]$Name) }
Get-Help fhx-*

#### a parameter's last [Parameter()] names the first parameter set
function z { param([Parameter(ParameterSetName='Z')][Parameter(ParameterSetName='Y')][Parameter(ParameterSetName='X')]$q, [Parameter(ParameterSetName='X')]$r) }
Get-Command z -Syntax
Get-Help z
(Get-Help z).parameters.parameter | ForEach-Object parameterSetName
(Get-Command z).ParameterSets.Name -join ','
