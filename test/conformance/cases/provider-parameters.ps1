# The provider cmdlets' -Credential (refused by every provider, before any path is looked at), the
# FileSystem provider's dynamic parameters (none on another provider's drive), Get-Content's -ReadCount,
# -Delimiter and -Wait, Set-Item's name filters, Set-ItemProperty -InputObject, Join-Path's child paths
# and Split-Path's sets, as pwsh 7.6.10 has them. Each case runs in a fresh session, in a scratch folder.

#### -Credential stops a file system command before it reads any path
$c = [pscredential]::new('u', (ConvertTo-SecureString 'p' -AsPlainText -Force))
Get-Item . -Credential $c
Get-Item ./nonexist -Credential $c
Get-Content ./nonexist -Credential $c
New-Item ./credy.txt -Credential $c; Test-Path ./credy.txt

#### -Credential given to a command that takes pipeline input
$c = [pscredential]::new('u', (ConvertTo-SecureString 'p' -AsPlainText -Force))
1,2 | Set-Content ./cred.txt -Credential $c; Test-Path ./cred.txt

#### -Credential on another provider's drive, and from Join-Path and Split-Path
$c = [pscredential]::new('u', (ConvertTo-SecureString 'p' -AsPlainText -Force))
Get-Item env:HOME -Credential $c
Clear-Item env:NOPE -Credential $c
Join-Path a b -Credential $c
Split-Path /a/b -Credential $c -Leaf
Resolve-Path ./nonexist -Credential $c
$Error[0].FullyQualifiedErrorId; $Error[1].FullyQualifiedErrorId; $Error[3].FullyQualifiedErrorId

#### a $null credential is no credential, and is not asked for
Test-Path . -Credential $null
Resolve-Path . -Credential $null | ForEach-Object { Split-Path $_.Path -IsAbsolute }
function f { param([pscredential][System.Management.Automation.Credential()]$c) "c=[$c]" }; f -c $null

#### -Credential is in each provider cmdlet's parameters (Copy-Item also has the remoting -FromSession/-ToSession)
'Add-Content','Clear-Item','Get-Content','Get-Item','Get-ItemProperty','Get-ItemPropertyValue','Join-Path','Move-Item','New-Item','Remove-Item','Rename-Item','Set-Content','Set-Item','Set-ItemProperty','Split-Path' | ForEach-Object { "$_ " + (((Get-Command $_).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters }) -join ',') }

#### the FileSystem provider's dynamic parameters do not exist on another drive
'x' | Set-Content env:SCX -Encoding utf8
Get-ChildItem variable: -File
Test-Path env:HOME -OlderThan (Get-Date)
$p = @{ Path = 'env:'; File = $true }; Get-ChildItem @p
Get-Content env:HOME -Delimiter x

#### dynamic parameters come after -WhatIf and -Confirm, and an alias match after the names
Get-Command Set-Content -Syntax
Set-Content -P ./sc.txt -Value 1
Copy-Item -P a
'x' | Set-Content ./sc.txt -N; Get-Content ./sc.txt -Raw

#### Get-Content -ReadCount sends arrays of lines
'a','b','c','d','e' | Set-Content ./gc.txt
Get-Content ./gc.txt -ReadCount 2 | ForEach-Object { '[' + ($_ -join '|') + '] ' + $_.GetType().Name }
Get-Content ./gc.txt -ReadCount 0 | ForEach-Object { '[' + ($_ -join '|') + ']' }
Get-Content ./gc.txt -ReadCount -1 | ForEach-Object { '[' + ($_ -join '|') + ']' }
Get-Content ./gc.txt -ReadCount 2 -TotalCount 3 | ForEach-Object { '[' + ($_ -join '|') + ']' }
Get-Content ./gc.txt -ReadCount 2 -Tail 3 | ForEach-Object { '[' + ($_ -join '|') + ']' }
Get-Content ./gc.txt -AsByteStream -ReadCount 3 | ForEach-Object { '[' + ($_ -join '|') + ']' }
Get-Content ./gc.txt -Raw -ReadCount 2 | ForEach-Object { $_.GetType().Name }
(Get-Content ./gc.txt -ReadCount 2).Count

