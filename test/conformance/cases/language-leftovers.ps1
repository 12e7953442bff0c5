# What the last review of issue 11 left open: traps inside functions and script blocks come before a
# caller's try or trap, output written before an error is kept, typed mandatory prompts, generic types.

#### function trap continue beats an outer catch
function f { trap { "ftrap $_"; continue }; 'before'; throw 'boom'; 'after' }
try { f; 'after f' } catch { "outer catch $_" }

#### function trap break goes to the outer catch
function g { trap { "gtrap $_"; break }; 'before'; throw 'boom'; 'after' }
try { g; 'after g' } catch { "outer catch $_" }

#### typed function trap that does not match goes to the outer catch
function k { trap [System.DivideByZeroException] { "ktrap $_"; continue }; 'before'; throw 'boom'; 'after' }
try { k; 'after k' } catch { "outer catch $_" }

#### script block trap beats an outer catch
try { & { trap { "sbtrap $_"; continue }; 1/0; 'sb after' }; 'after sb' } catch { "outer catch $_" }

#### trap in a calling function handles an error of the called one
function m { trap { "mtrap $_"; continue }; n; 'after n in m' }
function n { 'n before'; throw 'nboom'; 'n after' }
try { m } catch { "outer $_" }

#### function trap break goes to the script trap
trap { "outer trap $_"; continue }
function g { trap { "gtrap $_"; break }; 'g before'; throw 'gboom'; 'g after' }
g; 'after g'

#### typed and untyped traps in one function
function k2 { trap [System.DivideByZeroException] { "k2trap $_"; continue }; trap { "k2 generic $_"; continue }; 'k2 before'; 1/0; throw 'x'; 'k2 after' }
k2

#### function trap continue resumes after the loop
function w { trap { "wtrap $_"; continue }; foreach ($i in 1..3) { if ($i -eq 2) { throw "w$i" }; "w i=$i" }; 'w end' }
w

#### function trap handles a nested script block
function nested { trap { "nested trap $_"; continue }; & { 'sb before'; throw 'sbboom'; 'sb after' }; 'nested end' }
nested

#### script block trap output is collected
$v = & { trap { 'vtrap'; continue }; 1; throw 'q'; 2 }
"v=$v"

#### function trap sees the exception type
function e { trap { "etrap $($_.Exception.GetType().Name)"; continue }; Get-Item /nonexistent -ErrorAction Stop; 'e end' }
e

#### function trap break with no outer handler stops the script
function g { trap { 'gtrap'; break }; 'b'; throw 'x'; 'a' }
g; 'after'

#### function trap break on an error action stop
function g { trap { 'gtrap'; break }; 'b'; Write-Error 'we' -ErrorAction Stop; 'a' }
g; 'after'

#### output before a throw in a function reaches the screen
function q { 'before'; throw 'x' }
try { q } catch { 'caught' }

#### output before a throw in a script block reaches the screen
try { 'a'; & { 'b'; throw 'y' } } catch { 'c' }

#### pipeline output before a throw is kept
try { 1,2,3 | ForEach-Object { if ($_ -eq 2) { throw 'x' }; $_ } } catch { 'c' }
$r = try { 1,2,3 | ForEach-Object { if ($_ -eq 2) { throw 'x' }; $_ } } catch { 'c' }
"r=$r"

#### output before a throw is not kept for the next command
try { & { 'a'; throw 'x' } | ForEach-Object { "got $_" } } catch { 'c' }

#### output before exit in a function
function fx { 'fx out'; exit 3 }
fx; 'not reached'

#### output before break in a function in a loop
function fb { 'fb out'; break }
foreach ($i in 1..3) { fb; 'not reached' }
'after loop'

#### break in a ForEach-Object block with no loop ends the script
1..5 | ForEach-Object { if ($_ -eq 3) { break }; $_ }
'after'

#### continue in a ForEach-Object block goes on with the caller's loop
foreach ($j in 1..2) { 1..4 | ForEach-Object { if ($_ -eq 3) { continue }; "$j $_" } }
'after'

#### typed mandatory prompt asks again after a format error | interactive stdin="abc\n5\n"
function f { param([Parameter(Mandatory)][int]$n) "n=$n" }
f

#### typed mandatory prompt asks again after an overflow | interactive stdin="300\n-1\n2\n"
function f { param([Parameter(Mandatory)][byte]$n) "n=$n" }
f

#### typed mandatory prompt for a date | interactive stdin="xyz\n2020-01-02\n"
function f { param([Parameter(Mandatory)][datetime]$d) "year=$($d.Year)" }
f

#### typed mandatory prompt refused then end of input | interactive stdin="abc\n"
function f { param([Parameter(Mandatory)][int]$n) "n=$n" }
f

#### typed mandatory array prompt asks the element again | interactive stdin="1\nx\n2\n\n"
function f { param([Parameter(Mandatory)][int[]]$n) "n=$n" }
f

#### typed mandatory prompt then a string one | interactive stdin="q\n4\nhello\n"
function f { param([Parameter(Mandatory)][int]$n, [Parameter(Mandatory)][string]$s) "n=$n s=$s" }
f

#### typed mandatory prompt under NonInteractive
function f { param([Parameter(Mandatory)][int]$n) "n=$n" }
f
'next'

#### typed script parameter prompt asks again | -f interactive stdin="abc\n7\n"
param([Parameter(Mandatory)][int]$Count)
"count=$Count"

#### generic list type name
$l = [System.Collections.Generic.List[string]]::new()
$l.GetType().Name
$l.GetType().FullName

#### generic list GetType table
[System.Collections.Generic.List[string]]::new().GetType()

#### generic dictionary type name
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d.GetType().Name
$d.GetType().FullName
$d.GetType().ToString()

#### generic dictionary GetType table
[System.Collections.Generic.Dictionary[string,int]]::new().GetType()

#### generic list from New-Object
$l = New-Object 'System.Collections.Generic.List[int]'
$l.GetType().Name
$l.GetType().ToString()
$l.ToString()

#### generic type text in a string
$l = [System.Collections.Generic.List[string]]::new()
"$($l.GetType())"
"$([System.Collections.Generic.Dictionary[string,int]])"

#### generic type literal names
[System.Collections.Generic.List[string]].Name
[System.Collections.Generic.List[object]].FullName
[System.Collections.Generic.List[psobject]].FullName
