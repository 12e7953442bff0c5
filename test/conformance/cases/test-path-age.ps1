# Test-Path's -OlderThan and -NewerThan (the FileSystem provider's dynamic parameters, after the
# CommonParameters in its dictionary) and -Credential, as pwsh 7.6.10 has them: a literal path is dated by
# its LastWriteTime; a wildcard path by the folder its first wildcard is in and by any one of its matches
# (pwsh's quirk), and one that matches nothing has no such parameter; another provider's path and -IsValid
# have none either. No provider takes credentials: the provider's own error, without the command's name.
# Get-ChildItem's dynamic parameters likewise follow the CommonParameters, and a prefix that matches a
# static parameter never reaches them. Where-Object's switches follow pwsh's dictionary order.

#### a file's age, literal and by wildcard
$null = New-Item -ItemType Directory ./tpa1/sub -Force
$f = New-Item ./tpa1/sub/old.txt -Force; $f.LastWriteTime = [datetime]'2020-01-01'
$null = New-Item ./tpa1/sub/new.txt -Force
(Get-Item ./tpa1/sub).LastWriteTime = [datetime]'2020-06-01'
Test-Path ./tpa1/sub/old.txt -OlderThan ([datetime]'2021-01-01')
Test-Path ./tpa1/sub/old.txt -NewerThan ([datetime]'2021-01-01')
Test-Path ./tpa1/sub/new.txt -NewerThan ([datetime]'2021-01-01')
Test-Path ./tpa1/sub/old.txt -OlderThan 2021-01-01 -NewerThan 2019-01-01
Test-Path -LiteralPath ./tpa1/sub/old.txt -OlderThan 2021-01-01
Test-Path ./tpa1/sub/nope.txt -OlderThan 2030-01-01
Test-Path ./tpa1/sub/*.txt -OlderThan 2021-01-01
Test-Path ./tpa1/sub/n* -OlderThan 2021-01-01
Test-Path ./tpa1/s*/old.txt -OlderThan 2021-01-01
Test-Path ./tpa1/sub -NewerThan 2019-01-01 -PathType Leaf
Test-Path ./tpa1/sub/old.txt -OlderThan $null
Remove-Item ./tpa1 -Recurse

#### a wildcard that matches nothing has no -OlderThan
$null = New-Item -ItemType Directory ./tpa2 -Force
Test-Path ./tpa2/zz* -OlderThan 2030-01-01
'after'
Remove-Item ./tpa2 -Recurse

#### another provider's path has no -NewerThan
Test-Path variable:PID -NewerThan 2000-01-01
'after'

#### -IsValid has no -OlderThan
Test-Path ./x.txt -IsValid -OlderThan 2000-01-01
'after'

#### a date that does not convert
Test-Path . -OlderThan 'abc'
'after'

#### -Credential: the FileSystem provider's error at the first path
$c = New-Object pscredential 'u', (ConvertTo-SecureString 'p' -AsPlainText -Force)
Test-Path ./nope, . -Credential $c
"after $?"
$Error[0].FullyQualifiedErrorId
try { Test-Path . -Credential $c } catch { 'caught ' + $_.CategoryInfo.Category + ' ' + $_.Exception.GetType().Name }

#### -Credential on another provider's path
$c = New-Object pscredential 'u', (ConvertTo-SecureString 'p' -AsPlainText -Force)
Test-Path variable:PID, . -Credential $c
'after'

#### Test-Path's parameters in pwsh's order
(Get-Command Test-Path).Parameters.Keys -join ','
Get-Command Test-Path -Syntax

#### Get-ChildItem's dynamic parameters: after the CommonParameters, and a prefix of a static one never reaches them
(Get-Command Get-ChildItem).Parameters.Keys -join ','
Get-Command Get-ChildItem -Syntax
Get-ChildItem -F x
'after'

#### Where-Object's parameters in pwsh's dictionary order, and its ambiguity lists
(Get-Command Where-Object).Parameters.Keys -join ','
Where-Object -C x
'after'
