# Script modules: Import-Module of a .psm1 file (its script runs once in a module scope of its own), what
# it exports with and without Export-ModuleMember, Get-Module/Get-Command -Module/Remove-Module of it,
# and the errors for a missing or unsupported file. The modules are written by each case.

#### a module's functions are imported and $script: state lives across calls
Set-Content ./Helpers.psm1 @'
$script:count = 0
function Get-TenantName { param([string]$Url) $script:count++; ([uri]$Url).Host.Split('.')[0] -replace '-admin$', '' }
function Get-CallCount { $script:count }
'@
Import-Module ./Helpers.psm1
Get-TenantName -Url 'https://contoso-admin.sharepoint.com'
Get-TenantName 'https://fabrikam.sharepoint.com'
Get-CallCount
"outside: [$count]"

#### the module's output is dropped and its plain variables stay inside
Set-Content ./Quiet.psm1 @'
'loading'
$plain = 'inner'
function Get-Plain { $plain }
'@
Import-Module ./Quiet.psm1
Get-Plain
"outside: [$plain]"

#### without Export-ModuleMember every function is exported
Set-Content ./All.psm1 @'
function Get-One { 'one' }
function Get-Two { Get-Three }
function Get-Three { 'three' }
'@
Import-Module ./All.psm1
Get-One; Get-Two; Get-Three
(Get-Module All).ExportedFunctions.Keys -join ','

#### Export-ModuleMember keeps the others private to the module
Set-Content ./Some.psm1 @'
function Get-Public { "public sees $(Get-Hidden)" }
function Get-Hidden { 'hidden' }
Export-ModuleMember -Function Get-Public
'@
Import-Module ./Some.psm1
Get-Public
try { Get-Hidden } catch { $_.Exception.GetType().Name; $_.Exception.Message }

#### a private function is not recognized outside the module
Set-Content ./Priv.psm1 @'
function Get-Public { 'p' }
function Get-Hidden { 'hidden' }
Export-ModuleMember -Function Get-Public
'@
Import-Module ./Priv.psm1
Get-Hidden

#### Export-ModuleMember with wildcards, a variable and an alias
Set-Content ./Wild.psm1 @'
function Get-X { 'x' }
function Get-Y { 'y' }
function Set-Z { 'z' }
$v = 5
$w = 6
Set-Alias gx Get-X
Set-Alias gy Get-Y
Export-ModuleMember -Function Get-* -Variable v -Alias gx
'@
Import-Module ./Wild.psm1
$v; "w: [$w]"; gx
Get-Command Set-Z, gy -ErrorAction SilentlyContinue | Measure-Object | ForEach-Object Count
$m = Get-Module Wild
$m.ExportedFunctions.Keys -join ','
$m.ExportedAliases.Keys -join ','
$m.ExportedVariables.Keys -join ','

#### aliases are not exported without Export-ModuleMember
Set-Content ./Al.psm1 @'
function Get-Al { 'al' }
Set-Alias gal2 Get-Al
'@
Import-Module ./Al.psm1
Get-Al
Get-Command gal2 -ErrorAction SilentlyContinue | Measure-Object | ForEach-Object Count

#### Export-ModuleMember called twice adds to the list
Set-Content ./Twice.psm1 @'
function Get-A { 'a' }
function Get-B { 'b' }
function Get-C { 'c' }
Export-ModuleMember -Function Get-A
Export-ModuleMember -Function Get-C
'@
Import-Module ./Twice.psm1
(Get-Module Twice).ExportedFunctions.Keys -join ','

#### PSScriptRoot and PSCommandPath are the module's
$null = New-Item -ItemType Directory ./modroot
Set-Content ./modroot/Root.psm1 @'
$loadedFrom = Split-Path -Leaf $PSScriptRoot
function Show-Root { $loadedFrom; Split-Path -Leaf $PSScriptRoot; Split-Path -Leaf $PSCommandPath }
'@
Import-Module ./modroot/Root.psm1
Show-Root

#### an absolute path imports too
Set-Content ./Abs.psm1 "function Get-Abs { 'abs' }"
Import-Module (Join-Path $PWD 'Abs.psm1')
Get-Abs

#### a second import does nothing, -Force runs the module again
Set-Content ./Count.psm1 @'
$script:n = 0
function Get-N { $script:n++; $script:n }
'@
Import-Module ./Count.psm1
Get-N; Get-N
Import-Module ./Count.psm1
Get-N
Import-Module ./Count.psm1 -Force
Get-N

#### -PassThru returns the module
Set-Content ./Pass.psm1 "function Get-Pass { 'pass' }"
$m = Import-Module ./Pass.psm1 -PassThru
$m.Name; $m.ModuleType; $m.Version.ToString(); Split-Path -Leaf $m.Path
$m.GetType().FullName

#### -PassThru shows the module as a table
Set-Content ./Pass.psm1 "function Get-Pass { 'pass' }"
Import-Module ./Pass.psm1 -PassThru

