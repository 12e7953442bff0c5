# Variable options (the [Flags] enum ScopedItemOptions) and $PSHOME: combinations, Private and AllScope across
# scopes, Constant, changing options with Set-Variable, and the errors pwsh gives for what it refuses.

#### a combination of options, as a list and as one text
New-Variable zq 1 -Option ReadOnly,Private; (Get-Variable zq).Options
Set-Variable zr 2 -Option 'ReadOnly, AllScope'; (Get-Variable zr).Options
New-Variable zs 1 -Option ReadOnly,Constant; (Get-Variable zs).Options
New-Variable zt 1 -Option Unspecified; (Get-Variable zt).Options
(Get-Variable zq).Options.GetType().FullName

#### ScopedItemOptions converts from text and numbers
[int][System.Management.Automation.ScopedItemOptions]'ReadOnly,AllScope'
[System.Management.Automation.ScopedItemOptions]'ReadOnly,AllScope'
[System.Management.Automation.ScopedItemOptions]9
[System.Management.Automation.ScopedItemOptions]31
[System.Management.Automation.ScopedItemOptions]'Private'

#### an option that does not exist
New-Variable b1 1 -Option Bogus
New-Variable b2 1 -Option ReadOnly,Bogus

#### Private: not seen from a child scope
New-Variable a1 1 -Option Private; & { "child sees a1: [$a1]"; (Get-Variable a1 -ErrorAction SilentlyContinue) -eq $null; "global: [$global:a1]" }; "here: $a1"
New-Variable r 1 -Option Private; & { Get-Variable r }
$private:p1 = 3; & { "p1 in child: [$p1]"; $p1 = 4; "child's own: $p1" }; "outer p1: $p1"
New-Variable q 1 -Option Private,ReadOnly; & { $q = 5; "child q: $q" }; "outer q: $q"

#### AllScope: one variable shared with child scopes
New-Variable a2 1 -Option AllScope; & { $a2 = 5; "child: $a2" }; "after: $a2"
New-Variable a3 1 -Option AllScope; & { (Get-Variable a3 -Scope 0).Value }
function f { $u = 9 }; New-Variable u 1 -Option AllScope; f; "u: $u"
& { New-Variable t 1 -Option AllScope; & { $t = 3 }; "t: $t" }
New-Variable s 1 -Option AllScope; & { Remove-Variable s; "after remove in child: [$s]" }; "outer s: [$s]"

#### Set-Variable -Force takes ReadOnly off with -Option None
New-Variable a4 1 -Option ReadOnly; Set-Variable a4 -Option None -Force; (Get-Variable a4).Options; $a4 = 2; $a4
New-Variable c4 1 -Option ReadOnly; Set-Variable c4 5 -Force; $c4; (Get-Variable c4).Options
New-Variable c3 1 -Option Private; Set-Variable c3 -Option ReadOnly,Private; (Get-Variable c3).Options
New-Variable a8 1 -Option ReadOnly; Set-Variable a8 -Option 'ReadOnly, Private' -Force; (Get-Variable a8).Options

#### a variable is made Constant only when it is created
New-Variable a5 1; Set-Variable a5 -Option Constant
Set-Variable c7 8 -Option Constant; $c7; (Get-Variable c7).Options
New-Variable c6 1; Set-Variable c6 7 -Option Constant; $c6; (Get-Variable c6).Options
New-Variable c5 1 -Option ReadOnly; Set-Variable c5 6 -Option Constant -Force; $c5; (Get-Variable c5).Options
New-Variable b3 1 -Option ReadOnly; Set-Variable b3 -Option Constant; (Get-Variable b3).Options
$e = $null; try { Set-Variable c6 -Option Constant -ErrorAction Stop } catch { $e = $_ }; $e.FullyQualifiedErrorId; $e.CategoryInfo.ToString(); $e.Exception.GetType().FullName

#### AllScope cannot be taken off
New-Variable c1 1 -Option AllScope; Set-Variable c1 -Option None; (Get-Variable c1).Options
New-Variable c2 1 -Option AllScope,ReadOnly; Set-Variable c2 -Option None -Force; (Get-Variable c2).Options
$e = Set-Variable c1 -Option Private 2>&1; $e.FullyQualifiedErrorId; $e.CategoryInfo.ToString()

#### removing a ReadOnly or Constant variable
New-Variable a6 1 -Option ReadOnly; Remove-Variable a6
Remove-Variable a6 -Force; "removed: $(Test-Path variable:a6)"
New-Variable a7 1 -Option Constant; Remove-Variable a7 -Force
Set-Variable a7 -Option None -Force
$e = Remove-Variable a7 2>&1; $e.FullyQualifiedErrorId; $e.CategoryInfo.ToString(); $e.Exception.GetType().FullName

