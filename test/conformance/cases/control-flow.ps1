# Control flow, script blocks and functions (issue 11), as pwsh 7.6.10 runs them.

#### if statement
if ($true) { 'yes' }

#### foreach statement
foreach ($i in 1..3) { $i }

#### script block invocation
& { 'in block' }

#### function definition
function f { 'f' }; f

#### try catch
try { throw 'x' } catch { 'caught' }

#### while with break
$i = 0; while ($true) { $i++; if ($i -gt 2) { break } }; $i

#### if elseif else
$n = 7; if ($n -lt 5) { 'small' } elseif ($n -lt 10) { 'medium' } else { 'large' }

#### for loop
for ($i = 0; $i -lt 3; $i++) { "i=$i" }

#### do while
$i = 0; do { $i++; "d$i" } while ($i -lt 3)

#### do until
$i = 0; do { $i++ } until ($i -ge 4); $i

#### foreach continue and break
foreach ($i in 1..6) { if ($i -eq 2) { continue }; if ($i -eq 5) { break }; $i }

#### labelled break
:outer foreach ($a in 1..3) { foreach ($b in 1..3) { if ($b -eq 2) { continue outer }; if ($a -eq 3) { break outer }; "$a$b" } }

#### foreach over $null and a scalar
foreach ($x in $null) { 'never' }; foreach ($x in 5) { "once $x" }

#### statement as expression
$r = foreach ($i in 1..3) { $i * 2 }; $r -join ','; $v = if ($true) { 'yes' } else { 'no' }; $v

#### switch plain with default
switch (3) { 1 { 'one' } 3 { 'three' } default { 'other' } }

#### switch array input
switch (1, 2, 3) { 2 { 'two' } default { "not two: $_" } }

#### switch wildcard
switch -Wildcard ('contoso-admin') { '*-admin' { 'admin site' } 'contoso*' { 'contoso' } }

#### switch regex with matches
switch -Regex ('user42') { '^user(\d+)$' { "id $($Matches[1])" } }

#### switch case sensitive
switch -CaseSensitive ('ABC') { 'abc' { 'lower' } 'ABC' { 'upper' } }

#### switch break and continue
switch (1, 2, 3, 4) { 2 { continue } 4 { break } default { "item $_" } }

#### switch script block condition
switch (3, 7, 12) { { $_ -gt 10 } { "huge $_"; continue } { $_ -gt 5 } { "big $_" } default { "small $_" } }

#### switch script block condition with regex flag
switch -Regex ('abc', 'x') { { $_.Length -eq 1 } { "short $_" } 'b' { "has b $_" } }

#### switch enumerator MoveNext
switch (1, 2, 3, 4) { 1 { $null = $switch.MoveNext(); "skipped to $($switch.Current)" } default { "d $_" } }

#### foreach enumerator MoveNext
foreach ($x in 'a', 'b', 'c', 'd') { $null = $foreach.MoveNext(); "$x pairs with $($foreach.Current)" }

#### foreach enumerator types
foreach ($i in 1..3) { $foreach.GetType().FullName; break }; foreach ($i in @(1, 2)) { $foreach.GetType().FullName; break }; $null -eq $foreach

#### nested foreach enumerators
foreach ($i in 1, 2) { foreach ($j in 5, 6) { }; $foreach.Current }

#### trap continue inside a loop body
foreach ($i in 1..3) { trap { "trapped $_"; continue }; if ($i -eq 2) { throw "x$i"; 'not reached' }; "i=$i" }

#### trap at script level resumes after the loop
trap { "trapped $_"; continue }
foreach ($i in 1..3) { if ($i -eq 2) { throw "x$i" }; "i=$i" }
'after'

#### trap handles errors inside a function
trap { "trapped: $_"; continue }
function f { foreach ($j in 1..2) { 1/0; "j=$j" } }
f
'end'

#### trap handles errors in a nested block
trap { "outer: $_"; continue }
for ($i = 0; $i -lt 3; $i++) { if ($i -eq 1) { [int]'abc' }; "i=$i" }
& { foreach ($i in 1..2) { throw "in block $i" }; 'rest of block' }
'end'

#### trap with break
trap { 'trapped'; break }
'before'
throw 'boom'
'not reached'

#### typed trap
trap [System.DivideByZeroException] { 'divide trap'; continue }; $z = 0; 1 / $z; 'next'

#### try catch finally
try { 'body'; throw 'oops' } catch { "caught: $($_.Exception.Message)" } finally { 'finally' }

#### typed catch
try { [int]'abc' } catch [System.Management.Automation.RuntimeException] { 'runtime' } catch { 'other' }

#### catch PSItem
try { Write-Error 'bad' -ErrorAction Stop } catch { $PSItem.FullyQualifiedErrorId }

#### finally on break
foreach ($i in 1..3) { try { if ($i -eq 2) { break }; "i=$i" } finally { "finally $i" } }

#### ErrorActionPreference Stop
$ErrorActionPreference = 'Stop'; try { Write-Error 'nonterminating' ; 'not reached' } catch { "caught $_" }

#### return from function
function g { 'first'; return 'second'; 'third' }; g

#### function with param types and defaults
function Add-Two { param([int]$a, [int]$b = 10) $a + $b }; Add-Two 5; Add-Two -a 1 -b 2

#### function args
function hh { "count $($args.Count): $($args -join '|')" }; hh a b c

#### function paren params
function j($x, $y) { "$x-$y" }; j 1 2

