# Get-Help writes help objects, as pwsh 7.6.10 does: a function's comment-based help is a
# MamlCommandHelpInfo (its views' names before it), with details, syntax, parameters, examples,
# relatedLinks, inputTypes, returnValues and alertSet parts named MamlCommandHelpInfo#<part>, and
# paragraphs as MamlParaTextItem objects. Only topics both shells read the same way are here: pwsh on
# Linux has no help for the built-in commands (spo reads its docs/ pages; test/help-objects.test.ts
# checks those objects), so the cases use functions with comment-based help. pwsh orders the MAML
# parts' properties at random from run to run: the cases name properties rather than list them all.

#### the help object's type names in each view
function f {
<#
.SYNOPSIS
Does f.
#>
param([string]$Name)
}
(Get-Help f).PSObject.TypeNames
(Get-Help f -Full).pstypenames -join ','
(Get-Help f -Detailed).pstypenames -join ','
(Get-Help f -Examples).pstypenames -join ','
(Get-Help f).GetType().FullName
(Get-Help f -Parameter Name).pstypenames -join ','

#### the top-level properties of a function's help
function f {
<#
.SYNOPSIS
Does f.
.DESCRIPTION
Long f.
.PARAMETER Name
The name.
.EXAMPLE
f -Name x
.LINK
https://example.com/f
#>
[CmdletBinding()] param([Parameter(Mandatory)][string]$Name, [int]$Count = 2)
}
(Get-Help f | Get-Member -MemberType NoteProperty).Name -join ','
$h = Get-Help f
$h.Name
$h.Synopsis
$h.Category
$h.ModuleName -eq ''
$null -eq $h.Component
$null -eq $h.Role
$null -eq $h.Functionality
$h.'xmlns:maml'
$h.'xmlns:command'
$h.'xmlns:dev'

#### Select-Object of help objects
function f {
<#
.SYNOPSIS
Does f.
#>
param()
}
Get-Help f | Select-Object Name, Synopsis, Category

#### the parts' type names and properties
function f {
<#
.SYNOPSIS
Does f.
.DESCRIPTION
Long f.

Second para.
.PARAMETER Name
The name.
.EXAMPLE
f -Name x
.INPUTS
System.String
.OUTPUTS
System.Int32
.NOTES
A note.
.LINK
https://example.com/f
.LINK
Get-Date
#>
[CmdletBinding()] param([Parameter(Mandatory, ValueFromPipeline)][string]$Name, [int]$Count = 2, [switch]$S)
}
$h = Get-Help f
foreach ($p in 'details', 'syntax', 'parameters', 'examples', 'relatedLinks', 'inputTypes', 'returnValues', 'alertSet') {
  $v = $h.$p
  '{0}: {1} [{2}]' -f $p, ($v.pstypenames -join ','), (($v.PSObject.Properties.Name | Sort-Object) -join ',')
}
$h.details.name
$h.details.description[0].pstypenames -join ','
$h.details.description.Text
$h.description.Count
$h.description[0].Text
$h.inputTypes.inputType.type.name
$h.returnValues.returnValue.type.pstypenames -join ','
$h.returnValues.returnValue.type.name
$h.alertSet.alert.Text
$h.relatedLinks.navigationLink.Count
$h.relatedLinks.navigationLink[0].uri
$h.relatedLinks.navigationLink[1].linkText

#### parameters
function f {
<#
.SYNOPSIS
Does f.
.PARAMETER Name
The name.
#>
[CmdletBinding()] param([Parameter(Mandatory, ValueFromPipeline)][string]$Name, [int]$Count = 2, [switch]$S)
}
$h = Get-Help f
$h.Parameters.Parameter.Name -join ','
foreach ($p in $h.parameters.parameter) {
  '{0}: required={1} position={2} pipeline={3} globbing={4} value={5} type={6} default=[{7}]' -f $p.name, $p.required, $p.position, $p.pipelineInput, $p.globbing, $p.parameterValue, $p.type.name, $p.defaultValue
}
$h.parameters.parameter[0].pstypenames -join ','
$h.parameters.parameter[0].type.pstypenames -join ','
$h.parameters.parameter[0].description.Text
$h.parameters.parameter[1].description -eq $null
(Get-Help f -Parameter Name).Required
(Get-Help f -Parameter Count).position
(Get-Help f -Parameter *).name -join ','

