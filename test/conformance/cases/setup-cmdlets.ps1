# Cmdlets that SharePoint administrators' setup steps and scripts use: Get-ExecutionPolicy and
# Set-ExecutionPolicy, Get-PSDrive, Clear-Content, Get-TimeZone, and Add-Member's -MemberType binding.
# Values that depend on the machine (disk space, the local time zone) are left to test/cmdlets-setup.test.ts.

#### Get-ExecutionPolicy is Unrestricted at every scope
Get-ExecutionPolicy
Get-ExecutionPolicy -Scope CurrentUser
Get-ExecutionPolicy LocalMachine
(Get-ExecutionPolicy).GetType().FullName
"$(Get-ExecutionPolicy)"

#### Get-ExecutionPolicy -List
Get-ExecutionPolicy -List
Get-ExecutionPolicy -List | Format-List
(Get-ExecutionPolicy -List)[0].Scope.GetType().FullName
(Get-ExecutionPolicy -List).Count

#### Get-ExecutionPolicy errors
Get-ExecutionPolicy -Scope Foo
Get-ExecutionPolicy -Scope Process -List
'after'

#### Set-ExecutionPolicy checks its values as pwsh does
Set-ExecutionPolicy Foo
Set-ExecutionPolicy RemoteSigned -Scope Foo
Set-ExecutionPolicy 9
'after'

#### Set-ExecutionPolicy without a policy
Set-ExecutionPolicy

#### Set-ExecutionPolicy -WhatIf
Set-ExecutionPolicy RemoteSigned -WhatIf
Set-ExecutionPolicy -ExecutionPolicy Bypass -Scope Process -Force -WhatIf
Set-ExecutionPolicy -ExecutionPolicy Remote -Scope Curr -WhatIf

#### Set-ExecutionPolicy as the SharePoint module's install steps give it
Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser
"after: $?"
Get-ExecutionPolicy

#### execution policy syntax
Get-Command Get-ExecutionPolicy, Set-ExecutionPolicy -Syntax
(Get-Command Set-ExecutionPolicy).Parameters.Values | Where-Object Name -in ExecutionPolicy, Scope, Force | Format-Table Name, ParameterType
(Get-Command Set-ExecutionPolicy).ParameterSets[0].Parameters | Where-Object Name -in ExecutionPolicy, Scope | Format-Table Name, Position, IsMandatory, ValueFromPipeline, ValueFromPipelineByPropertyName
(Get-Command Get-ExecutionPolicy).ModuleName

#### Get-PSDrive of the other providers
Get-PSDrive Env, Variable
Get-PSDrive -PSProvider Alias
Get-PSDrive -Name f*

#### Get-PSDrive with a wildcard range
Get-PSDrive '[ab]*' | ForEach-Object Name

#### Get-PSDrive names the file system drives
Get-PSDrive -PSProvider FileSystem | ForEach-Object Name
(Get-PSDrive -PSProvider FileSystem | Where-Object Name -eq Temp).Root -eq [System.IO.Path]::GetTempPath()
(Get-PSDrive /).Root
(Get-PSDrive /).Used -gt 0
(Get-PSDrive /).Free -gt 0
(Get-PSDrive /).Used.GetType().FullName
(Get-PSDrive Env).Used -eq $null

#### a drive's properties
Get-PSDrive Env | Format-List *
Get-PSDrive Function | Format-List Name, Root, Description, VolumeSeparatedByColon
(Get-PSDrive Env).GetType().FullName
"$(Get-PSDrive Env)"
"$((Get-PSDrive Env).Provider)"
(Get-PSDrive Env).Provider.Name

#### Get-PSDrive errors
Get-PSDrive nope
Get-PSDrive nope*
Get-PSDrive nope, Env | ForEach-Object Name
Get-PSDrive -PSProvider Nope
Get-PSDrive env -PSProvider FileSystem
Get-PSDrive -LiteralName 'e*'
Get-PSDrive -Scope Foo
'after'

#### the Get-PSDrive error record
$e = Get-PSDrive nope 2>&1
$e.FullyQualifiedErrorId
"$($e.CategoryInfo)"
$e.TargetObject
$e.Exception.GetType().FullName
$e = Get-PSDrive -PSProvider Nope 2>&1
$e.FullyQualifiedErrorId
"$($e.CategoryInfo)"

