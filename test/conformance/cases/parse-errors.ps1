# Tokenizer and parser errors: message, position and the ConciseView layout (-c reports a complete parse
# error; an incomplete one, such as an unclosed string, prints nothing and exits 1 in pwsh -c).

#### unexpected token )
1 )

#### unexpected token in second line
Write-Output a
1 2

#### missing closing paren
(1 + 2

#### missing closing paren incomplete
Write-Output (1

#### unclosed double quote
"abc

#### unclosed single quote
'abc

#### unclosed here-string
@"
abc

#### here-string header with text
@" abc
x
"@

#### here-string footer not at line start
@"
x "@

#### missing expression after operator
1 +

#### missing expression after operator mid-script
1 + ; 2

#### missing array element
1, , 2

#### trailing comma
Write-Output 1,

#### missing hashtable value
@{ a = }

#### missing hashtable equals
@{ a 1 }

#### missing hashtable close
@{ a = 1

#### hashtable duplicate key
@{ a = 1; a = 2 }

#### hashtable duplicate key case-insensitive
@{ a = 1; A = 2 }

#### empty pipe element
Write-Output a | | Write-Output

#### pipe at end
Write-Output a |

#### pipe at start of next line
Write-Output a
| Write-Output

#### pipe at start
| Write-Output a

#### unexpected token ]
]

#### unexpected token }
}

#### lone @
@

#### at with space
@ (1)

#### dollar paren unclosed
"$(1"

#### variable name empty braces
${}

#### unclosed brace variable
${abc

#### assignment to literal
1 = 2

#### assignment to expression
(1 + 2) = 3

#### assignment without value
$a =

#### assignment without value then statement
$a = ; 1

#### double assignment operator
$a == 1

#### bad operator
1 -foo 2

#### bad operator after variable
$a -foo $b

#### operator without left side
-eq 1

#### minus minus
$a--

#### plus plus
$a++

#### redirection
Write-Output a > out.txt

#### merge redirection
Write-Output a 2>&1

#### background operator
Write-Output a &

#### and-and
Write-Output a && Write-Output b

#### or-or
Write-Output a || Write-Output b

#### member access missing name
$a.

#### method call missing close
'a'.ToUpper(

#### index missing close
$a[0

#### type literal unclosed
[int

#### type literal unknown
[NoSuchType]::Foo

#### cast unknown type
[NoSuchType]'x'

#### type literal empty
[]

#### generic type missing
[System.Collections.Generic.List[]]

#### attribute on nothing
[ValidateNotNull()]

#### backtick at end of script
Write-Output a `

#### backtick followed by space
Write-Output a ` 
Write-Output b

#### comment unclosed
<# never closed

#### comment closed
<# closed #> Write-Output ok

#### line comment only
# just a comment

#### empty script

#### whitespace only
   

#### semicolons only
;;;

#### splat in expression
@a + 1

#### splat of literal
Write-Output @'x'

#### parenthesised empty
()

#### subexpression empty
$()

#### array subexpression empty
@()

#### numbers then letters command
1abc

#### dash dash parameter
Write-Output --x

#### dash alone
Write-Output -

#### equals in command
Write-Output a=b

#### unexpected token after expression
'a' 'b'

#### unexpected variable after expression
$a $b

#### unexpected number after string
'a' 1

#### missing statement after semicolon is fine
Write-Output a;

#### hashtable with expression key missing
@{ (1 = 2 }

#### nested parse error position
Write-Output (1 +
)

#### error on third line
$a = 1
$b = 2
$c = )

#### long line error position
Write-Output aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa )

#### tab before error
	1 )

#### unicode before error
'é' )

#### two errors in one script
1 )
2 )

#### format operator missing right side
'a' -f

#### comma at start
, 1

#### minus before a quoted string starts an expression
$r = -"5"; $r; -'3'; +"7"

#### minus before a quoted string that is no number
$r = -"x"

#### minus before a quoted string in a pipeline
-"5" | Write-Output

#### command word after binary operator
1 + foo

#### command after binary operator on next line
1 +
Write-Output 2

#### parameter-like word after binary operator
1 + -x

#### non-number digits after binary operator
$a = 1 * 3abc

#### line continuation then word after binary operator
(1 -and `
foo)

#### command word after comma
1, foo

#### missing element after comma before semicolon
1, ; 2

#### subexpression after string
"a"$(1)

#### array subexpression after number
1 @(2)

#### hashtable after number
1 @{a=1}

#### braced variable after number
1 ${x}

#### variable with member after number
1 $x.y

#### scoped variable after number
1 $env:x.y

#### chain operator on the next line continues the chain
Write-Error x 2>$null
|| "ran"
"next"

#### chain operator after a comment line continues the chain
Write-Error x 2>$null
# a comment line between
|| "ran"

#### chain operator after a blank line
"a"

|| "b"

#### pipe after a blank line is an empty pipe element
"a"

| Write-Output

#### pipe after a comment line continues the pipeline
"a", "b"
<# block comment #>
# line comment
| ForEach-Object { "<$_>" }

#### and-and on the next line does not continue
"a"
&& "b"

#### chain operator right after open paren
(|| 2)

#### and-and right after open paren
(&& 2)

#### chain operator starts a statement
1; || 2

#### ++ and -- at the start of a statement: always the operators, not a command name
$x = 1; ++ <# c #> $x; "x=$x"; -- <# c #> $x; "x=$x"; $y = ++ <# c #> $x; "x=$x y=$y"
$x <# c #> ++; $x <# c #> --; $x<#c#>++; "x=$x"
++ `
$x; "x=$x"
++
$x; "x=$x"
++ # a comment, then the operand on the next line
$x; "x=$x"

#### ++ followed by no operand
++ foo

#### -- followed by a parameter-like word
-- -x

#### --% at the start of a statement
--% foo

#### ++ before a statement separator
++; 'after'

#### ++ on a line of its own applies to the next line's expression
$x = 1; $x
++
"x=$x"

#### ++ before a block comment and a string
++ <# c #> "s"

#### ++ at the end of the input
'a'; ++ <# c #>

#### a lone dot at the end of the input
"x"
.

#### a lone dot before a pipe
.|x

#### a lone dot in parentheses
(.)