#### -Verbose names the path and each member imported
Set-Content ./Verb.psm1 @'
function Get-X { 'x' }
function Get-Y { 'y' }
$v = 1
Set-Alias gx Get-X
Export-ModuleMember -Function Get-X, Get-Y -Variable v -Alias gx
'@
Import-Module ./Verb.psm1 -Verbose 4>&1 | ForEach-Object { $_ -replace [regex]::Escape("$PWD"), '<dir>' }

#### Get-Module of a script module
Set-Content ./Listed.psm1 "function Get-L1 { 1 }; function Get-L2 { 2 }"
Import-Module ./Listed.psm1
Get-Module Listed

#### Get-Module properties of a script module
Set-Content ./Props.psm1 "function Get-P { 1 }"
Import-Module ./Props.psm1
$m = Get-Module Props
$m.ModuleType.ToString(); $m.Version; $m.Name; $m.ModuleBase -eq "$PWD"; $m.Path -eq (Join-Path $PWD 'Props.psm1')
$m.ExportedCommands.Keys

#### Get-Command -Module lists the module's functions
Set-Content ./Cmds.psm1 @'
function Get-Beta { 'b' }
function Get-Alpha { 'a' }
function Hidden-Thing { }
Export-ModuleMember -Function Get-*
'@
Import-Module ./Cmds.psm1
Get-Command -Module Cmds
(Get-Command Get-Alpha).Source

#### Remove-Module removes the module's commands
Set-Content ./Gone.psm1 "function Get-Gone { 'here' }"
Import-Module ./Gone.psm1
Get-Gone
Remove-Module Gone
Get-Command Get-Gone -ErrorAction SilentlyContinue | Measure-Object | ForEach-Object Count
Get-Module Gone | Measure-Object | ForEach-Object Count
Get-Gone

#### Remove-Module of a module that is not loaded
Remove-Module NotLoadedAnywhere

#### Get-Module piped to Remove-Module
Set-Content ./Piped.psm1 "function Get-Piped { 'p' }"
Import-Module ./Piped.psm1
Get-Module Piped | Remove-Module
Get-Module Piped | Measure-Object | ForEach-Object Count

#### Import-Module of a missing file
Import-Module ./NoSuchModule.psm1

#### Import-Module of a file that is not a module
Set-Content ./notamodule.txt 'function f { 1 }'
Import-Module ./notamodule.txt 2>&1 | ForEach-Object { $_.FullyQualifiedErrorId; $_.Exception.Message -replace [regex]::Escape("$PWD"), '<dir>' }

#### Import-Module of a missing file, error details
try { Import-Module ./Missing.psm1 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName }

#### Export-ModuleMember outside a module
Export-ModuleMember -Function Get-Date

#### a module function calls another module's exported function
Set-Content ./Base.psm1 "function Get-Base { 'base' }"
Set-Content ./Top.psm1 "function Get-Top { 'top on ' + (Get-Base) }"
Import-Module ./Base.psm1
Import-Module ./Top.psm1
Get-Top

#### $script: in a module is not the caller's script scope | -f
Set-Content ./Scoped.psm1 @'
$script:name = 'module'
function Get-ScriptName { $script:name }
function Set-ScriptName($v) { $script:name = $v }
'@
$script:name = 'caller'
Import-Module ./Scoped.psm1
Get-ScriptName
Set-ScriptName changed
Get-ScriptName
$script:name

#### a module loaded by a script file stays after it | -f
Set-Content ./Inner.psm1 "function Get-Inner { 'inner' }"
Set-Content ./loader.ps1 'Import-Module ./Inner.psm1'
./loader.ps1
Get-Inner

#### ipmo alias and the module's global variable
Set-Content ./Glob.psm1 @'
$global:fromModule = 'set by module'
function Get-G { 'g' }
'@
ipmo ./Glob.psm1
$fromModule
Get-G

#### New-Module makes a dynamic module whose exported functions are in the session
$m = New-Module -Name Dyn -ScriptBlock { function Get-Dyn { 'dyn' }; $v = 1; Export-ModuleMember -Function Get-Dyn }
Get-Dyn
$m.Name; $m.ModuleType.ToString(); $m.Version.ToString(); "v: [$v]"
Get-Module Dyn | Measure-Object | ForEach-Object Count

#### New-Module shows the module
New-Module -Name Shown -ScriptBlock { function Get-Shown { 1 } }

#### New-Module without a name
$n = New-Module { function Get-Anon { 'anon' } }
$n.Name -like '__DynamicModule_*'
Get-Anon

#### New-Module piped to Import-Module is listed by Get-Module
New-Module -Name Piped -ScriptBlock { function Get-Piped { 'piped' } } | Import-Module
Get-Piped
Get-Module Piped | ForEach-Object Name

#### New-Module -ArgumentList and -ReturnResult
New-Module -Name Args -ScriptBlock { param($x) function Get-Arg { "arg $x" } } -ArgumentList 42 | Out-Null
Get-Arg
New-Module -Name Ret -ScriptBlock { 'body output'; 1 + 1 } -ReturnResult

#### New-Module -Function exports only those
New-Module -Name Fn -ScriptBlock { function a1 { 'a1' }; function a2 { 'a2' } } -Function a1 | Out-Null
a1; a2

