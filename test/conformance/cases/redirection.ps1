# Pipeline chains (`&&`, `||`) and redirection (`>`, `>>`, `N>`, `N>&1`, `*>`, `>$null`) as admin scripts
# use them (`Connect-SPOService … 2>$null`, `… > log.txt`, `… *>> log.txt`). File names are unique per
# case: the cases share one working directory.

#### and-and runs the next pipeline after success
Write-Output a && Write-Output b; $?

#### or-or runs the next pipeline after an error
Write-Error x || Write-Output b; $?

#### and-and skips after an error
Write-Error x && Write-Output b; $?

#### or-or skips after success
Write-Output a || Write-Output b; $?

#### chain left to right
Write-Error x && Write-Output skipped || Write-Output recovered

#### chain after a statement-terminating error goes on
nosuch || 'b'

#### chain conversion error counts as failure
[int]'x' || 'b'; 'next'

#### chain with -ErrorAction Stop ends the script
Write-Error e -ErrorAction Stop || Write-Output after

#### chain assigned
$x = Write-Output a && Write-Output b; $x.Count

#### chain in parentheses
(Write-Output a && Write-Output b).Count

#### chain of expressions
$false && 'x'

#### chain of pipelines
Write-Output a | Write-Output && Write-Output c | ForEach-Object { "[$_]" }

#### chain continues after a line break
Write-Output a &&
Write-Output b

#### chain operator at the start of a line
Write-Output a
&& Write-Output b

#### chain operator at the start
&& Write-Output b

#### chain operator before a semicolon
Write-Output a &&;

#### chain operator before a closing parenthesis
(Write-Output a &&)

#### chain operator before a pipe
Write-Output a && | Write-Output b

#### chain operator at the end is incomplete
Write-Output a &&

#### chain then assignment
Write-Output a && $x = 4; $x

#### throw after or-or is a command name
Write-Error x 2>$null || throw "failed"

#### chain sets dollar-question inside
Write-Error x 2>$null || "was $?"

#### chain in a file | -f
Write-Output a && Write-Output b
nosuch || Write-Output recovered
Write-Error e && Write-Output skipped
'end'

#### output to a file
Write-Output a > out1.txt; Get-Content out1.txt; $?

#### output appended to a file
Write-Output a > out2.txt; Write-Output b >> out2.txt; Write-Output c 1>> out2.txt; Get-Content out2.txt

#### file is utf8 without BOM
"ß€" > out3.txt; (Get-ChildItem out3.txt).Length; Get-Content out3.txt

#### table to a file at the console width
[pscustomobject]@{A = 'x' * 50; B = 'y' * 50; C = 'z' * 40} > out4.txt; Get-Content out4.txt | ForEach-Object { $_.Length }

#### file name from a variable
$f = 'out5.txt'; Write-Output a > $f; Get-Content out5.txt

#### quoted file name
Write-Output a, b > 'out 6.txt'; Get-Content 'out 6.txt'

#### redirection between arguments
Write-Output a 2>err7.txt b; Get-Content err7.txt; 'end'

#### expression to a file
1 > out8.txt; 'a' 2>&1; Get-Content out8.txt

#### redirected output does not go down the pipe
Write-Output a > out9.txt | ForEach-Object { "[$_]" }; 'x'; Get-Content out9.txt

#### error to a file
Write-Error x 2> err10.txt; $?; Get-Content err10.txt; $Error.Count

#### error merged into output
Write-Error x 2>&1; $?

#### error merged goes down the pipe
Write-Error x 2>&1 | ForEach-Object { "[$_]" }; 'end'

#### error merged is an ErrorRecord
$x = Write-Error x 2>&1; $x.GetType().Name

#### error to null
Write-Error x 2>$null; $?; $Error.Count

#### output to null
Write-Output a >$null; Write-Output b > $null; $?

#### statement-terminating error is not redirected at the top
nosuch 2>$null; $?; 'after'

#### ErrorActionPreference Stop with error to null
$ErrorActionPreference = 'Stop'; Write-Error x 2>$null; 'after'

#### try catch with error to null
try { Write-Error x -ErrorAction Stop 2>$null } catch { "caught $_" }

#### error merged then output to a file
Write-Error x 2>&1 > out11.txt; Get-Content out11.txt

#### output and error to two files
Write-Error x >out12.txt 2>err12.txt; Get-Content err12.txt; Get-Content out12.txt; 'end'

#### warning merged
Write-Warning w 3>&1 | ForEach-Object { "[$_] " + $_.GetType().Name }

#### verbose merged
Write-Verbose v -Verbose 4>&1 | ForEach-Object { "[$_] " + $_.GetType().Name }

#### debug merged
Write-Debug d -Debug 5>&1 | ForEach-Object { "[$_] " + $_.GetType().Name }

#### host merged
Write-Host h 6>&1 | ForEach-Object { "[$_] " + $_.GetType().Name }

#### information merged
Write-Information i 6>&1 | ForEach-Object { "[$_] " + $_.GetType().Name }

#### merged records print as their stream
Write-Warning w 3>&1; Write-Verbose v -Verbose 4>&1; Write-Debug d -Debug 5>&1; Write-Host h 6>&1

#### merged warning kept in a variable
$x = Write-Warning w 3>&1; $x; '--'; $x | Out-String

#### streams to null
Write-Warning w 3>$null; Write-Verbose v -Verbose 4>$null; Write-Debug d -Debug 5>$null; Write-Host h 6>$null; Write-Information i 6>$null; 'end'

