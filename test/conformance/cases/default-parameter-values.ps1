# $PSDefaultParameterValues as pwsh 7.6.10 applies it: `Command:Parameter` keys with wildcards, cmdlets and
# advanced functions only, explicit arguments winning, script-block values, conflicting keys and values
# that do not bind dropped with a warning, `Disabled`, and the DefaultParameterDictionary's key checks.

#### defaults for cmdlets, with wildcards
$PSDefaultParameterValues.GetType().FullName; $PSDefaultParameterValues.Count
$PSDefaultParameterValues['Get-Date:Format'] = 'yyyy'; Get-Date -Date '2026-05-05'; Get-Date -Date '2026-05-05' -Format 'MM'
$PSDefaultParameterValues['get-d*:Format'] = 'dd'; (Get-Date -Date '2026-05-07').Day
$PSDefaultParameterValues.Clear(); $PSDefaultParameterValues['*:Format'] = 'yyyy'; Get-Date -Date '2026-05-05'
$PSDefaultParameterValues = @{ 'Write-Output:NoEnumerate' = $true }; (Write-Output 1,2 | Measure-Object).Count; $PSDefaultParameterValues.GetType().Name
$PSDefaultParameterValues = @{ '*:ErrorAction' = 'SilentlyContinue' }; Get-Item /nonexistent-spo-path; 'after'

#### simple functions take none; advanced ones do
function f { param($A = 'fa', [switch]$S) "A=$A S=$S" }; $PSDefaultParameterValues['f:A'] = 'def'; f; f -A x
$PSDefaultParameterValues = @{ 'g:Name' = 'n1' }; function g { param([Parameter(Mandatory)]$Name) "name=$Name" }; g
$PSDefaultParameterValues = @{}; function k { [CmdletBinding()] param($A) "k $A" }; $PSDefaultParameterValues['K:a'] = 'case'; k
$PSDefaultParameterValues = @{ 'k:A' = 'off'; 'Disabled' = $true }; k; $PSDefaultParameterValues.Remove('Disabled'); k
$PSDefaultParameterValues = @{ '*:Verbose' = $true }; function v { [CmdletBinding()] param() Write-Verbose "vv" }; v

#### script-block values, conflicts and values that do not bind
function g { [CmdletBinding()] param($Name, [scriptblock]$Sb) "name=$Name sb=$Sb" }
$PSDefaultParameterValues = @{ "g:Name" = { "computed " + $args[0].GetType().Name + " " + $args[0].BoundParameters }; "g:Sb" = { 1 + 1 } }; g; g -Sb { 'x' }
$PSDefaultParameterValues = @{ "g:Name" = 5; "g:N*" = 5 }; g
$PSDefaultParameterValues = @{ "g:Name" = 5; "g:Nam*" = 6 }; g
$PSDefaultParameterValues = @{ "Write-Host:ForegroundColor" = "Nope" }; Write-Host hi

#### the dictionary checks its keys
'x'
$PSDefaultParameterValues["x"] = 1
$PSDefaultParameterValues["a:"] = 1
$PSDefaultParameterValues["a:b:c"] = 1
$PSDefaultParameterValues[" a : b "] = 1
($PSDefaultParameterValues.Keys | Sort-Object) -join "|"
$PSDefaultParameterValues.Add('y', 1)
$PSDefaultParameterValues = @{ 'noColon' = 1 }
$PSDefaultParameterValues = $null; $null -eq $PSDefaultParameterValues

#### a value that is no hashtable
'x'
$PSDefaultParameterValues = "abc"
$PSDefaultParameterValues = 5
$PSDefaultParameterValues.GetType().Name
