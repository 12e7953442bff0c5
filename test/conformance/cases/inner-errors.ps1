# -ErrorVariable of the commands that run script text for their caller (Invoke-Expression,
# Invoke-Command, ForEach-Object) collects the errors written inside them, as pwsh does; Where-Object
# and a script block called with & do not. The inner errors are shown as their own commands' are.

#### ForEach-Object, Where-Object, Invoke-Command and & with -ErrorVariable
1 | Where-Object { Write-Error y; $true } -ev ev2 -ea SilentlyContinue; "n=$($ev2.Count)"
1 | ForEach-Object { Write-Error x } -ErrorVariable ev -ErrorAction SilentlyContinue; "n=$($ev.Count)"
Invoke-Command { Write-Error z } -ev ev3 -ea SilentlyContinue; "n=$($ev3.Count)"
& { Write-Error w } -ev ev4 2>$null; "n=$($ev4.Count)"

#### Invoke-Expression with -ErrorVariable
Invoke-Expression "Write-Error x" -ErrorVariable ev -ErrorAction SilentlyContinue; "n=$($ev.Count)"
Invoke-Expression "Get-Item /nope" -ErrorVariable ev2; "n=$($ev2.Count)"
iex "Get-Item /nope; Get-Item /nope2" -ev ev3 -ea Ignore; $ev3.Count
$ev3[1].Exception.Message
iex "Get-Item /nope3" -ev +ev3 2>$null; $ev3.Count

#### nested: the inner errors reach every collecting command around them
1 | ForEach-Object { Invoke-Expression 'Write-Error inner' -ev a } -ev b 2>$null
"a=$($a.Count) b=$($b.Count)"
function f { [CmdletBinding()] param() Invoke-Expression 'Write-Error fx' }
f -ev c 2>$null; "c=$($c.Count)"