#### $PSHOME: the installation folder, a constant string (its value is the shell's own, docs/language.md)
$PSHOME -ne $null
$PSHOME.GetType().FullName
(Get-Variable PSHOME).Options
(Get-Variable PSHOME).Description
Test-Path -LiteralPath $PSHOME -PathType Container
$PSHOME = 1


#### $^ and $$ are the first and last token of the input before, line by line on stdin | stdin="Write-Output q\n$^\n$$\n'abc'\n$^; $$\n1 + 0x10 # note\n$^; $$; $^.GetType().Name\n$x = @(1,2)\n\n$^; $$\n\"[$^]\"\n$y = 2; $^\n$args = 5\n$args.Count\nGet-Item nosuch\n$^; $$\n"
-

#### a first or last token that is $^ or $$ keeps that one | stdin="Write-Output a b\n$^\n\"[$^][$$]\"\nWrite-Output c d\n$$; Write-Output z\n\"[$^][$$]\"\n"
-

#### $^, $$ and $args at the top of a -c script
"[$^] [$$]"
$args.GetType().FullName; $args.Count; $null -eq $args
& { $args.Count }; function f { $args.Count }; f 1 2
(Get-Variable args).Value.Count
Get-Variable | Where-Object Name -in '^', '$', 'args' | ForEach-Object Name

#### $^, $$ and $args in a script file | -f
Write-Output a b
"[$^] [$$]"
$args.Count

#### Get-Variable -Scope reads that scope's own variables, with those pwsh puts in every scope
function f { $loc = 1; (Get-Variable -Scope Local).Name -join ','; (Get-Variable -Scope 0 -Name loc).Value; (Get-Variable -Scope 1 -Name loc -ErrorAction SilentlyContinue) -eq $null; $g = 5; Get-Variable g -Scope Global | ForEach-Object Value; Get-Variable g -Scope 1 -ValueOnly; Get-Variable -Scope Script loc }
$g = 7
f
& { (Get-Variable -Scope 0).Name -join ',' }
(Get-Variable -Scope 0).Count -eq (Get-Variable).Count
(Get-Variable IsCoreCLR).Options

#### New-, Set-, Clear- and Remove-Variable -Scope N act N scopes out
function f { Set-Variable x 5 -Scope 1 }; f; $x
function f2 { New-Variable y 6 -Scope 1 }; f2; $y
$z = 1; function f3 { Remove-Variable z -Scope 1 }; f3; Test-Path variable:z
$w = 1; function f4 { $w = 2; Clear-Variable w -Scope 1; "[$w]" }; f4; "[$w]"
function f5 { Set-Variable v 5 -Scope 0; $v }; f5; "[$v]"
function f6 { function g { Set-Variable deep 3 -Scope 2 }; g }; f6; $deep

#### Set-Variable -Scope beyond the scopes there are
function f { Set-Variable x 5 -Scope 2 }; f
'after'

#### New-Variable -Scope below zero
New-Variable a1 1 -Scope -1
'after'

#### Set-Variable -Append: a List[object] of the values, a list the variable holds grows in place
$n = $null; Set-Variable n 1 -Append; $n.Count
$h = @{a=1}; Set-Variable h 2 -Append; $h.Count; $h[0].GetType().Name
$l = [System.Collections.Generic.List[object]]::new(); $l.Add(7); Set-Variable l 8 -Append; $l -join ','; [object]::ReferenceEquals($l, (Get-Variable l).Value)
$s = 'x'; Set-Variable s -Append; $s.Count; $s -join '|'
$x = 1; Set-Variable x 2 -Append; $x -join ','; $x.GetType().Name
$y = 1,2; Set-Variable y 3,4 -Append; $y -join ','; $y.Count
Set-Variable nv 5 -Append; $nv.GetType().Name
$p = 5; Set-Variable p 6 -Append -PassThru | ForEach-Object Value
(Get-Command Set-Variable).Parameters.Keys -join ','

#### Set-Variable -Append takes one name
Set-Variable s2,s3 9 -Append
'after'

#### -Scope 0 is the current scope only, as Local is
$y = 1; function f7 { New-Variable y 2 -Scope 0; $y }; f7; $y
Set-Variable q 1 -Option ReadOnly; function f8 { Set-Variable q 5 -Scope 0; $q }; f8; $q
$z = 1; function f9 { Get-Variable z -Scope 0 -ErrorAction SilentlyContinue | ForEach-Object Value; Remove-Variable z -Scope 0 -ErrorAction SilentlyContinue; $z }; f9
