# An advanced function's -ErrorVariable, -WarningVariable and -InformationVariable collect what the
# commands of its body write, as pwsh's function streams do (found by the acceptance audit).

#### -ErrorVariable of a function collects Write-Error in its body
function g { [CmdletBinding()] param() Write-Error "we" }
g -ErrorVariable ev -ErrorAction SilentlyContinue
"ev=$($ev.Count) $($ev[0])"
g -ErrorVariable +ev -ErrorAction SilentlyContinue
"ev=$($ev.Count)"

#### -ErrorVariable of a function collects a cmdlet's error, SilentlyContinue included, Ignore not
function g { [CmdletBinding()] param() Get-Item /nope1 -ErrorAction SilentlyContinue; Get-Item /nope2 -ErrorAction Ignore; Get-Item /nope3 }
g -ErrorVariable ev -ErrorAction SilentlyContinue
"ev=$($ev.Count)"
$ev | ForEach-Object { "$_" }

#### -ErrorVariable of a function: a statement's error in its body, and a caught one
function u { [CmdletBinding()] param() 1/0; "after" }
u -ErrorVariable ev1 2>$null
"ev1=$($ev1.Count)"
function t { [CmdletBinding()] param() try { throw "x" } catch { "caught" } }
t -ErrorVariable ev2
"ev2=$($ev2.Count)"

#### -ErrorVariable of a function: the error that ends it (throw, ThrowTerminatingError)
function f { [CmdletBinding()] param() throw "boom" }
try { f -ErrorVariable ev } catch { }
"ev=$($ev.Count) $($ev[0])"
function k { [CmdletBinding()] param() $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new([Exception]::new("stop"), "Id", "AuthenticationError", "t")) }
try { k -ErrorVariable ev5 } catch { }
"ev5=$($ev5.Count)"

#### -ErrorVariable of a function whose body calls another advanced function
function g2 { [CmdletBinding()] param() Get-Item /nope3 }
function h { [CmdletBinding()] param() Get-Item /nope7; g2 -ErrorVariable inner; "inner=$($inner.Count)" }
h -ErrorVariable ev 2>$null
"ev=$($ev.Count)"

#### -WarningVariable and -InformationVariable collect under Ignore, and from a function's body
Write-Warning w3 -WarningAction Ignore -WarningVariable x
"x=$($x.Count)"
Write-Information i3 -InformationAction Ignore -InformationVariable y
"y=$($y.Count)"
function w { [CmdletBinding()] param() Write-Warning "ww"; Write-Warning "w2" -WarningAction Ignore; Write-Information "ii"; Write-Host "hh"; "out" }
$o = w -WarningVariable wv -InformationVariable iv -OutVariable ov -WarningAction SilentlyContinue -InformationAction SilentlyContinue
"wv=$($wv.Count) iv=$($iv.Count) ov=$($ov.Count)"
$wv | ForEach-Object { "$_" }
