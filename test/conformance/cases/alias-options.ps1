# Aliases: Definition as typed, pwsh's options on the built-in aliases (ReadOnly, AllScope), and the
# errors a ReadOnly or Constant alias gives Set-Alias, New-Alias, Remove-Alias, Set-Item, Remove-Item and $alias:.

#### definition keeps the text as typed
Set-Alias zz gci
(Get-Alias zz).Definition
(Get-Alias zz).ReferencedCommand.Name
Get-Alias zz
Get-Command zz
New-Alias yy Get-ChildItem
(Get-Alias yy).Definition
Set-Alias ww nosuchthing
(Get-Alias ww).Definition
Get-Alias ww
Set-Alias q gal
(Get-Command q).ResolvedCommandName

#### built-in alias options
(Get-Alias gci).Options
(Get-Alias gc).Options
(Get-Alias cd).Options
(Get-Alias select).Options
(Get-Alias %).Options
(Get-Alias cls).Options
(Get-Alias gci).Options.GetType().FullName
(Get-Alias gal).Options -band 1

#### Remove-Item of a read-only alias
Remove-Item alias:gci
Get-Alias gci | ForEach-Object Definition
Remove-Item alias:gci -Force
Get-Alias gci

#### Set-Alias on a read-only alias
Set-Alias gci x
(Get-Alias gci).Definition
Set-Alias gci x -Force
(Get-Alias gci).Definition
(Get-Alias gci).Options

#### Set-Alias on a read-only alias, the error record
Set-Alias gci x
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
$Error[0].Exception.GetType().FullName
$Error[0].TargetObject

#### Remove-Item of a read-only alias, the error record
Remove-Item alias:gc
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()

#### AllScope aliases are not read-only
Remove-Item alias:cd
Get-Alias cd
Set-Alias pushd Get-Date -Option AllScope
(Get-Alias pushd).Definition
$alias:dir = 'Get-Date'
(Get-Alias dir).Definition
(Get-Alias dir).Options

#### AllScope cannot be removed from an alias
Set-Alias pushd Get-Date
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
Set-Alias pushd Get-Date -Force
New-Alias copy x -Force
(Get-Alias copy).Definition

#### variable drive assignment to a read-only alias
$alias:gc = 'x'
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
$alias:gc

#### Set-Item on a read-only alias
Set-Item alias:gc x
$Error[0].FullyQualifiedErrorId
Set-Item alias:gc x -Force
(Get-Alias gc).Definition

#### New-Alias over a read-only alias
New-Alias gal x
$Error[0].FullyQualifiedErrorId
New-Alias gci x -Force
(Get-Alias gci).Definition
New-Alias foreach x

#### options given to Set-Alias
Set-Alias zz2 gci -Option ReadOnly
(Get-Alias zz2).Options
Set-Alias zz2 gc
Remove-Item alias:zz2
Remove-Item alias:zz2 -Force
Get-Alias zz2
Set-Alias r2 x -Option Private
(Get-Alias r2).Options
Set-Alias cls2 Get-Date -Option ReadOnly,AllScope
(Get-Alias cls2).Options
Set-Alias gcm x -Option None -Force
(Get-Alias gcm).Options

#### a constant alias is never changed or removed
Set-Alias zz3 gci -Option Constant
Set-Alias zz3 gc -Force
Remove-Item alias:zz3 -Force
Remove-Alias zz3 -Force
(Get-Alias zz3).Options
(Get-Alias zz3).Definition

#### Remove-Alias
Set-Alias a1 x
Set-Alias a2 y
Remove-Alias a1,a2
Get-Alias a1
Remove-Alias gci
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
Remove-Alias gci -Force
Get-Alias gci

#### Remove-Alias of a name that is no alias
Remove-Alias nope
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
Remove-Alias g*
