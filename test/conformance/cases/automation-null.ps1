# AutomationNull: the value of a command, script block or statement that wrote nothing. A variable, ( ) or $( )
# holds it; piped, it sends nothing, @( ) of it is empty, foreach and switch over it run zero times; anywhere
# else (comparison, display, conversion, arguments) it reads as $null. $null and $() are a real $null.

#### the issue's repro line
$x = & {}; $x | % {"p"}; (Write-Host x) | % {"q"}; @($x).Count; $y = $null; $y | % {"n"}; $z = $(); $z | % {"r"}; function g {}; $w = g; $null -eq $w; $w | % {"s"}; @(g).Count; (g) | % {"t"}

#### null and an empty command piped
$null | % {1}
& {} | % {2}
'after'

#### dot-sourced empty block
$a = . {}
$a | % {'piped'}
@($a).Count

#### if with no branch taken
$v = if ($false) {1}
$v | % {'piped'}
@($v).Count
$null -eq $v
$v = if ($true) {}
$v | % {'piped'}

#### foreach, while and switch producing nothing
$f = foreach ($i in @()) {1}
$f | % {'foreach'}
$s = switch (1) { 2 {'x'} }
$s | % {'switch'}
$w = while ($false) {}
$w | % {'while'}
$t = try {} catch {}
$t | % {'try'}
@($f).Count + @($s).Count + @($w).Count + @($t).Count

#### empty subexpression is null, a subexpression of an empty command is not
$z = $(); $z | % {'empty'}
$z = $(;); $z | % {'semicolon'}
$z = $($null); $z | % {'null'}
$z = $(& {}); $z | % {'command'}
$z = $(if ($false) {1}); $z | % {'if'}
$z = $(1 | Out-Null); $z | % {'out-null'}
$z = $(1; & {}); $z | % {'one'}

#### parentheses
$x = & {}
($x) | % {'paren var'}
$($x) | % {'sub var'}
(& {}) | % {'paren command'}
($null) | % {'paren null'}
$p = (& {}); $p | % {'assigned'}

#### array subexpression
$e = @(& {}); $e.Count; $e | % {'e'}
$e = @(); @($e).Count
@(& { $null }).Count
$x = & {}
@(& { $x }).Count
@(& { $x; $x }).Count

#### empty pipelines captured
$fo = 1, 2 | % {}
$fo | % {'foreach-object'}
$wo = 1, 2 | ? {$false}
$wo | % {'where-object'}
$wo -eq $null
$wo.Count
$m = & {} | % {1}
@($m).Count

#### compared and tested as null
$x = & {}
$null -eq $x
$x -eq $null
$x -ne $null
$x -eq $x
$x -eq 0
$x -is [object]
$null -is [object]
if ($x) {'truthy'} else {'falsy'}
-not $x
[bool]$x

#### displayed and expanded as nothing
$x = & {}
$x
"[$x]"
'a' + $x + 'b'
$x -join ','
(1, $x) -join ','
'after'

#### members of it
$x = & {}
$x.Count
$x.Length
($x).Count
@($x).Length
$x.Foo | % {'member'}
try { $x.GetType() } catch { $_.Exception.Message }

#### arithmetic with it
$x = & {}
$x + 1
$c = 0; $c += & {}; $c
$x * 2 | % {"product is null: $($null -eq $_)"}

#### an array plus it adds nothing
$x = & {}
$arr = @(); $arr += & {}; $arr.Count
$arr += $x; $arr.Count
$arr += $null; $arr.Count

#### operators that enumerate their left operand
$x = & {}
($x -like '*').Count
($x -match '.').Count
($x -replace 'a', 'b').Count
($x -split ',').Count
($null -like '*').Count
$x -contains $null
$x -notcontains $null
$x -contains 'a'
$x -in @($null)

#### function results
function none {}
function ret { return }
function retnull { return $null }
function cap { $t = & {}; $t }
function cap2 { $t = & {}; return $t }
$r = none; $r | % {'none'}
$r = ret; $r | % {'ret'}; @($r).Count
$r = retnull; $r | % {'retnull'}
$r = cap; $r | % {'cap'}
$r = cap2; $r | % {'cap2'}
(cap2) | % {'paren cap2'}

#### survives reassignment
$x = & {}
$x2 = $x; $x2 | % {'copy'}
$x = $x; $x | % {'self'}
$u = 1; $u = & {}; $u | % {'overwritten'}
$null = & {}; 'discarded'

#### argument binding gives null
$x = & {}
function hq($q) { "bound: $($PSBoundParameters.ContainsKey('q')) null: $($null -eq $q)"; $q | % {'piped'}; @($q).Count }
hq $x
hq (& {})
hq -q:$x
hq $(& {})
function hargs { $args.Count; $args | % {'arg piped'} }
hargs $x
& { param($p) $p | % {'block param'} } $x
Write-Output $x | % {'write-output'}
Set-Variable sv -Value $x; $sv | % {'set-variable'}

#### splatted values give null
$x = & {}
function hs($q) { $q | % {'splat piped'}; $PSBoundParameters.ContainsKey('q') }
$h = @{q = & {}}
hs @h
$list = @($x)
$list.Count

