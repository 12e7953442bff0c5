# Push-Location, Pop-Location and Get-Location -Stack/-PSDrive/-PSProvider, as scripts step into a
# folder and come back.

#### push, list and pop the default stack
Set-Location /tmp
Push-Location /usr; Get-Location
Push-Location /etc -PassThru
Get-Location -Stack
Pop-Location -PassThru
Pop-Location; Get-Location
Pop-Location
'after'

#### a path that does not exist is still pushed
Set-Location /tmp
Push-Location /spotest-nope
(Get-Location -Stack).Count; (Get-Location).Path

#### named stacks
Set-Location /tmp
Push-Location -StackName s1 /usr; Get-Location -StackName s1
Pop-Location -StackName S1; (Get-Location).Path
Pop-Location -StackName nope
Get-Location -StackName nope
$Error[0].FullyQualifiedErrorId

#### the stack's type and display
Set-Location /tmp
Push-Location; Push-Location
Get-Location -Stack | Format-List
(Get-Location -Stack).GetType().FullName

#### aliases
Set-Location /tmp
pushd /etc; (Get-Location).Path; popd; (Get-Location).Path

#### the location in other drives and providers
Set-Location /tmp
Get-Location -PSDrive /
Get-Location -PSDrive Env | ForEach-Object Path
Get-Location -PSDrive Temp | ForEach-Object Path
Get-Location -PSProvider FileSystem | ForEach-Object Path
Get-Location -PSProvider Variable | ForEach-Object Path
Get-Location -PSDrive Nope
Get-Location -PSProvider Nope

#### syntax
Get-Command Push-Location, Pop-Location, Get-Location -Syntax
