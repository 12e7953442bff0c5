# Where a runtime error stops and which extent its error view underlines (pwsh's sequence points):
# @( ) around one pure expression is an expression, so its error ends the enclosing statement; $( ), @( )
# with several statements, and bodies keep their own statement boundaries; an error with no position of
# its own underlines the current position, which a nested statement list moves and does not restore,
# and which never goes to the script's first sequence point in compile order. The first line of most
# cases is 'start', so that the statement under test is not the script's first.

#### array subexpression of one expression ends the statement
'start'
$false -ne @(.25, [int][int]2147483648)
'after'

#### array subexpression assigned
'start'
$x = @(1, [int]'x', 3)
"x=$x"

#### array subexpression of one cast
'start'
1 + @([int]'z')
'after'

#### array subexpression of statements keeps its boundaries
'start'
1 + @([int]'z'; 5)
'after'

#### array subexpression of statements assigned
'start'
$x = @(1; [int]'x'; 3)
"x=$x"

#### array subexpression of a pipeline
'start'
$x = @(1, 2 | ForEach-Object { [int]"x$_" })
"x=$x"

#### array subexpression values
'start'
@($null).Count
@(@{a=1}).Count
@(,@(1,2)).Count
@(1,2).Count
$a = 1,2,3
$b = @($a)
$b[0] = 9
"$a / $b"

#### subexpression keeps its boundaries
'start'
$(Write-Output 1; [int]'z'; Write-Output 2)
'after'

#### subexpression of one expression
'start'
1 + $([int]'z')
'after'

#### parentheses end the statement
'start'
1 + ([int]'z')
'after'

#### subexpression in a string
'start'
"a $(1; [int]'z'; 2) b"
'after'

#### subexpression in a string assigned
'start'
$x = "v: $(1 + @([int]'x'))"
"x=$x"

#### hashtable value ends the statement
'start'
@{ a = [int]'z'; b = 2 }
'after'

#### hashtable value array subexpression
'start'
@{ a = 1 + @([int]'z'); b = 2 }
'after'

#### hashtable value command is a sequence point
'start'
@{ a = 1; b = Write-Output 2 } + [int]'x'
'after'

#### array elements
'start'
$a = 1, [int]'x', 3
"a=$a"

#### method argument
'start'
'abc'.Substring([int]'x')
'abc'.Substring(@([int]'x'))
'abc'.Substring($(1; [int]'x'))
'after'

#### index expressions
'start'
$a = 1,2,3
$a[[int]'x']
$a[@([int]'x')]
$a[$([int]'x'; 1)]
'after'

#### position stays after a nested statement list
'start'
$x = 1 + ($y = 2) + $(3) + [int]'x'

#### position after a subexpression in a string
'start'
@("abc"[-1], 'Hello', "$(1 + 1)") / [int]"abc".ToUpper()

#### first sequence point is an assignment's inner statement
$x = 1 + $(3) + [int]'x'

#### first sequence point is the statement
1 + $(3) + [int]'x'

#### first statement nested assignment
$x = 1 + ($y = [int]'x')
$x = $y = [int]'x'

#### nested assignment later
'start'
$x = 1 + ($y = [int]'x')
$x = $y = [int]'x'

#### nested assignment in a function
function f { $x = 1 + ($y = [int]'x') }
f

#### if body and condition
'start'
if ($true) { 1 + [int]'x'; 'in' }
if ([int]'x') { 'yes' } else { 'no' }
'after'

#### foreach input and body
'start'
foreach ($i in 1, [int]'x') { $i }
foreach ($i in 1..2) { [int]"x$i"; $i }
'after'

#### foreach variable is a sequence point
'start'
1 + $(foreach ($i in 1,2) { $i }) + [int]'x'

#### switch value and body
'start'
switch (1) { 1 { [int]'x'; 'in' } }
switch ([int]'x') { 1 { 'in' } }
'after'

#### loop conditions
'start'
while ([int]'x') { 'in' }
for ($i = [int]'x'; $i -lt 1; $i++) { 'in' }
'after'

#### throw value
'start'
throw [int]'x'

#### return value
'start'
return [int]'x'

#### function body statements
function f { 'f1'; [int]'x'; 'f2' }
'start'
$r = f
"r=$r"
1 + (f)

#### function error inside an expression
'start'
function g { param($p) $p + [int]'x' }
$(5; 6) + (g 1)
'after'

#### script block invoked
'start'
& { $(5; 6) + [int]'x' }
$r = & { 1; [int]'x'; 2 }
"r=$r"

#### ForEach-Object block
'start'
1,2 | ForEach-Object { $(5; 6) + [int]"x$_" }
'after'

#### ForEach method block
'start'
$(7; 8) + (1,2).ForEach({ [int]"x$_" })
'after'

#### pipeline chain elements
'start'
'a' && [int]'x' && 'b'
Write-Output 1 && 1 + [int]'x'
'after'

#### try position message
'start'
try { $(5; 6) + [int]'x' } catch { $_.InvocationInfo.PositionMessage }

#### errors at the current position
'start'
$i = 'x'; $(2; 3) + $i++
$(2; 3) + ([int]$n = 'x')
$(2; 3) + ($true = 5)
$(2; 3) + $using:x
$(2; 3) + (1 / 0)
$(2; 3) + $null.Foo()
$(2; 3) + 'abc'.Nope()
$(2; 3) + $null[0]
$(2; 3) + [string]::Nope()
$(2; 3) + ('a' -like '[')
$a = 1,2; $(2; 3) + ($a[5] = 1)
'after'

#### errors with positions of their own
'start'
$(2; 3) + [nosuchtype]::Foo
$(2; 3) + (nosuch-command)
$(2; 3) + (Get-Variable -Nope)

#### read-only variable assignment
'start'
$true = 5

#### string operator conversion
'start'
"$(10l + 1e3)" * 'x'
"$(10l + 1e3)" * @{ Name = 1 }

#### Write-Error stopped at the top level
'start'
$x = Write-Error "$(1+1)" -ErrorAction Stop

#### Write-Error stopped in a pipeline
'start'
Write-Output 1 | Write-Error -ErrorAction Stop

#### Write-Error stopped by the preference
'start'
$ErrorActionPreference='Stop'; Write-Error "a$(1)b"

#### Write-Error stopped inside parentheses
'start'
1 + (Write-Error "e$(1)" -ErrorAction Stop)

#### Write-Error stopped in a function
function f { 'in'; Write-Error boom -ErrorAction Stop }
'start'
f

#### Write-Warning stopped keeps its command
'start'
Write-Warning "w$(1)" -WarningAction Stop

#### cmdlet error stopped keeps its command
'start'
Get-Variable nosuch$(1) -ErrorAction Stop
