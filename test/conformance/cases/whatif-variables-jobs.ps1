# -WhatIf, -Confirm and pipeline input on the variable, transcript, job and ForEach-Object commands, as
# pwsh 7.6.10 words the operation and its target (each case runs in a fresh session).

#### Set-Variable -WhatIf names the value as ToString() writes it, and changes nothing
$x = 1; Set-Variable x 5 -WhatIf; $x
Set-Variable y (1,2) -WhatIf; Set-Variable h @{a=1} -WhatIf; Set-Variable o ([pscustomobject]@{a=1}) -WhatIf; Set-Variable d 1.5 -WhatIf
$ab = 1; Set-Variable ab -Option ReadOnly -WhatIf; Set-Variable -Name ab -Value $null -WhatIf; Set-Variable ab 5 -Append -WhatIf; $ab

#### Set-Variable -WhatIf with a wildcard asks once per variable
$zb = 1; $za = 2; Set-Variable z* 3 -WhatIf; "$za $zb"

#### Set-Variable collects piped values and sets the variable once
3,4 | Set-Variable pv; $pv.GetType().Name; $pv
5 | Set-Variable p1; $p1.GetType().Name
@() | Set-Variable p0; $null -eq $p0; (Get-Variable p0).Name
$null | Set-Variable n1; $null -eq $n1
3,4 | Set-Variable pw -WhatIf

#### Set-Variable -Append with piped values makes an array
$x = 1; 2,3 | Set-Variable x -Append; $x.GetType().FullName; $x -join ','

#### Set-Variable with -Value does not read the pipeline, and still sets the variable
1,2 | Set-Variable y 5; $y

#### Set-Variable takes -Name from each piped object
[pscustomobject]@{Name='k';Value=3},[pscustomobject]@{Name='k2';Value=4} | Set-Variable; "$k $k2"

#### Remove-Variable and Clear-Variable -WhatIf
$zb = 1; $za = 2; Remove-Variable z* -WhatIf; Clear-Variable z* -WhatIf; "$za $zb"
$r = 1; Set-Variable r 2 -Option ReadOnly; Remove-Variable r -WhatIf; Clear-Variable r -WhatIf; Remove-Variable r; Clear-Variable r -Confirm:$false; $r

#### Remove-Variable without -Scope looks in the current scope only
$x = 1; function f { Remove-Variable x }; f; "x=$x"
$zb = 1; function g { $zc = 1; Set-Variable z* 4 -WhatIf; Remove-Variable z* -WhatIf; Clear-Variable z* -WhatIf }; g

#### Clear-Variable without -Scope hides an outer variable with a local $null
$x = 1; function h { Clear-Variable x; "in h: [$x]" }; h; "x=[$x]"
[int]$n = 5; Clear-Variable n; $n
$r = 1; Set-Variable r -Option ReadOnly -Force; Clear-Variable r -Force; "r=[$r]"; (Get-Variable r).Options

#### New-Variable -WhatIf, after the existing-variable check
$x = 1; New-Variable x 2 -WhatIf; New-Variable x 2 -Force -WhatIf; $x
New-Variable h @{a=1} -WhatIf; New-Variable n -WhatIf; New-Variable s 'a b' -WhatIf -Visibility Private; New-Variable y -Value (1,2) -WhatIf
New-Variable q -WhatIf:$false -Value 3; $q

#### -Visibility is a SessionStateEntryVisibility
New-Variable v 1 -Visibility Nope
Get-Command New-Variable -Syntax

#### Start-Transcript and Stop-Transcript -WhatIf
Start-Transcript ./whatif-transcript.txt -WhatIf; Test-Path ./whatif-transcript.txt; Stop-Transcript -WhatIf; Stop-Transcript -Confirm
Get-Command Stop-Transcript -Syntax

#### Remove-Job and Stop-Job -WhatIf
$j = Start-Job { 1 }; Wait-Job $j | Out-Null; Remove-Job $j -WhatIf; (Get-Job).Count; Remove-Job $j; (Get-Job).Count

#### ForEach-Object refuses -WhatIf for script blocks
1..2 | ForEach-Object { $_ } -WhatIf; "next"
1 | ForEach-Object { 5 } -Confirm:$false
1 | ForEach-Object -Begin { 'b' } -Process { $_ } -WhatIf:$false
1 | ForEach-Object { 2 } -WhatIf; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category

#### ForEach-Object -MemberName -WhatIf names the member as it is spelt
'ab' | % length -WhatIf; @{k=1} | % K -WhatIf; 'ab' | % substring 1 -WhatIf; 'ab' | % Replace a b -WhatIf
[pscustomobject]@{A=1} | % a -WhatIf; '' | % Length -WhatIf; 'ab' | % Nope -WhatIf; $null | % Foo -WhatIf
'ab' | % ToUpper -Verbose

#### $WhatIfPreference reaches ForEach-Object -MemberName, not its script blocks
$WhatIfPreference = $true; 'x' | % Length; 1 | % { 3 }

#### ForEach-Object -MemberName writes $null for a null input; strict mode 2 refuses it
($null | % Foo).Count; $null | % Foo | % { "got[$_]" }
Set-StrictMode -Version 2; $null | % Foo; 'after'

#### ToString() of an ArrayList and a custom object
([System.Collections.ArrayList]@(1,2)).ToString(); "$([System.Collections.ArrayList]@(1,2))"
$o = [pscustomobject]@{PSTypeName='My.T';a=1}; "[$($o.ToString())]"; "[$o]"; [pscustomobject]@{} | % ToString

#### Export-Clixml -WhatIf names the file as it was typed
1 | Export-Clixml e.xml -WhatIf; 1 | Export-Clixml ./sub/../e.xml -WhatIf; 1 | Export-Clixml -LiteralPath ./e[1].xml -WhatIf
