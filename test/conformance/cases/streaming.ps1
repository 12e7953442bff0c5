# Streaming pipelines (issue 11): each object a command writes reaches the next command's process
# block before the writer goes on, as in PowerShell's pipeline processor.

#### begin process end order across three functions
function a { begin { Write-Host 'hab'; 'ab'; Write-Host 'hab2' } process { Write-Host "hap$_"; "ap$_" } end { Write-Host 'hae'; 'ae' } }
function b { begin { Write-Host 'hbb'; 'bb' } process { Write-Host "hbp$_"; "bp$_" } end { Write-Host 'hbe'; 'be' } }
function c { begin { Write-Host 'hcb' } process { Write-Host "hcp$_"; "cp$_" } end { Write-Host 'hce'; 'ce' } }
1, 2 | a | b | c

#### begin process end order of two functions
function a { begin { 'ab' } process { "ap$_" } end { 'ae' } }
function b { begin { 'bb' } process { "bp$_" } end { 'be' } }
1, 2 | a | b

#### a cmdlet's begin output makes the next command begin
function b { begin { Write-Host 'hbb'; 'bb' } process { Write-Host "hbp$_"; "bp$_" } end { 'be' } }
1, 2 | ForEach-Object -Begin { Write-Host 'fb'; 'fbo' } -Process { Write-Host "fp$_"; $_ } | b

#### host text interleaves with a ForEach-Object chain
1..3 | ForEach-Object { Write-Host "up$_"; $_ } | ForEach-Object { Write-Host "down$_" }

#### Where-Object passes each object on at once
1..3 | Where-Object { Write-Host "w$_"; $_ -ne 2 } | ForEach-Object { Write-Host "f$_" }

#### Select-Object with properties streams
1..2 | ForEach-Object { Write-Host "u$_"; $_ } | Select-Object @{ n = 'x'; e = { $_ } } | ForEach-Object { Write-Host "d$($_.x)" }

#### Sort-Object waits for all its input
1..2 | ForEach-Object { Write-Host "u$_"; $_ } | Sort-Object -Descending | ForEach-Object { Write-Host "d$_" }

#### every command is bound before any begins
& { begin { Write-Host 'b1' } process { 'x' } } | Get-Item -NoSuchParam
'after'

#### arguments are evaluated before any begin, after a first expression
$(Write-Host 'expr1'; 5) | & { begin { Write-Host 'b2' } process { Write-Host "p2 $_" } } | Write-Output (Write-Host 'arg3')

#### Select-Object -First stops the commands before it
& { 'a'; Write-Host x; 'b' } | Select-Object -First 1
'after'

#### Select-Object -First ends the commands after it, not those before
1..5 | & { begin { 'B' } process { Write-Host "up$_"; $_ } end { Write-Host 'UPEND'; 'E' } } | Select-Object -First 2 | & { process { "d$_" } end { 'DEND' } }

#### Select-Object -First in an assignment
$x = 1..5 | & { process { Write-Host "up$_"; $_ } end { Write-Host 'UPEND' } } | Select-Object -First 2
"x=$x"

#### Select-Object -First on a long pipeline returns at once
1..200000 | ForEach-Object { $_ } | Select-Object -First 2

#### Select-Object -First inside a function lets the function go on
function g { 1..5 | Select-Object -First 1; 'after-in-g' }
g

#### Select-Object -First stops a function with a nested pipeline
function m { 'm0'; 1..3 | ForEach-Object { Write-Host "m$_"; $_ } }
m | Select-Object -First 2
'after m'

#### Select-Object -First runs the finally blocks it stops
& { try { 1..3 } finally { Write-Host 'fin' } } | Select-Object -First 1

#### Select-Object -First is not caught by the commands before it
& { try { 1..3 } catch { 'caught' } } | Select-Object -First 1
& { trap { 'trapped'; continue } 1..3 } | Select-Object -First 1
'after'

