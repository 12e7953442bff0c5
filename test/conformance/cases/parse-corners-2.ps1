# Parse corners: a type literal before a binary operator is a value (pwsh casts only what can start a
# unary expression), signed numbers at a statement's start read as pwsh's tokenizer reads the word,
# unary -isplit and -csplit, `*>` after an expression, and [ordered]'s error after syntax errors,
# recorded from pwsh 7.6.10.

#### a type divided: the type has no op_Division
[int] / 2
'after'

#### a type multiplied and taken modulo
[int] * 2
[int] % 2
'after'

#### a type before ?? and the ternary operator
[int] ?? 1
([int] ? 'yes' : 'no')

#### a type compared with a type, -is, -as and a bitwise operator
[int] -eq [int]
[int] -ne [string]
[int] -is [type]
[int] -band 1
'after'

#### a type before a unary operator is a cast of what follows
[int] -not 1
[int] -bnot 1
[string] -join ('a', 'b')
[string] -split 'a b'
[string] -csplit 'a b'
[int] -join ','
'after'

#### [string] + 'x' casts +'x'
[string] + 'x'
'after'

#### a type redirected to a file
[int] > type.txt
(Get-Content type.txt)[0].Trim().Length -gt 0
[int] *> type2.txt
Test-Path type2.txt
[int] 2>&1 | ForEach-Object Name
Remove-Item type.txt, type2.txt

#### a type before && runs the next pipeline
[int] && 'next'

#### an assignment to a type is refused
[int] += 1

#### ??= after a type is refused
[int] ??= 1

#### -= after a type is refused
[int] -= 1

#### < after a type is reserved
[int] < f

#### unary -isplit and -csplit split on whitespace
(-isplit 'a b').Count
(-csplit ' a b ').Count
[int] -isplit 'a b'
'after'

#### *> after an expression redirects it
1 *> star.txt
Get-Content star.txt
$x = 5
$x *>> star.txt
Get-Content star.txt
Remove-Item star.txt

#### -1.Item(0) at a statement's start is a command name
-1.Item(0)
'after'

#### +1.x and -1.e are command names, -1.5.x and -1..2 expressions
+1.x
-1.e
-1.5.x
-1..2
-1.5.ToString()
'after'

#### a sign and a number with letters is a command name
-1x
'after'

#### [ordered] on a string: a later syntax error is the one reported
[ordered]"x"; }

#### [ordered] on a number: a later syntax error is the one reported
[ordered]5; 1 + )

#### [ordered] on a number: an earlier syntax error is the one reported
1 + ); [ordered]5

#### [ordered] twice: the first is reported
[ordered]5; [ordered]6

#### [ordered] on a number with no syntax error
[ordered]5; 'not run'

#### a type, a list, an object or a date as a range's end: pwsh's IConvertible errors
[int] .. 2
1 .. [int]
[pscustomobject]@{a = 1} .. 2
@{} .. 2
@(1, 2) .. 2
[guid]::Empty .. 2
[datetime]'2020-01-02' .. 2
try { [int] .. 2 } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
'after'