#### Get-PSDrive by scope and by property name
Get-PSDrive Env -Scope Global | ForEach-Object Name
Get-PSDrive Env -Scope 0 | ForEach-Object Name
[pscustomobject]@{ Name = 'Variable' } | Get-PSDrive | ForEach-Object Name
'Env' | Get-PSDrive

#### Get-PSDrive syntax and aliases
Get-Command Get-PSDrive -Syntax
Get-Alias -Definition Get-PSDrive
Get-Alias -Definition Clear-Content
(Get-Alias gtz).Definition

#### Clear-Content empties a file and keeps it
$null = New-Item -ItemType Directory ./cc1
Set-Content ./cc1/a.txt 'hello', 'world'
Clear-Content ./cc1/a.txt
(Get-Item ./cc1/a.txt).Length
Test-Path ./cc1/a.txt
Get-Content ./cc1/a.txt
Set-Content ./cc1/b.txt x
clc -LiteralPath ./cc1/b.txt
(Get-Item ./cc1/b.txt).Length
Remove-Item ./cc1 -Recurse

#### Clear-Content with wildcards, -Filter, -Include and -Exclude
$null = New-Item -ItemType Directory ./cc2
Set-Content ./cc2/a.txt a; Set-Content ./cc2/b.log b; Set-Content ./cc2/c.txt c
Clear-Content ./cc2/* -Include *.log
Get-ChildItem ./cc2 | ForEach-Object { "$($_.Name) $($_.Length)" }
Clear-Content ./cc2/* -Exclude a*
Get-ChildItem ./cc2 | ForEach-Object { "$($_.Name) $($_.Length)" }
Clear-Content ./cc2/* -Filter a*
Get-ChildItem ./cc2 | ForEach-Object { "$($_.Name) $($_.Length)" }
Clear-Content ./cc2/*.none
Clear-Content ./cc2/a.txt -Exclude *.txt
'done'
Remove-Item ./cc2 -Recurse

#### Clear-Content errors
$null = New-Item -ItemType Directory ./cc3
Set-Content ./cc3/a.txt a
Clear-Content ./cc3/nosuch.txt
Clear-Content -LiteralPath nosuch.txt
Clear-Content -LiteralPath ./cc3/*.txt
Clear-Content ./cc3
Clear-Content ./cc3/nosuch.txt, ./cc3/a.txt
(Get-Item ./cc3/a.txt).Length
Clear-Content C:\x
Clear-Content ./cc3/a.txt -Stream x
Remove-Item ./cc3 -Recurse

#### the Clear-Content error records
$null = New-Item -ItemType Directory ./cc4
$e = Clear-Content ./cc4/nosuch.txt 2>&1
$e.FullyQualifiedErrorId
$e.Exception.GetType().FullName
$e = Clear-Content ./cc4 2>&1
$e.FullyQualifiedErrorId
$e.CategoryInfo.Category
$e.Exception.GetType().FullName
Remove-Item ./cc4 -Recurse

#### Clear-Content -WhatIf and pipeline input
$null = New-Item -ItemType Directory ./cc5
Set-Content ./cc5/a.txt abc
Clear-Content ./cc5/a.txt -WhatIf 6>&1 | ForEach-Object { $_ -replace [regex]::Escape((Get-Location).Path), '<here>' }
(Get-Item ./cc5/a.txt).Length
Get-Item ./cc5/a.txt | Clear-Content
(Get-Item ./cc5/a.txt).Length
'./cc5/a.txt' | Clear-Content
Remove-Item ./cc5 -Recurse

#### Clear-Content syntax
Get-Command Clear-Content -Syntax

#### Get-TimeZone by id
Get-TimeZone -Id America/New_York
Get-TimeZone -Id Europe/Berlin
Get-TimeZone -Id UTC
"$((Get-TimeZone -Id Asia/Kolkata).BaseUtcOffset)"
(Get-TimeZone -Id Asia/Kathmandu).DisplayName
(Get-TimeZone -Id Europe/London).DisplayName
(Get-TimeZone -Id Australia/Sydney).StandardName

#### a TimeZoneInfo's type, text and members
$t = Get-TimeZone -Id Europe/Berlin
$t.GetType().FullName
"$t"
$t.BaseUtcOffset.GetType().FullName
$t.HasIanaId
$t.SupportsDaylightSavingTime
(Get-TimeZone -Id Etc/GMT+5).SupportsDaylightSavingTime
Get-TimeZone -Id Europe/Berlin, America/Chicago | Format-Table Id, BaseUtcOffset

#### Get-TimeZone errors
Get-TimeZone -Id Foo
Get-TimeZone -Id Foo, UTC | ForEach-Object Id
Get-TimeZone -Name 'No Such Zone'
Get-TimeZone -Name 'No*Such'
'after'
$e = Get-TimeZone -Id Foo 2>&1
$e.FullyQualifiedErrorId
"$($e.CategoryInfo)"
$e = Get-TimeZone -Name nope 2>&1
"$($e.CategoryInfo)"

#### Get-TimeZone by name
Get-TimeZone -Name 'Central European*' | Select-Object -First 3 | ForEach-Object Id
(Get-TimeZone -Name 'Eastern Standard Time' | Select-Object -First 1).StandardName
'Coordinated Universal Time' | Get-TimeZone | Select-Object -First 1 | ForEach-Object DisplayName

#### Get-TimeZone -ListAvailable
$all = Get-TimeZone -ListAvailable
$all.Count -gt 300
$all[0].BaseUtcOffset -le $all[-1].BaseUtcOffset
($all | Where-Object Id -eq 'Europe/Paris').DisplayName
($all | Where-Object Id -eq 'Asia/Kolkata').Id
($all | Where-Object Id -eq 'UTC').DisplayName
$all[0].BaseUtcOffset.TotalHours

#### Get-TimeZone syntax
Get-Command Get-TimeZone -Syntax

#### Add-Member -MemberType takes whole names only
$o = [pscustomobject]@{ a = 1 }
Add-Member -InputObject $o -MemberType note -Name x -Value 1
$o | Add-Member -MemberType note -Name x -Value 1
$o | Add-Member -MemberType NoteProp -Name x -Value 1
$o | Add-Member -Type script -Name y -Value { 2 }
$o | Format-List

#### Add-Member -MemberType wildcards and several types
$o = [pscustomobject]@{ a = 1 }
$o | Add-Member -MemberType Note* -Name x -Value 1 -PassThru
$o | Add-Member -MemberType *Property -Name y -Value 1
Add-Member -InputObject $o -MemberType NoteProperty, ScriptProperty -Name z -Value 1
$o | Add-Member -MemberType Properties -Name z -Value 1
$o | Add-Member -MemberType All -Name z -Value 1
'after'

#### Add-Member member types it cannot add
$o = [pscustomobject]@{ a = 1 }
$o | Add-Member -MemberType Property -Name q -Value 1
$o | Add-Member -MemberType Method -Name q -Value 1
$o | Add-Member -MemberType ParameterizedProperty -Name q -Value 1
$e = $o | Add-Member -MemberType Event -Name q -Value 1 2>&1
$e.FullyQualifiedErrorId
"$($e.CategoryInfo)"

#### Add-Member's positional forms
$o = [pscustomobject]@{ a = 1 }
$o | Add-Member NoteProperty w 3 -PassThru
$o | Add-Member q 5 -PassThru | Format-List
$o | Add-Member note x 1
$o | Add-Member @{ m = 7 } -PassThru | Format-List

#### Add-Member -NotePropertyName refuses member type names
$o = [pscustomobject]@{ a = 1 }
$o | Add-Member -NotePropertyName NoteProperty -NotePropertyValue 1
$o | Add-Member -NotePropertyName note -NotePropertyValue 1 -PassThru
$o | Add-Member -NotePropertyName scriptproperty -NotePropertyValue 1
$o | Add-Member ScriptMethod m { 'hi' }; $o.m()

#### TLS 1.2 and UTF-8 lines at the top of admin scripts
[Net.ServicePointManager]::SecurityProtocol; [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12; [Net.ServicePointManager]::SecurityProtocol
[Net.ServicePointManager]::SecurityProtocol = "Tls12, Tls13"; [Net.ServicePointManager]::SecurityProtocol; [int][Net.SecurityProtocolType]::Tls13; [enum]::GetNames([Net.SecurityProtocolType]) -join ","
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8; [Console]::OutputEncoding.WebName; [Console]::InputEncoding.WebName; $OutputEncoding.WebName

#### a SecurityProtocol that does not convert
'x'
[Net.ServicePointManager]::SecurityProtocol = "Bogus"
[Net.ServicePointManager]::SecurityProtocol.GetType().FullName

#### [Console] knows its output is redirected
[Console]::IsOutputRedirected