#### syntax items
function f {
<#
.SYNOPSIS
Does f.
#>
[CmdletBinding(DefaultParameterSetName = 'A')]
param([Parameter(ParameterSetName = 'A', Mandatory)][string]$Name, [Parameter(ParameterSetName = 'B')][int]$Id, [switch]$S)
}
$h = Get-Help f
$h.syntax.syntaxItem.Count
foreach ($item in $h.syntax.syntaxItem) {
  $item.pstypenames -join ','
  $item.name
  foreach ($p in $item.parameter) { '  {0}: required={1} position={2} value={3}' -f $p.name, $p.required, $p.position, $p.parameterValue }
}

#### examples
function f {
<#
.SYNOPSIS
Does f.
.EXAMPLE
f -Name x
Runs f.

More.
.EXAMPLE
f
#>
param($Name)
}
$h = Get-Help f
$h.examples.example.Count
$h.Examples.Example[0].Code
$h.examples.example[0].title
$h.examples.example[0].pstypenames -join ','
$h.examples.example[0].introduction.Text
$h.examples.example[0].remarks.Count
$h.examples.example[0].remarks[0].Text
$h.examples.example[1].code
$h.examples.example[1].remarks.Count

#### one example is the part itself, not an array
function f {
<#
.SYNOPSIS
Does f.
.EXAMPLE
f
#>
param()
}
(Get-Help f).examples.example.code
(Get-Help f).examples.example -is [array]
(Get-Help f).Examples.Example[0].Code

#### a function without parameters has an empty parameters part and a syntax item of its name alone
function f {
<#
.SYNOPSIS
Does f.
#>
param()
}
$h = Get-Help f
$h.parameters.GetType().FullName
"[$($h.parameters)]"
$null -eq $h.examples
$h.syntax.syntaxItem.PSObject.Properties.Name -join ','
$h.syntax.syntaxItem.name

#### a wildcard that matches nothing writes nothing, and no error
Get-Help about_* | Measure-Object | ForEach-Object Count
Get-Help nosuch-command* | Measure-Object | ForEach-Object Count
'after'

#### a help object still prints its page
function f {
<#
.SYNOPSIS
Does f.
.DESCRIPTION
Long f.
#>
param([string]$Name)
}
$h = Get-Help f
$h
'after'

#### two help objects print as one group
function f {
<#
.SYNOPSIS
Does f.
#>
param([string]$Name)
}
Get-Help f -Examples
Get-Help f -Examples
'after'

#### help objects through Out-String
function f {
<#
.SYNOPSIS
Does f.
#>
param([string]$Name)
}
(Get-Help f | Out-String -Width 80).Length -gt 0
(Get-Help f -Parameter Name | Out-String).Contains('-Name <String>')

#### the parameter part's members
function f {
<#
.SYNOPSIS
Does f.
.PARAMETER Name
The name.
#>
param([Parameter(Mandatory)][string]$Name)
}
(Get-Help f -Parameter Name | Get-Member -MemberType NoteProperty).Name -join ','

#### Get-Help of a script file is its help object too
Set-Content ./greet.ps1 @'
<#
.SYNOPSIS
Greets a person.
#>
param([string]$Name)
"Hello $Name"
'@
$h = Get-Help ./greet.ps1
$h.pstypenames -join ','
$h.Synopsis
$h.Category
$h.details.description.Text

#### a help object after another prints in the first one's view
function f {
<#
.SYNOPSIS
Does f.
.PARAMETER Name
The name.
#>
param([string]$Name)
}
function g {
<#
.SYNOPSIS
Does g.
#>
param([string]$Id)
}
Get-Help f
Get-Help g -Examples
'x'