#### a parameter default that wrote nothing is null
function dflt($q = (& {})) { $q | % {'default piped'}; @($q).Count }
dflt

#### method arguments get null
$x = & {}
$l = [System.Collections.ArrayList]::new(); [void]$l.Add($x); $l.Count; $l | % {'arraylist'}
$g = [System.Collections.Generic.List[object]]::new(); $g.Add($x); $g | % {'list'}
[string]::IsNullOrEmpty($x)

#### array elements keep it
$x = & {}
@($x, 1).Count
@($x, $x).Count
$arr = , $x; $arr.Count; $arr | % {'comma'}
foreach ($i in $arr) {'foreach element'}
$arr2 = $x, 1; $arr2 | % {"piped $_"}; $arr2.Count
foreach ($i in $arr2) {"element [$i]"}
$arr2[0] | % {'indexed'}
$a3 = 1, (& {}), 2; $a3.Count; $a3 | % {"a3 $_"}
, $x | % {'comma piped'}
(, $x).Count

#### index assignment keeps it, property assignment gives null
$ar = 1, 2; $ar[0] = & {}; $ar | % {"ar $_"}
$hh = @{}; $hh.k = & {}; $hh.k | % {'member set'}
$hh['k2'] = & {}; $hh.k2 | % {'index set'}

#### hashtable values keep it
$h = @{a = & {}}
$h.a | % {'hash member'}
$h['a'] | % {'hash index'}
$h.ContainsKey('a')
$null -eq $h.a
$h.missing | % {'missing key'}
$o = [ordered]@{k = $(& {})}; $o.k | % {'ordered'}
$h.Values | % {'values'}
$h.Count

#### foreach over it runs zero times, over null too
$x = & {}
foreach ($i in $x) {'x'}
foreach ($i in $null) {'null'}
foreach ($i in (& {})) {'command'}
'done'

#### switch over it runs zero times, over null once
$x = & {}
switch ($x) { default {'x'} }
switch ($null) { default {'null'} }
switch (& {}) { default {'command'} }
$s = switch ($x) {default {1}}; @($s).Count

#### casts
$x = & {}
$o = [object]$x; $o | % {'object'}
$s = [string]$x; $null -eq $s; $s | % {'string cast is null'}
$s = [string]$null; $null -eq $s
[int]$x
[double]$x
$t = [string[]]$x; $null -eq $t
$t = [array]$x; $t | % {'array cast is null'}
$t = [psobject]$x; $t | % {'psobject cast is null'}
($x -as [string]) -eq ''
$x -as [int]

#### casts to value types give their default
$x = & {}
$d = [datetime]$x; $d.Ticks; $d.Kind
$t = [timespan]$x; $t.Ticks
[System.ConsoleColor]$x
$g = [guid]$x; $g.ToString()

#### typed variables
[int]$i = & {}; $i; $i | % {'int'}
[string]$ts = & {}; $null -eq $ts; $ts -eq ''; $ts | % {'typed string'}
[object]$to = & {}; $to | % {'typed object'}

#### cmdlets given it as input
$x = & {}
($x | Measure-Object).Count
$x | Select-Object -First 1 | % {'select'}
$x | ForEach-Object -Begin {'begin'} -Process {'process'} -End {'end'}
$x | Sort-Object; 'sorted'
$x | Out-String | % {"out-string [$_]"}
$x | ConvertTo-Json; 'json'

#### Get-Member of it
$x = & {}
$x | Get-Member

#### serialised as null
$x = & {}
ConvertTo-Json $x
ConvertTo-Json @{a = $x} -Compress
ConvertTo-Json @($x, 1) -Compress
$h = @{a = & {}}
$h | ConvertTo-Json -Compress
$p = [pscustomobject]@{a = $null; b = 1}
$p.a = $x
$p | ConvertTo-Json -Compress
$p | ConvertTo-Csv

#### format operator
$x = & {}
'{0}|{1}' -f $x, 1
'[{0}]' -f $x

#### a script block's output
$x = & {}
1..2 | % { $x } | % {'inner'}
@(1..2 | % { $x }).Count
$r = & { $x }; $r | % {'block'}
$sb = {1}; $x | & $sb

#### an array holding it, written by a statement, loses it
$x = & {}; $a = $x, 1, $x
$r = & { $a }; $r.Count
& { $a } | % {"[$_]"}
function fo { $a }; (fo).Count
$r = foreach ($i in 1) { $a }; $r.Count
$($a).Count
$(1; $a).Count
@($a).Count
($a).Count

#### an array holding it, written by a cmdlet, holds null there
$x = & {}; $a = $x, 1, $x
$w = Write-Output $a; $w.Count
$w | % {"w[$_]"}
Write-Output $a | % {"p[$_]"}

#### an element holding it: the foreach variable keeps it, switch and .ForEach() do not
$x = & {}; $a = $x, 1
foreach ($i in $a) { $i | % {"i[$_]"}; @($i).Count }
switch ($a) { default { $_ | % {"s[$_]"} } }
$a.ForEach({ "fe[$_]" })
$a.Where({ $true }).Count
foreach ($i in @()) {}; 'empty foreach'
