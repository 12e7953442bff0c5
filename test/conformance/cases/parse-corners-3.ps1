# Parse corners: a number at a statement's start stays a number only when what follows starts a new token
# after a number (pwsh's ForceStartNewTokenAfterNumber: a separator, an operator's first character, `]`);
# anything else makes the word a command name (`1[0]`, `1kb[0]`, `1?2:3`). `(` and `{` after an expression
# are unexpected tokens of one character; `<` misses its file before it is refused; an expression with a
# redirection is a whole statement (no assignment), and runs as one inside parentheses. `.ForEach{ }`: a
# script block right after a method name is its one argument. Recorded from
# pwsh 7.6.10.

#### a number and an index at a statement's start is a command name
1[0]
-1[0]
$x = 1[0]
"[$x]"

#### numbers of every kind before [ are command names, out of range or not
1kb[0]
1.5[0]
1e3[0]
0x1[0]
1d[0]
1l[0]
1n[0]
128y[0]
-129y[0]
'after'

#### a number before ?, : ^ ~ is a command name
1?2:3
1:
1^
1~
'after'

#### a number before an operator, a comment or a redirection stays a number
1#x
1>$null
1..2
1.e3
1.5.x
1–1
0x
0x+1

#### ! after a number is an unexpected token
1!

#### < after a number is reserved
1<2

#### < with no file after it misses its file first
3<)

#### < after a command with no file misses its file first
Get-Date <)

#### ( after an expression is an unexpected token of one character
$x(2)

#### { after a number is an unexpected token of one character
1{2}

#### ( after a string with a blank between is an unexpected token of one character
"a" (2)

#### an assignment after a redirected expression is an unexpected token
1>$null = 2

#### an assignment after a redirected variable is an unexpected token
$x>$null = 2

#### a redirected expression in parentheses is no assignment target
($x>$null) = 1

#### a redirected expression in parentheses runs as its statement
(1>$null)
$y = (1>$null); "[$y]"
[int](2>$null)
(1 > ./pc3.txt); Get-Content ./pc3.txt
Remove-Item ./pc3.txt
(Write-Error x 2>&1).GetType().Name

#### a script block right after a method's name is the call's one argument
(1..3).ForEach{ $_ * 2 }
(1..3).Where{ $_ -gt 1 }
$a = 1..3
$a.ForEach{ $_ + 1 }
(1..3).ForEach{ $_ }.Count
Write-Output $a.Where{ $_ -ne 2 }
(1..3).Where{ $_ }[0]
"abc".Length{1}

#### a blank between the method's name and the script block is an unexpected token
(1..3).ForEach {1}
