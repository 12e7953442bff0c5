# Set-Location to a provider-qualified path: the location stays provider-qualified, with no drive.

#### Get-Location and $PWD after FileSystem::
Set-Location FileSystem::/tmp
Get-Location
$PWD
(Get-Location).Path
(Get-Location).ProviderPath
"$PWD"
$PWD.Path
(Get-Location).Provider.Name
$null -eq (Get-Location).Drive
Get-Location | Format-List Drive, ProviderPath, Path

#### the module-qualified provider name and -PassThru
Set-Location Microsoft.PowerShell.Core\FileSystem::/tmp
(Get-Location).Path
Set-Location FileSystem::/tmp/ -PassThru

#### the provider root and relative moves
Set-Location FileSystem::/
(Get-Location).Path
Set-Location FileSystem::/tmp
Set-Location ..
(Get-Location).Path
(Get-Location).ProviderPath

#### a drive path or home ends the provider-qualified location
Set-Location FileSystem::/tmp
Set-Location /tmp
(Get-Location).Path
Set-Location FileSystem::/tmp
Set-Location ~
(Get-Location).Path -eq $HOME
Set-Location FileSystem::/tmp
Set-Location
(Get-Location).Path -eq $HOME
