# Import-Module's -Function, -Cmdlet, -Variable and -Alias (only the members they name come into the
# session; the module still exports all), -ArgumentList, -MaximumVersion and -AsCustomObject, with a
# script module the case writes into its scratch folder.

#### -Function imports only the functions it names; the module still exports every one
@'
param($greeting = 'hi')
function Get-A { "A $greeting" }
function Get-B { 'B' }
function Set-C { 'C' }
New-Alias ga Get-A
$v1 = 1
$v2 = 2
Export-ModuleMember -Function * -Alias * -Variable *
'@ | Set-Content ./m1.psm1
Import-Module ./m1.psm1 -Function Get-A,Set-* -Verbose; Get-Command -Module m1 | ForEach-Object Name; (Get-Module m1).ExportedFunctions.Keys; Get-A

#### -Alias and -Variable without -Function import no function; -ArgumentList reaches param( )
@'
param($greeting = 'hi')
function Get-A { "A $greeting" }
New-Alias ga Get-A
$v1 = 1
$v2 = 2
Export-ModuleMember -Function * -Alias * -Variable *
'@ | Set-Content ./m2.psm1
Import-Module ./m2.psm1 -ArgumentList hello -Alias ga -Variable v2; Get-Command -Module m2 | ForEach-Object Name; "v1=[$v1] v2=[$v2]"; ga
Remove-Module m2; Import-Module ./m2.psm1 -ArgumentList hello; Get-A

#### a -Cmdlet or -Function that names nothing imports nothing
'function Get-A { "A" }' | Set-Content ./m3.psm1
Import-Module ./m3.psm1 -Cmdlet x -Function nope; "count $((Get-Command -Module m3).Count)"

#### -MaximumVersion does not find a module given by its path; a built-in module has one version
'function Get-A { "A" }' | Set-Content ./m4.psm1
Import-Module ./m4.psm1 -MaximumVersion 1.0; (Get-Module m4) -eq $null
Import-Module Microsoft.PowerShell.Utility -MaximumVersion 1.0
Import-Module Microsoft.PowerShell.Utility -MaximumVersion 7.*; 'ok'

#### -AsCustomObject: the module's functions as script methods; importing the loaded module again brings them in
'param($g = "hi"); function Get-A { "A $g" }; function Get-B { "B" }' | Set-Content ./m5.psm1
$o = Import-Module ./m5.psm1 -AsCustomObject; $o.GetType().FullName; $o | Get-Member -MemberType ScriptMethod | ForEach-Object Name; $o.'Get-B'()
(Get-Module m5) -eq $null; Get-Command Get-A -ErrorAction SilentlyContinue | ForEach-Object Name; 'before'
Import-Module ./m5.psm1 -ArgumentList 'x' -Function Get-A; Get-A; Get-Command Get-B -ErrorAction SilentlyContinue | ForEach-Object Name

#### the parameters in pwsh's order (less the remoting, assembly and module-specification ones)
((Get-Command Import-Module).Parameters.Keys | Where-Object { $_ -notin 'FullyQualifiedName', 'Assembly', 'PSSession', 'CimSession', 'CimResourceUri', 'CimNamespace' }) -join ','
