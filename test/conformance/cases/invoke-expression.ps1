# Invoke-Expression (iex): text run in the caller's scope, parse errors under Invoke-Expression's name.

#### values and variables
Invoke-Expression '1 + 2'; iex '$x = 5'; $x
iex "1`n2 + 3"
$cmd = 'Get-Date -Year 2020 -Month 1 -Day 2 -Format yyyy'; iex $cmd
iex -Command '[math]::Max(1, 2)'

#### the caller's scope
function f { iex '$y = 3'; $y }; f; "[$y]"
& { iex '$z = 4' }; "[$z]"
iex 'function g { "from g" }'; g

#### pipeline input and output
'2*3', '"a" * 2' | Invoke-Expression
iex '1,2' | ForEach-Object { $_ * 2 }
(iex '1..3').Count

#### parse errors
iex 'if ('; 'after parse error'
try { iex '1 +' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName; $_.InvocationInfo.MyCommand.Name }
iex '"a" +'
iex '$('

#### empty and null commands
iex ''; 'empty'
iex '  '; 'blank'
iex $null

#### errors inside the text
iex 'Write-Error boom'; 'next'
iex 'Get-Nope'
try { iex 'throw "bad"' } catch { "caught $_" }

#### a script file | -f
iex 'Write-Error boom'; 'next'
iex 'if ('
iex '$v = 7'; $v
iex 'exit 3'; 'not reached'
