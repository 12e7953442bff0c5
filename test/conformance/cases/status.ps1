# $? after each kind of statement, and the exit status of spo -c.

#### after success
Write-Output a
$?

#### after Write-Error
Write-Error a
$?

#### after Write-Error silently
Write-Error a -ErrorAction SilentlyContinue
$?

#### after Write-Error ignored
Write-Error a -ErrorAction Ignore
$?

#### after assignment
$a = 1
$?

#### after failed assignment
$a = [int]'x'
$?

#### after expression
1 + 1
$?

#### after failed expression
1 / 0
$?

#### after parenthesised failure
(1 / 0)
$?

#### after command not found
nosuch-command
$?

#### after binding error
Write-Output -Nope
$?

#### after Write-Warning
Write-Warning w
$?

#### after $null discard
$null = 1
$?

#### after $null discard of failure
$null = Write-Error x
$?

#### after void
[void]1
$?

#### after pipeline failing in middle
Write-Output a | Write-Error
$?

#### after Get-Variable failing
Get-Variable nope
$?

#### after Get-Variable partially failing
Get-Variable true, nope
$?

#### after throw is not reached
throw 'x'
$?

#### after $? itself
Write-Error x
$?
$?

#### after type literal
[int]
$?

#### after method error
'a'.Nope()
$?

#### after comparison false
1 -eq 2
$?

#### after -not
-not $true
$?

#### exit status of success
Write-Output a

#### exit status of failure last
Write-Output a
Write-Error b

#### exit status of failure first
Write-Error b
Write-Output a

#### exit status of expression failure last
1 / 0

#### exit status of false value
$false

#### exit status of null
$null

#### exit status of empty
Write-Output

#### exit status after binding error last
Write-Output -Nope

#### exit 0
exit 0

#### exit 3
exit 3

#### exit after error
Write-Error x
exit

#### exit string
exit '5'

#### exit bad value
exit 'x'

#### exit negative
exit -1

#### exit large
exit 256

#### exit stops script
Write-Output a
exit 2
Write-Output b

#### exit of null
exit $null

#### exit expression
exit 1 + 1

#### exit after failing last
Write-Error x; exit 0

#### after function whose body wrote an error
function f { Write-Error x }
f
$?

#### after function whose body wrote an error then output
function f { Write-Error x; 'after' }
f
$?

#### after function whose body had a failing expression
function f { 1 / 0 }
f
$?

#### after function whose body called an unknown command
function f { nosuch-command }
f
$?

#### after function with a failing cmdlet inside
function f { Get-Variable nope }
f
$?

#### after function assigned to $null
function f { Write-Error x }
$null = f
$?

#### after function in parentheses
function f { Write-Error x }
(f)
$?

#### after function in a subexpression
function f { Write-Error x }
$(f)
$?

#### after function piped on
function f { Write-Error x }
f | Write-Output
$?

#### after filter whose body wrote an error
filter f { Write-Error x }
1 | f
$?

#### function error in a chain
function f { Write-Error x }
f && 'and' || 'or'

#### after call operator script block
& { Write-Error x }
$?

#### after dot-sourced script block
. { Write-Error x }
$?

#### after script block variable
$sb = { Write-Error x }
& $sb
$?

#### after ForEach-Object body wrote an error
1 | ForEach-Object { Write-Error x }
$?

#### after Where-Object body wrote an error
1 | Where-Object { Write-Error x }
$?

#### after ForEach-Object body failing expression
1 | ForEach-Object { 1 / 0 }
$?

#### after advanced function Write-Error
function f { [CmdletBinding()] param() Write-Error x }
f
$?

#### after advanced function silenced
function f { [CmdletBinding()] param() Write-Error x }
f -ErrorAction SilentlyContinue
$?

#### advanced function -ErrorAction Stop ends the script
function f { [CmdletBinding()] param() Write-Error x }
f -ErrorAction Stop
'not reached'

#### function Write-Error -ErrorAction Stop inside ends the script
function f { Write-Error x -ErrorAction Stop; 'in' }
f
'not reached'

#### function throw ends the script
function f { throw 't' }
f
'not reached'

#### subexpression error still fails its statement
$x = $(Write-Error x)
$?

#### exit status of function error last
function f { Write-Error x }
f

#### exit status of function failing expression last
function f { 1 / 0 }
f

#### exit status of script block error last
& { Write-Error x }

#### exit status of dot-sourced script block error last
. { Write-Error x }

#### exit status of advanced function error last
function f { [CmdletBinding()] param() Write-Error x }
f

#### exit status of function error last in a file | -f
function f { Write-Error x }
f

#### exit status of script block error last in a file | -f
& { Write-Error x }

#### exit status of function error last interactive | interactive
function f { Write-Error x }
f

#### after advanced function $PSCmdlet.WriteError
function f { [CmdletBinding()] param() $PSCmdlet.WriteError((Write-Error m 2>&1)); "in=$?" }
f
$?

#### exit status of advanced function $PSCmdlet.WriteError last
function f { [CmdletBinding()] param() $PSCmdlet.WriteError((Write-Error m 2>&1)) }
f

#### each statement of a function body sets $?
function g { Write-Error x; "a=$?"; "b=$?" }
g

#### $? inside a subexpression
$(Write-Error x; "in=$?")

#### a terminating error inside a script block sets $?
& { 1/0; "a=$?" }

#### a subexpression's status is its last statement's
$x = $(Write-Error x; 1); "s=$?"
$x = $([int]"x"; 1); "t=$?"
$(1; [int]"x"); "u=$?"

#### control flow leaves $? as it was
Get-Item nosuch 2>$null
while ($false) {}
"while: $?"
Get-Item nosuch 2>$null
for ($i = 0; $i -lt 1; $i++) {}
"for: $?"
Get-Item nosuch 2>$null
do {} while ($false)
"do: $?"
Get-Item nosuch 2>$null
if ($false) {} else {}
"if: $?"
Get-Item nosuch 2>$null
switch (1) { 1 {} }
"switch: $?"
Get-Item nosuch 2>$null
try {} catch {}
"try: $?"
Get-Item nosuch 2>$null
function f {}
"function: $?"

#### a condition that runs a command sets $? True
Get-Item nosuch 2>$null
if (Get-Item nosuch2 -ErrorAction SilentlyContinue) {}
"if command: $?"
Get-Item nosuch 2>$null
if ($x = 1) {}
"if assignment: $?"
Get-Item nosuch 2>$null
while ((Get-Item nosuch2 -ErrorAction SilentlyContinue)) {}
"while command: $?"
if ((Get-Item a, b -ErrorAction SilentlyContinue) -and $?) { 'both' } else { 'not both' }

#### a command pipeline inside a statement sets $?
Get-Item nosuch 2>$null
foreach ($i in (Get-Date)) {}
"foreach Get-Date: $?"
Get-Item nosuch 2>$null
foreach ($i in (Get-Item nosuch2 -ErrorAction SilentlyContinue)) {}
"foreach failing: $?"
Get-Item nosuch 2>$null
foreach ($i in 1) { Get-Item nosuch 2>$null; 1 > $null }
"foreach body: $?"
$(if ($true) { Get-Item nosuch3 -ErrorAction SilentlyContinue })
"subexpression: $?"

#### spo -c exits with the last $? after control flow
Get-Item nosuch 2>$null
foreach ($i in @()) {}
