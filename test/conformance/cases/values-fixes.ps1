# Values at the edges: numbers typed as command arguments (pwsh keeps their text in a PSObject), the
# [psobject] and [array] type names, switch comparing as text, ++/-- in the operand's own type, a hashtable
# cell holding a list, and the intrinsic Count/Length members with and without strict mode.

#### argument number: untyped parameter
function f($x) { "$x " + $x.GetType().Name }; f 0x10; f 1.0; f 1e2; f 10kb; f 1_000; f -5; f 5; f 7L; f 0b101; f 1u; f 0x10L; f 1.5e3; f 12abc; f -0x10; f +5; f .5; f 1.; f 08; f 3y

#### argument number: output keeps the typed text
function f($x) { $x }; f 0x10; f 1.0; f 10kb; f 7L; f 5; f .5

#### argument number: string parameter keeps the typed text
function g([string]$x) { "$x " + $x.GetType().Name }; g 0x10; g 1.0; g 1e2; g 10kb; g 1.10d; g 7L; g .5; g 08

#### argument number: int and object parameters
function i([int]$x) { "$x" }; i 0x10; function o([object]$x) { $x; "$x" }; o 0x10; function p([psobject]$x) { $x; "$x" }; p 0x10; function oa([object[]]$x) { $x; "$x" }; oa 0x10

#### argument number: Write-Output and Write-Host
Write-Output 0x10; Write-Output 1.0; Write-Host 0x10 1.0 1e2 7L; echo 10kb; Write-Output -InputObject 0x10; Write-Output (0x10)

#### argument number: a list of numbers is not wrapped
Write-Output 0x10, 1.0; function f([string[]]$x) { $x }; f 0x10,1.0; f 0x10; function g([string]$x) { $x }; g 0x10,1.0; Write-Host 0x10,1.0

#### argument number: $args and remaining arguments
function j { $args[0]; "$args"; $args[0].GetType().Name }; j 0x10 1.0; function rest { param([Parameter(ValueFromRemainingArguments)]$r) $r; "$r" }; rest 0x10 1.0

#### argument number: through variables and the pipeline
$o = Write-Output 0x10; $o; "$o"; $a = @($o); "$a"; $a; $b = $o; $b; (Write-Output 0x10); @(Write-Output 0x10)[0]; Write-Output 0x10 | % { $_; "$_" }; Write-Output 0x10 | Where-Object { $true }; ,$o; $o | Format-Table; [object]$o; [psobject]$o; ($o); $o.GetType().Name

#### argument number: conversions that read the typed text
$o = Write-Output 0x10; [string]$o; $o -as [string]; [string[]]$o; "{0} {0:N1} {0:x}" -f $o; -join $o; @($o, $o) -join ','; Write-Host $o; ($o | Out-String).Trim(); $o -like '0x*'; $o -match 'x'; $o -replace '0x', 'y'; $o -split 'x'; $o -notlike '1*'

#### argument number: conversions that read the number
$o = Write-Output 0x10; "1 $($o)"; "2 $(@($o))"; '3 ' + $o; $o.ToString(); $o + 1; $o * 2; [int]$o + 1; $o -eq '0x10'; '0x10' -eq $o; '16' -eq $o; $o -contains 16; 16 -in $o; $o -gt 15; $o | ConvertTo-Json; ConvertTo-Json 7L; @{a = $o} | ConvertTo-Json -Compress

#### argument number: -is [psobject]
function f($x) { $x -is [psobject] }; f 0x10; f 5; f 1.0; $o = Write-Output 0x10; $o -is [int]; $o -is [psobject]

#### argument number: switch compares the number
$o = Write-Output 0x10; switch ($o) { '0x10' { 'text' } 16 { 'num' } }; switch ($o) { default { "$_ " + ($_ -like '0x*') } }; switch -wildcard ($o) { '0x*' { 'w' } '16' { 'n' } }; switch -regex ($o) { '0x' { 'r' } '16' { 'rn' } }; $arr = @(Write-Output 0x10); switch ($arr) { '0x10' { 'arr-t' } '16' { 'arr-n' } }

#### type name: psobject
[psobject].Name; [psobject].FullName; "$([psobject])"; [psobject]; [System.Management.Automation.PSObject].Name; [pscustomobject].FullName; "$([pscustomobject])"; [pscustomobject] | Format-List Name, FullName, BaseType

#### type name: array
[array].Name; [array].FullName; "$([array])"; [array]; [array] | Format-List Name, FullName, BaseType

#### type name: psobject new
[psobject]::new(); 'x'; ([psobject]::new()).GetType().FullName