#### streams to files
Write-Warning w 3> w13.txt; Write-Verbose v -Verbose 4> v13.txt; Write-Debug d -Debug 5> d13.txt; Write-Host h 6> h13.txt; Get-Content w13.txt, v13.txt, d13.txt, h13.txt

#### all streams merged
& { Write-Output a; Write-Error x; Write-Warning w; Write-Output b } *>&1 | ForEach-Object { "[$_]" }; 'end'

#### all streams to a file in order
& { Write-Host h; Write-Output o; Write-Warning w } *> all14.txt; Get-Content all14.txt

#### all streams appended
Write-Host h *> all15.txt; Write-Warning w *>> all15.txt; Write-Error e *>> all15.txt; Write-Output o *>>all15.txt; Get-Content all15.txt

#### all streams to null
Write-Error x *>$null; $?; $Error.Count

#### all merged and error merged
Write-Output a *>&1 2>&1

#### errors inside a function redirected
function f { Write-Output a; Write-Error x; Write-Output b }; f 2>$null; '--'; f 2>&1 | ForEach-Object { "[$_]" }; 'end'

#### statement error inside a function merged
function f { nosuch; 'after' }; f 2>$null; '--'; f 2>&1 | ForEach-Object { "[$_]" }; 'end'

#### file in a missing folder
Write-Host side > /nonexistent/x.txt; $?; Write-Output a > /nonexistent/x.txt; $?; 'after'

#### file that is a folder
Write-Output a > /tmp; 'after'

#### redirection in a file | -f
Write-Output a > out16.txt
Write-Error e 2> err16.txt
Write-Error shown 2>&1
Get-Content out16.txt, err16.txt
Write-Output b > /nonexistent/x.txt
'end'

#### digit seven is not a stream
Write-Output a 7> x17

#### greater-than inside a word
Write-Output a>b 12>x a2>x -x>y a*>x

#### missing file at the end
Write-Output a >

#### missing file before a pipe
Write-Output a >> | Write-Output

#### missing file on the next line
Write-Output a >
x

#### missing file after append
Write-Output a 2>>

#### merge to stream three
Write-Output a 2>&3

#### merge without a stream number
Write-Output a >&1

#### all merged into errors
Write-Output a *>&2

#### append merge
Write-Output a 2>>&1

#### output merged into errors is reserved
Write-Output a 1>&2

#### output merged into output is reserved
Write-Output a 1>&1

#### error merged into errors is reserved
Write-Output a 2>&2

#### warning merged into errors is reserved
Write-Output a 3>&2

#### input redirection is reserved
Write-Output a < x

#### output redirected twice
Write-Output a > x18 > y18

#### output redirected twice with a number
Write-Output a 1>x18 >y18

#### error redirected twice
Write-Output a 2>&1 2>&1

#### error redirected to null and a file
Write-Output a 2>$null 2>x18

#### warning redirected twice
Write-Output a 3>&1 3>&1

#### verbose redirected twice
Write-Output a 4>&1 4>x18

#### debug redirected twice
Write-Output a 5>&1 5>&1

#### information redirected twice
Write-Output a 6>&1 6>&1

#### all redirected twice
Write-Output a *>&1 *>x18

#### error redirected after end of parameters
Write-Output a 2>&1 -- 2>&1

#### two files
Write-Output a > x18, y18

#### redirection in the middle of a pipeline
Write-Output a | Write-Output > out19.txt | Write-Output; Get-Content out19.txt

#### pipe on the next line in a file | -f
Get-Command Write-Output
| Select-Object -ExpandProperty Name
'a', 'b'
    | ForEach-Object { "[$_]" }

#### Out-File uses every column of the console width
[pscustomobject]@{a='x'*70; b='y'*30} | Out-File of-width-1.txt; Get-Content of-width-1.txt | % Length

#### Out-File -Width uses every column it is given
[pscustomobject]@{a='x'*40; b='y'*30} | Out-File -Width 50 of-width-2.txt; Get-Content of-width-2.txt | % Length

#### Out-File and a redirection give the same lines
$o = [pscustomobject]@{a='x'*70; b='y'*30}; $o | Out-File of-width-3.txt; $o > of-width-4.txt; (Get-Content of-width-3.txt) -join '|'; ((Get-Content of-width-3.txt) -join '|') -eq ((Get-Content of-width-4.txt) -join '|')

#### Get-ChildItem and Tee-Object paths are relative to the location
Set-Location ..; Set-Location spo-conformance-case; 'x' > gci-loc-1.txt; (Get-ChildItem gci-loc-1.txt).Name; 'y' | Tee-Object -FilePath tee-loc-1.txt | Out-Null; Get-Content tee-loc-1.txt; (Get-ChildItem -Filter 'gci-loc-*').Name

#### Tee-Object -LiteralPath and -Encoding
'a', 'b' | Tee-Object -LiteralPath ./te[1].txt | Out-Null
Get-Content -LiteralPath ./te[1].txt
'é' | Tee-Object -FilePath ./te2.txt -Encoding unicode | Out-Null
(Get-Content ./te2.txt -AsByteStream).Length
Remove-Item -LiteralPath ./te[1].txt, ./te2.txt
(Get-Command Tee-Object).Parameters.Keys -join ','
Get-Command Tee-Object -Syntax

#### Tee-Object to a folder that does not exist fails before any input
1 | Tee-Object ./nope/dir/f.txt
'after'