#### New-Module keeps its script: variables
New-Module -Name Scr -ScriptBlock { $script:s = 0; function Inc { $script:s++; $script:s } } | Out-Null
Inc; Inc; "s: [$s]"

#### Remove-Module of a dynamic module that was not imported
New-Module -Name NotImported -ScriptBlock { function Get-NI { 'ni' } } | Out-Null
Remove-Module NotImported
Get-NI

#### -Verbose without Export-ModuleMember says each function and alias is exported
Set-Content ./Ord.psm1 @'
function Get-Zed { 1 }
function Get-Abe { 2 }
Set-Alias zz Get-Zed
Set-Alias aa Get-Abe
'@
Import-Module ./Ord.psm1 -Verbose 4>&1 | ForEach-Object { $_ -replace [regex]::Escape("$PWD"), '<dir>' }
(Get-Module Ord).ExportedCommands.Keys -join ','

#### Import-Module by name from a folder of PSModulePath
$saved = $env:PSModulePath
$null = New-Item -ItemType Directory ./mods/Tools
Set-Content ./mods/Tools/Tools.psm1 "function Get-Tool { 'tool from ' + (Split-Path -Leaf `$PSScriptRoot) }"
$env:PSModulePath = (Join-Path $PWD 'mods') + [IO.Path]::PathSeparator + $saved
Import-Module Tools
Get-Tool
Get-Module Tools
$env:PSModulePath = $saved

#### a manifest gives the version and narrows the exports
$saved = $env:PSModulePath
$null = New-Item -ItemType Directory ./mods/Man
Set-Content ./mods/Man/Man.psm1 @'
function Get-Man { 'man' }
function Get-Hid { 'hid' }
function Get-Priv { 'priv' }
'@
Set-Content ./mods/Man/Man.psd1 @'
@{
  RootModule = 'Man.psm1'
  ModuleVersion = '1.2.3'
  Description = 'A manifest module'
  FunctionsToExport = @('Get-Man', 'Get-Hid')
}
'@
$env:PSModulePath = (Join-Path $PWD 'mods') + [IO.Path]::PathSeparator + $saved
Import-Module Man -Verbose 4>&1 | ForEach-Object { $_ -replace [regex]::Escape("$PWD"), '<dir>' }
$env:PSModulePath = $saved
Get-Man
Get-Module Man
$m = Get-Module Man; $m.Version.ToString(); $m.Description; $m.ModuleType.ToString(); Split-Path -Leaf $m.Path
(Get-Command Get-Man).Version.ToString()
Get-Priv

#### a manifest imported by its path
$null = New-Item -ItemType Directory ./Mf
Set-Content ./Mf/Mf.psm1 "function Get-Mf { 'mf' }"
Set-Content ./Mf/Mf.psd1 "@{ RootModule = 'Mf.psm1'; ModuleVersion = '2.0'; FunctionsToExport = '*' }"
Import-Module ./Mf/Mf.psd1 -PassThru | ForEach-Object { $_.Name; $_.Version.ToString() }
Get-Mf

#### Import-Module of a name found nowhere
Import-Module NoSuchModuleAnywhere

#### a module whose script throws is not imported | -f
Set-Content ./Fails.psm1 @'
function Get-Ok { 1 }
throw 'load failed'
'@
Import-Module ./Fails.psm1
Get-Ok
Get-Module Fails | Measure-Object | ForEach-Object Count
try { Import-Module ./Fails.psm1 } catch { 'caught: ' + $_ }
'after'

#### a module with a parse error | -f
Set-Content ./Broken.psm1 'function f {'
Import-Module ./Broken.psm1
Import-Module ./Broken.psm1 2>&1 | ForEach-Object FullyQualifiedErrorId
'after'

#### an error inside a module function points into the module
Set-Content ./Er.psm1 @'
function Get-Err { Write-Error 'bad thing' }
function Get-Throw { throw 'thrown' }
'@
Import-Module ./Er.psm1
Get-Err
try { Get-Throw } catch { Split-Path -Leaf $_.InvocationInfo.ScriptName; $_.InvocationInfo.ScriptLineNumber }

#### Remove-Module -WhatIf names the module and its path
Set-Content ./Stay.psm1 "function Get-Stay { 'stay' }"
Import-Module ./Stay.psm1
Remove-Module Stay -WhatIf | ForEach-Object { $_ }
Get-Stay

#### New-Module -AsCustomObject makes an object of the module's functions and variables
$c = New-Module -ScriptBlock { $count = 0; $name = 'n'; function Next { $script:count++; $count }; function Add2($a, $b) { $a + $b }; Export-ModuleMember -Function * -Variable name } -AsCustomObject
$c.Next(); $c.Next(); $c.Add2(1, 2); $c.name; $c.GetType().FullName
Get-Command Next -ErrorAction SilentlyContinue | Measure-Object | ForEach-Object Count
$c | Get-Member | Format-Table -AutoSize | Out-String
$c

#### a module file named without a folder is not looked for here; a Windows-style path is
Set-Content ./Here.psm1 "function Get-Here { 'here' }"
Import-Module Here.psm1 2>&1 | ForEach-Object FullyQualifiedErrorId
Import-Module .\Here.psm1
Get-Here