#### -is psobject
1 -is [psobject]; 'a' -is [psobject]; $null -is [psobject]; [pscustomobject]@{} -is [psobject]; [int] -is [psobject]; @{} -is [psobject]; @(1) -is [psobject]; $o = [pscustomobject]@{a = 1}; $o -is [pscustomobject]; 1 -is [pscustomobject]; [psobject]$o -is [pscustomobject]; 1 -isnot [psobject]

#### -as and -is array
1 -as [array]; (1 -as [array]).GetType().FullName; $null -eq ($null -as [array]); (1, 2 -as [array]).Count; @(1) -is [array]; 1 -is [array]; ([int[]](1, 2)) -is [array]; [System.Collections.ArrayList]::new() -is [array]; 's' -is [array]; ([array]5).GetType().FullName; [array]$n = $null; $null -eq $n

#### -as pscustomobject and psobject
(@{a = 1} -as [pscustomobject]).GetType().FullName; (1 -as [psobject]).GetType().Name; ([pscustomobject]@{a = 1}).GetType().FullName

#### switch: Decimal and Double compare as text
switch (1.10d) { 1.1 { 'a' } '1.10' { 'b' } '1.1' { 'c' } 1.10d { 'd' } }; '--'; switch (1.5) { '1.5' { 'a' } 1.5d { 'b' } '1.50' { 'c' } 1.5 { 'd' } }; '--'; switch ('1.10') { 1.1 { 'a' } 1.10d { 'b' } '1.1' { 'c' } }

#### switch: integers, hex, doubles and text
switch (10) { '10' { 'a' } '0xA' { 'b' } 0xA { 'c' } 10.0 { 'd' } '1e1' { 'e' } }; '--'; switch ('0xA') { 10 { 'a' } '10' { 'b' } }; '--'; switch (1.0) { '1' { 'a' } 1 { 'b' } }; switch (2.50d) { '2.5' { 'a' } '2.50' { 'b' } }; switch (0.1 + 0.2) { 0.3 { 'f1' } '0.3' { 'f2' } }; switch (1e20) { '1E+20' { 'e20' } 1e20 { 'e20b' } }

#### switch: Booleans, $null and case
switch ($true) { 'True' { 't1' } 1 { 't2' } 'x' { 't3' } }; switch (1) { $true { 'b1' } }; switch ('abc') { 'ABC' { 's1' } }; switch -casesensitive ('abc') { 'ABC' { 'c1' } 'abc' { 'c2' } }; switch ($null) { $null { 'n' } '' { 'e' } 0 { 'z' } }; '--'; switch ('') { $null { 'n' } '' { 'e' } }; switch (0) { $null { 'a' } }; switch ($null) { 0 { 'b' } }

#### switch: Decimal with -Wildcard, -Regex, -Exact and arrays
switch -wildcard (1.10d) { '1.10' { 'w1' } '1.1?' { 'w2' } }; switch -regex (1.10d) { '^1\.10$' { 'r1' } }; switch -exact (1.10d) { '1.10' { 'ex' } }; switch (1.10d, 2.0) { '1.10' { 'x' } '2' { 'y' } }

#### increment: Int64, Byte, Decimal, Double
$a = 1L; $a++; $a.GetType().Name; $a--; $a.GetType().Name; $a += 1; $a.GetType().Name; $b = [byte]1; $b++; $b.GetType().Name; $b += 1; $b.GetType().Name; $b = [byte]255; $b++; "$b " + $b.GetType().Name; $d = 1.5d; $d++; "$d " + $d.GetType().Name; $d += 1; "$d " + $d.GetType().Name; $f = 1.5; $f++; "$f " + $f.GetType().Name; $d = 1.10d; $d++; $d

#### increment: overflow to Double
$i = [int]::MaxValue; $i++; "$i " + $i.GetType().Name; $l = [long]::MaxValue; $l++; "$l " + $l.GetType().Name; $m = [int]::MinValue; $m--; "$m " + $m.GetType().Name; $s = [int16]32767; $s++; "$s " + $s.GetType().Name; $sb = [sbyte]-128; $sb--; "$sb " + $sb.GetType().Name

#### increment: hashtable entries and array elements
$h = @{x = 1L}; $h.x++; "$($h.x) " + $h.x.GetType().Name; $h['x']++; "$($h.x) " + $h.x.GetType().Name; $h.x += 1; "$($h.x) " + $h.x.GetType().Name; $arr = @([byte]1, 2); $arr[0]++; "$($arr[0]) " + $arr[0].GetType().Name; $arr[1]--; $arr[1]; $h.new++; $h.new

