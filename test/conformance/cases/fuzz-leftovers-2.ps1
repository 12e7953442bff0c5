# Differences the differential fuzzer and the corpus found (issue 9), second round: remaining arguments
# as a List, typed number literals in messages, stray generic tokens, unary operators without an operand,
# splats in expressions, command-mode commas, a credential without user name, and $? after an expression.

#### Write-Output one value -NoEnumerate writes a List
Write-Output 1 -NoEnumerate | % GetType
Write-Output 1 -NoEnumerate

#### Write-Output -NoEnumerate of an array keeps the array
Write-Output -NoEnumerate 1,2 | % GetType
(Write-Output -NoEnumerate 1,2).Count

#### Write-Output -InputObject -NoEnumerate is not wrapped
Write-Output -InputObject 1 -NoEnumerate | % GetType

#### Write-Output several values and $null -NoEnumerate
Write-Output 1 2 -NoEnumerate | % GetType
Write-Output $null -NoEnumerate
"--"
Write-Output $null 2 -NoEnumerate | % Count

#### a ValueFromRemainingArguments parameter gets a List
function f { param([Parameter(ValueFromRemainingArguments)]$r) $r.GetType().Name; $r.Count }
f 1
f 1 2
f (1,2)
f @{a=1}

#### a typed remaining-arguments parameter converts the List
function g { param([Parameter(ValueFromRemainingArguments)][object[]]$r) $r.GetType().Name }
g 1
g 1 2
function g2([object[]]$r) { $r.GetType().Name }
g2 ([int[]](1,2))

#### a missing method names the literal's type
(5u).Split(",")
$v = 1.5kb; $v.Split()
(5uy).x(); (5s).x(); (5n).x(); (5ul).x(); (5us).x(); (5y).x(); (5l).x()
(1kb).x(); (1.0).x(); (5d).x(); (1e3).x(); (5pb).x()

#### conversion messages name the literal's type
[hashtable]5u
[hashtable]1.5kb
[hashtable]5n

#### a real with an integer suffix rounds into its type
foreach ($v in 2.5l, 3.5us, 1.5uy, 1.3lkb, 0.1ykb, 1.5nkb, 4294967296.5u, 1e-1l, 9007199254740993.1l) { "$v " + $v.GetType().Name }

#### a real with an integer suffix that does not fit is not valid
127.5y

#### a signed literal is checked with its sign
-128y; -128.5y; +127y; 3-5u

#### a negative literal out of range
$v = -129y

#### a stray word with a unicode escape and an open quote is incomplete
"a; "b`u{41}"

#### a stray word with a quote runs over parentheses and commas
"x"; [string]"abc".Split(",") -is [string]

#### a stray string ends at its quote
"x" "b"c d

#### a stray word with an escape
"x" b`u{41}c d

#### a stray word with a single-quoted part
"x" b'c d'e f

#### -not before a bare word
-not foo

#### unary operators without a value expression
$x = ! foo

#### the array operator before a bare word
$x = , foo

#### -split before a semicolon
-split ;

#### -bnot before a parameter-like word
$x = -bnot -x

#### a unary operator's operand on the next line
$x = -not
1; $x

#### a splat in an expression
1 + @foo

#### a splat after a cast
[int]@h

#### a splat in a parenthesised argument
Write-Output (1 + @foo)

#### an at sign alone after an operator
1 + @

#### a command-mode comma before a semicolon
Write-Output 1, ;

#### a command-mode comma before a pipe
Write-Output 1, | % { $_ }

#### a command-mode comma before another comma
Write-Output 1,,2

#### a command-mode comma before a redirection
Write-Output 1, > x

#### a credential from a text has no user name or password
New-Object PSCredential 'u'

#### a credential without password first in a table
$s = ConvertTo-SecureString x -AsPlainText -Force
$a = [pscredential]::new("abc", $s)
$b = New-Object PSCredential "u"
$b; $a

#### a credential from an object with the wrong types
New-Object PSCredential ([pscustomobject]@{UserName="bob"; Password=1})
New-Object PSCredential ([pscustomobject]@{UserName=5})

#### a credential without password has no network credential
$c = New-Object PSCredential "u"
$null -eq $c.UserName; $null -eq $c.Password; $null -eq $c.GetNetworkCredential()

#### $? after a cast or method call of a failing pipeline is True
[void](Write-Error m 2>&1); "cast: $?"
[void](Write-Error m -ErrorAction SilentlyContinue); "cast silent: $?"
(Write-Error m -ErrorAction SilentlyContinue).x; "member: $?"
-not (Write-Error m -ErrorAction SilentlyContinue); "not: $?"
$x = $y = [int](Write-Error m -ErrorAction SilentlyContinue); "chained cast: $?"

#### $? after a wrapper around a failing pipeline is False
(Write-Error m -ErrorAction SilentlyContinue); "paren: $?"
$(Write-Error m -ErrorAction SilentlyContinue); "sub: $?"
@(Write-Error m -ErrorAction SilentlyContinue); "array: $?"
$x = (Write-Error m -ErrorAction SilentlyContinue); "assign paren: $?"

#### $? after wrappers of one cast statement
@([void](Write-Error m -ErrorAction SilentlyContinue)); "array cast: $?"
$([void](Write-Error m -ErrorAction SilentlyContinue)); "sub cast: $?"
(([void](Write-Error m -ErrorAction SilentlyContinue))); "paren cast: $?"
if ($true) { [void](Write-Error m -ErrorAction SilentlyContinue) }; "if: $?"
foreach ($i in 1) { [void](Write-Error m -ErrorAction SilentlyContinue) }; "foreach: $?"
@(); "empty array: $?"

#### $? inside a function after a cast
function h2 { [void](Write-Error m -ErrorAction SilentlyContinue); "in=$?" }
h2