#### Get-Content -Delimiter leaves the delimiter out
'x,y,,z' | Set-Content ./gc2.txt -NoNewline; 'a','b','c','d','e' | Set-Content ./gc.txt
Get-Content ./gc2.txt -Delimiter ',' | ForEach-Object { "<$_>" }
Get-Content ./gc.txt -Delimiter 'c' | ForEach-Object { "<$_>" }
Get-Content ./gc2.txt -Delimiter ',' -ReadCount 2 | ForEach-Object { '[' + ($_ -join '|') + ']' }
Get-Content ./gc2.txt -Delimiter ',' -TotalCount 2; Get-Content ./gc2.txt -Delimiter ',' -Tail 2
'empty'; Get-Content ./gc2.txt -Delimiter ''; Get-Content ./gc2.txt -Delimiter ',,'
Get-Content ./gc.txt -Delimiter "`n"

#### Get-Content -Delimiter refuses -Raw and -AsByteStream
'x,y' | Set-Content ./gc2.txt
Get-Content ./gc2.txt -Delimiter ',' -Raw
Get-Content ./gc2.txt -Raw -Wait
Get-Content ./gc2.txt -Delimiter ',' -AsByteStream; "ok $?"

#### Get-Content -TotalCount and -Tail are not negative, and -TotalCount is a long
'a','b' | Set-Content ./gc.txt
Get-Content ./gc.txt -Tail -1
Get-Content ./gc.txt -TotalCount -1
Get-Content ./gc.txt -TotalCount 5000000000 | Measure-Object | ForEach-Object Count
Get-Content ./gc.txt -Wait -TotalCount 2

#### Set-Item -Include, -Exclude and -Filter on the Env: drive
$env:ZZ1 = 'a'; $env:ZZ2 = 'b'
Set-Item env:ZZ* x -Include ZZ1; "$env:ZZ1 $env:ZZ2"
Set-Item env:ZZ* y -Exclude ZZ1; "$env:ZZ1 $env:ZZ2"
Set-Item env:ZZ3 z -Include ZZ1; "[$env:ZZ3]"
Set-Item env:ZZ1 w -Exclude ZZ1; "[$env:ZZ1]"
Set-Item env:ZZ* q -Filter ZZ2; "$env:ZZ1 $env:ZZ2"
Get-ChildItem env:ZZ* -Filter x

#### Set-ItemProperty -InputObject sets each property of the object
'x' | Set-Content ./sip.txt
$o = [pscustomobject]@{ IsReadOnly = $true }
$o | Set-ItemProperty ./sip.txt -WhatIf
Set-ItemProperty ./sip.txt -InputObject $o -PassThru | ForEach-Object IsReadOnly
(Get-Item ./sip.txt).IsReadOnly
Set-ItemProperty ./sip.txt -InputObject ([pscustomobject]@{ Nope = 1; IsReadOnly = $false; Name = 'x'; Other = 2 }) -PassThru | ForEach-Object IsReadOnly
(Get-Item ./sip.txt).IsReadOnly
5 | Set-ItemProperty ./sip.txt -Name IsReadOnly
Get-Command Set-ItemProperty -Syntax

#### Join-Path takes several child paths, and an empty child leaves a separator
Join-Path a b,c; Join-Path a,b c,d; Join-Path -Path a -ChildPath b,c d
Join-Path a ''; Join-Path a $null; Join-Path a @(); Join-Path a b ''; Join-Path a '' c; Join-Path a @('', 'b')
Join-Path '' b
Get-Command Join-Path -Syntax

#### Split-Path: -Parent is not for -LiteralPath, -Resolve is for every set
Split-Path -LiteralPath /a/b -Parent
Split-Path -LiteralPath /a/b
Split-Path / -IsAbsolute -Resolve
Get-Command Split-Path -Syntax

#### parameter dictionaries in pwsh's order
'Out-String','Get-Alias','Import-Clixml','Remove-TypeData','Get-Help','Set-StrictMode','Get-TimeZone','Get-Culture','ConvertFrom-Csv','Add-Member','Get-Date','Update-TypeData' | ForEach-Object { "$_ " + ((Get-Command $_).Parameters.Keys -join ',') }
Import-Clixml x -I
Get-Command Get-Alias -Syntax

#### CommandInfo.Parameters is a Dictionary[string,ParameterMetadata] whose keys ignore case
$p = (Get-Command Get-Date).Parameters; $p.GetType().FullName; $p.Count; $p['date'].Name; $p.ContainsKey('DATE')
(Get-Command Get-ChildItem).Parameters.File.IsDynamic; (Get-Command Get-ChildItem).Parameters.Path.IsDynamic
(Get-Command Get-Date).Parameters