#### increment: UInt32, Int16, $null, typed variables
$s = [int16]5; ++$s; $s.GetType().Name; $u = [uint32]0; $u--; "$u " + $u.GetType().Name; $n = $null; $n++; "$n " + $n.GetType().Name; $x = $null; $y = $x++; $null -eq $y; $l = 1L; $m = $l++; $m.GetType().Name; [int]$ti = 5; $ti += 0.6; "$ti"; [long]$tl = 1; $tl++; $tl.GetType().Name; [byte]$bb = 255; $bb++; 'end'

#### increment: not a number
$q = '5'; $q++; "$q " + $q.GetType().Name; $t = $true; $t++; $t; $c = [char]'a'; $c++; $c

#### ConvertTo-Json of typed numbers
[long]7 | ConvertTo-Json; [byte]3 | ConvertTo-Json; @{a = [uint64]5} | ConvertTo-Json -Compress; [char]'a' | ConvertTo-Json; [float]1.5 | ConvertTo-Json; 1.0 | ConvertTo-Json; [int16]-4 | ConvertTo-Json; 1e20 | ConvertTo-Json; 1e-5 | ConvertTo-Json; 0.0001 | ConvertTo-Json; [double]::PositiveInfinity | ConvertTo-Json; -0.0 | ConvertTo-Json; ([int]::MaxValue + 1) | ConvertTo-Json

#### intrinsic Count and Length
@{}.Length; @{a = 1}.Count; @{a = 1}.Length; @{}.Count; (5).Count; (5).Length; $null.Count; $null.Length; 'abc'.Length; 'abc'.Count; (1, 2).Length; @().Length; $true.Length; (1.5).Count; (Get-Date).Count; $null.Count.GetType().Name; (5).Length.GetType().Name

#### intrinsic Count and Length: keys and properties win
@{Count = 7}.Count; @{Length = 7}.Length; $null -eq @{Length = $null}.Length; $o = [pscustomobject]@{a = 1}; $o.Count; $o.Length; $p = [pscustomobject]@{Length = 'L'}; $p.Length; $p.Count

#### intrinsic Count and Length under strict mode
Set-StrictMode -Version Latest; @{}.Length; '-'; @{a = 1}.Count; (5).Count; '-'; (5).Length; '-'; $null.Count; '-'; $null.Length; '-'; 'abc'.Count; 'abc'.Length; '-'; $true.Length; '-'; (Get-Date).Count; '-'; $o = [pscustomobject]@{a = 1}; $o.Count; $o.Length; @(1).Count; @(1, 2).Length; $x = 5; $x.Count; 'end'

#### intrinsic Count and Length under strict mode 1
Set-StrictMode -Version 1; (5).Count; $null.Length; @{}.Length; 'end'

#### hashtable holding a list: display and Count
$h = @{a = 1, 2, 3}; $h; $h.a.Count; $h.a += 4; $h.a.Count; $h.a.GetType().FullName; $h

#### hashtable holding a list: Format-Table and Format-List
$h = @{a = 1, 2, 3}; $h | Format-Table; $h | Format-List

#### hashtable Format-List
@{a = 1} | Format-List; @{a = 1} | Format-List *; @{a = 1} | Format-List Name

#### hashtable holding a list: ConvertTo-Json
$h = @{a = 1, 2, 3}; $h | ConvertTo-Json; $h | ConvertTo-Json -Compress; $h.a += 4; ConvertTo-Json $h -Compress

#### hashtable holding a long list
$h2 = @{k = @(1..10)}; $h2

#### nested lists in a cell
$h3 = @{m = @(, @(1, 2))}; $h3; [pscustomobject]@{m = @(, @(1, 2)); n = (1, (2, 3))}; [pscustomobject]@{n = (1, (2, (3, 4)))}

#### custom object holding a list
[pscustomobject]@{a = 1, 2, 3; b = 'x'} | Format-List; [pscustomobject]@{a = 1, 2, 3}; $o = [pscustomobject]@{a = 1, 2}; $o.a += 3; $o.a.Count; $o

#### hashtable and list elements in a cell
[pscustomobject]@{a = @(@{b = 1}, 2)}; [pscustomobject]@{a = @(1.5, (2.5, 3))}; [pscustomobject]@{a = @([pscustomobject]@{c = 1}, 'x')}

#### argument number: .NET methods get the number
$o = Write-Output 0x10; $q = [System.Collections.ArrayList]::new(); $null = $q.Add($o); $q; $l = [System.Collections.Generic.List[object]]::new(); $l.Add($o); $l; [math]::Max($o, 3); 'abc'.Substring($o - 15); $o.ToString()

#### psobject's ImmediateBaseObject of a plain value
(1).psobject.ImmediateBaseObject
'abc'.psobject.ImmediateBaseObject.Length
(Get-Date -Year 2020 -Month 1 -Day 2).psobject.ImmediateBaseObject.Day