#### advanced function mandatory and pipeline
function k { [CmdletBinding()] param([Parameter(Mandatory, ValueFromPipeline)][string]$Name) process { "hi $Name" } }; 'a', 'b' | k

#### begin process end
function m { begin { 'begin' } process { "p $_" } end { 'end' } }; 1, 2 | m

#### ValidateSet
function v { param([ValidateSet('a', 'b')]$x) $x }; v c

#### script scope variable
$script:count = 0; function inc { $script:count++ }; inc; inc; $script:count

#### script block with param and invoke
$sb = { param($x) $x * 3 }; & $sb 4; $sb.Invoke(5)

#### dot sourcing a script block
$y = 1; . { $y = 2 }; $y; & { $y = 3 }; $y

#### null assignment discards
$null = 'x'; [void]'y'; 'z' | Out-Null; 'only this'

#### script block Invoke arguments
$sb = { param($a, $b) "$a+$b"; $args.Count }; $sb.Invoke(1, 2, 3); $sb.Invoke(@(4, 5)); ({ $args.Count }).Invoke($null)

#### script block Invoke returns a collection
$r = ({ 'one' }).Invoke(); $r.GetType().Name; $r.Count; $r[0]; ({}).Invoke().Count

#### script block InvokeReturnAsIs
$r = ({ 1; 2 }).InvokeReturnAsIs(); $r.GetType().FullName; (({ 5 }).InvokeReturnAsIs()).GetType().FullName; $null -eq ({}).InvokeReturnAsIs()

#### script block Invoke new scope
$x = 1; ({ $x = 2; "in $x" }).Invoke(); $x; 1 | ForEach-Object { ({ "item $_" }).Invoke() }

#### script block Invoke throw
$sb = { param($n) "before $n"; throw "bad $n" }; $r = $sb.Invoke(7); "r=$r"

#### script block InvokeReturnAsIs error
({ 1/0; 'after' }).InvokeReturnAsIs(); 'next'

#### script block Invoke statement error ends the call
function f { [int]'x'; 'after' }; ({ f; 'rest' }).Invoke(); 'next'

#### script block Invoke error caught
try { ({ throw 'boom' }).Invoke() } catch { $_.Exception.GetType().FullName; $_.Exception.InnerException.GetType().FullName; $_.FullyQualifiedErrorId; $_.Exception.InnerException.Message }

#### script block Invoke catch by type
try { ({ throw 'x' }).Invoke() } catch [System.Management.Automation.MethodInvocationException] { 'method invocation' }; try { ({ [int]'x' }).Invoke() } catch [System.Management.Automation.PSInvalidCastException] { 'cast' } catch { "other $($_.Exception.GetType().Name)" }

#### script block Invoke with ErrorAction Stop
try { ({ Write-Error 'e' -ErrorAction Stop; 'after' }).Invoke() } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.Exception.InnerException.GetType().Name }

#### script block Invoke parameter conversion
$sb = { param([int]$n) $n * 2 }; $sb.Invoke('21'); $sb.Invoke('x')

#### script block Invoke written errors | -f
({ Write-Error 'e1'; Write-Error 'e2'; 'after' }).Invoke(); 'next'; $Error.Count

#### script block Invoke exit and break
foreach ($i in 1..3) { ({ break }).Invoke(); $i }; 'end'; ({ exit 3 }).Invoke(); 'not reached'

#### typed catch inner exception first
try { [int]'abc' } catch [System.Management.Automation.RuntimeException] { 'runtime' } catch [System.Management.Automation.PSInvalidCastException] { 'cast' }

#### typed catch base types of a cast
try { [int]'abc' } catch [System.InvalidCastException] { 'invalid cast' }; try { [int]'abc' } catch [System.SystemException] { 'system' }; try { [int]'abc' } catch [System.Exception] { "exception $($_.Exception.GetType().Name)" }; try { [int]'abc' } catch [ArgumentException] { 'argument' } catch { "other $($_.Exception.GetType().Name)" }

#### typed catch divide by zero
$z = 0; try { 1 / $z } catch [DivideByZeroException] { "divide $($_.Exception.GetType().Name) $($_.FullyQualifiedErrorId) $($_.CategoryInfo.Reason)" }; try { 1 / $z } catch [ArithmeticException] { 'arithmetic' }; try { 1 % $z } catch { "all $($_.Exception.GetType().Name) $($_.Exception.InnerException.GetType().Name)" }

#### typed catch record shown
$z = 0; try { 1 / $z } catch [DivideByZeroException] { $_ }

#### typed trap cast
trap [System.Management.Automation.PSInvalidCastException] { "cast trap $($_.Exception.GetType().Name)"; continue }; [int]'abc'; 'next'

#### rethrow in catch
try { 1/0 } catch { 'caught'; throw }; 'not reached'

#### rethrow keeps the error
try { try { [int]'x' } catch [System.Management.Automation.PSInvalidCastException] { throw } } catch { $_.Exception.GetType().Name; $_.Exception.InnerException.GetType().Name }

#### rethrow from a script block in catch
try { nosuch } catch { & { throw } }

#### rethrow NormalView
$ErrorView = 'NormalView'; try { throw 'x'} catch { throw }

#### rethrow stopped command NormalView
$ErrorView = 'NormalView'; try { Write-Error 'w' -ErrorAction Stop} catch { throw }

#### rethrow method error NormalView
$ErrorView = 'NormalView'; try { ({ 1/0 }).Invoke()} catch { throw }

#### bare throw in a function called from catch
function f { throw }; try { 1/0 } catch { f }

#### throw inside trap
trap { 'trapped'; throw } 1/0; 'after'
