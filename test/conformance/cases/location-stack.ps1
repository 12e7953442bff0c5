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

#### Set-Location -StackName makes another stack the default one, until Pop-Location empties it
Set-Location /; Push-Location /tmp -StackName s1; Set-Location /; Set-Location -StackName s1; (Get-Location -Stack).Name
Push-Location /etc; (Get-Location -Stack -StackName s1).Count; (Get-Location).Path
Pop-Location; (Get-Location).Path; Pop-Location; (Get-Location).Path
Get-Location -Stack -StackName s1
(Get-Location -Stack).Name
Set-Location -StackName s1
Set-Location -StackName default -PassThru | ForEach-Object { $_.GetType().FullName; $_.Name; $_.Count }
Push-Location /tmp -StackName s2; Set-Location -StackName s2 -PassThru | ForEach-Object { $_.Name; $_.Count }
Set-Location -StackName $null; Set-Location -StackName ''; (Get-Location -Stack).Name
Get-Command Set-Location -Syntax

#### a location stack is written whole: ForEach-Object asks the stack for the member, not its entries
Set-Location /; Push-Location /tmp; Get-Location -Stack | ForEach-Object Path; (Get-Location -Stack).Count
,@([pscustomobject]@{a=1}, [pscustomobject]@{a=2}) | ForEach-Object a; '--'; ,(1,2) | ForEach-Object Length
,@('x','yy') | ForEach-Object ToUpper; ,@('a','b') | ForEach-Object Replace a b