#### two Select-Object -First in one pipeline
1..10 | ForEach-Object { Write-Host "u$_"; $_ } | Select-Object -First 3 | Select-Object -First 1

#### Select-Object -First 0
& { Write-Host 'a'; 1; Write-Host 'b'; 2 } | Select-Object -First 0
'after'

#### Select-Object -Skip with -First streams
1..10 | ForEach-Object { Write-Host "u$_"; $_ } | Select-Object -Skip 2 -First 2

#### Select-Object -Last waits for its input
1..3 | ForEach-Object { Write-Host "u$_"; $_ } | Select-Object -Last 1

#### a throw in a middle command: what it wrote before reached the next command
try { 1..3 | & { process { if ($_ -eq 2) { throw 'boom' }; "o$_" } end { 'never' } } | & { process { "got $_" } end { 'dend' } } } catch { "caught $_" }

#### a statement-terminating error in a middle command stops the pipeline
1..3 | & { process { if ($_ -eq 2) { Get-Item -Path /nonexist/zz -ErrorAction Stop }; "o$_" } } | & { process { "got $_" } end { 'dend' } }
'after'

#### an error in a later command reaches the earlier command's catch
& { try { 1; 2 } catch { "caught: $_" } } | ForEach-Object { if ($_ -eq 1) { throw 'boom' }; "d$_" }

#### an error in a later command reaches the earlier command's trap
& { trap { "trapped $_"; continue } 1; 2 } | ForEach-Object { if ($_ -eq 1) { throw 'boom2' }; "d$_" }

#### statement errors in a later command's block do not end the earlier command
function up { 'a'; Write-Host 'after a'; 'b' }
up | ForEach-Object { "got $_"; [int]'zz'; 'more' }

#### merged errors keep their place among a function's output
function f { 'a'; Write-Error e; 'b' }
f 2>&1 | ForEach-Object { "[$_]" }
$r = f 2>&1
$r.Count

#### merged records inside one statement of a function
function g { & { 'a'; Write-Warning w; 'b'; Write-Error e; 'c' } }
g 3>&1 2>&1 | ForEach-Object { "<$_>" }

#### a redirection does not take the next command's errors
function f { 'a'; 'b' }
f 2>&1 | ForEach-Object { Write-Error "d$_" } 2>$null
'after'
f 2>$null | ForEach-Object { Write-Error "e$_" }

#### output redirected to a file does not go down the pipeline
$p = Join-Path ([IO.Path]::GetTempPath()) 'spo-streaming-case.txt'
& { 'a'; 'b' } > $p | ForEach-Object { "got $_" }
Get-Content $p

#### functions of one pipeline keep their own scopes
function a { process { $x = "a$_"; $_ } end { "a end x=$x" } }
function b { process { "b sees x=[$x] $_" } }
1, 2 | a | b

#### -PipelineVariable follows each object
1..3 | ForEach-Object { $_ * 10 } -PipelineVariable p | ForEach-Object { "$p-$_" }

#### -OutVariable gets every object
1..3 | ForEach-Object { $_ } -OutVariable ov | ForEach-Object { Write-Host "d$_" }
$ov.Count

#### table rows print as they come
1..3 | ForEach-Object { [pscustomobject]@{ a = $_ }; Write-Host "h$_"; Start-Sleep -Milliseconds 350 }
'end'

#### a held table row waits for the next object
[pscustomobject]@{ a = 1 }; Start-Sleep -Milliseconds 400; Write-Host 'mid'; [pscustomobject]@{ a = 2 }
'end'

#### return in a function's process block sends its value on
function rf { process { if ($_ -eq 2) { return 'two' }; "n$_" } }
1..3 | rf | ForEach-Object { "got $_" }

#### a filter streams
filter dbl { Write-Host "f$_"; $_ * 2 }
1..3 | dbl | ForEach-Object { Write-Host "d$_" }

#### $input in an end block
function e { Write-Host "begin"; $input | ForEach-Object { "e$_" } }
1..3 | ForEach-Object { Write-Host "u$_"; $_ } | e
