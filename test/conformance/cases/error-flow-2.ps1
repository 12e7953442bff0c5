# Error flow as admins' scripts meet it, second round: what -ErrorVariable holds when the command's error
# ended it, errors inside class methods and InvokeScript, $PSBoundParameters at the top level, a
# function's own $ErrorActionPreference, Write-Error's fields, and the everyday try/catch/trap idioms.

#### -ErrorVariable after -ErrorAction Stop holds the ActionPreferenceStopException
function show($v) { "count=$(@($v).Count) $($v.GetType().Name)"; foreach ($x in $v) { if ($x -is [System.Management.Automation.ErrorRecord]) { "  record $($x.FullyQualifiedErrorId)" } else { "  $($x.GetType().FullName)"; "  $($x.Message)"; "  carries $($x.ErrorRecord.FullyQualifiedErrorId)"; "  inner=[$($x.InnerException)]" } } }
try { Get-Item /nope -ErrorAction Stop -ErrorVariable ev } catch { "caught $($_.Exception.GetType().Name)" }
show $ev
$ev[0] -is [System.Management.Automation.RuntimeException]
$ev[0].ErrorRecord.Exception.GetType().Name
$ErrorActionPreference = 'Stop'
try { Write-Error 'we' -ErrorVariable ev2 } catch { 'caught we' }
show $ev2

#### -ErrorVariable +name appends the stopping exception to what the variable held
$ev = @('before')
try { Get-Item /nope -ErrorAction Stop -ErrorVariable +ev } catch { }
$ev.Count
$ev[0]
$ev[1].GetType().Name
Get-Item /a, /b -ErrorAction SilentlyContinue -ErrorVariable acc
Get-Item /c -ErrorAction SilentlyContinue -ErrorVariable +acc
$acc.Count
$acc | ForEach-Object { "$($_.GetType().Name) $($_.TargetObject)" }

#### -ErrorVariable after ThrowTerminatingError holds a CmdletInvocationException
function g { [CmdletBinding()] param() $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new([InvalidOperationException]::new('tte'), 'TTE', 'InvalidOperation', $null)) }
try { g -ErrorVariable e1 } catch { "caught: $_ | $($_.FullyQualifiedErrorId)" }
$e1.Count
$e1[0].GetType().FullName
$e1[0].Message
$e1[0].InnerException.GetType().FullName
$e1[0].ErrorRecord.FullyQualifiedErrorId
g -ErrorVariable e2
$e2[0].GetType().Name
try { New-Object -TypeName Nope.Type -ErrorVariable e3 } catch { 'caught new-object' }
"$($e3[0].GetType().Name) | $($e3[0].InnerException.GetType().Name) | $($e3[0].ErrorRecord.FullyQualifiedErrorId)"

#### -ErrorVariable of a function whose command stopped: the exception, then the record leaving it
function c { [CmdletBinding()] param() Get-Item /nope -ErrorAction Stop }
try { c -ErrorVariable e4 } catch { 'caught c' }
$e4.Count
$e4 | ForEach-Object { $_.GetType().Name }
function k { [CmdletBinding()] param() Write-Error 'we1'; 'k-after' }
try { k -ErrorVariable e5 -ErrorAction Stop } catch { 'caught k' }
$e5 | ForEach-Object { $_.GetType().Name }
k -ErrorVariable e6 2>$null
$e6 | ForEach-Object { "$($_.GetType().Name) $($_.FullyQualifiedErrorId)" }

#### -ErrorVariable stays unset when binding fails, and a throw in a function is not in it
function f { [CmdletBinding()] param([ValidateRange(1,5)][int]$n) "n=$n" }
try { f -n 9 -ErrorVariable b1 } catch { "caught: $($_.FullyQualifiedErrorId)" }
$null -eq $b1
try { Get-Date -Date notadate -ErrorVariable b2 } catch { "caught: $($_.FullyQualifiedErrorId)" }
$null -eq $b2
Get-Item -Bogus 1 -ErrorVariable b3
$null -eq $b3
function h { [CmdletBinding()] param() throw 'thrown' }
try { h -ErrorVariable b4 } catch { "caught $_" }
$b4.Count

#### Write-Error in a void class method points at the statement; in a method with a value its message is bare | -f
class C {
  [void] M() { Write-Error 'in M'; 'M goes on' | Out-Host }
  [string] N() { Write-Error 'in N'; return 'n-result' }
  static [int] S() { Write-Error 'static'; return 5 }
  [string] W() { Get-Item /nope; return 'w' }
  [void] V() { Get-Item /nope }
}
$c = [C]::new()
$Error.Clear()
$c.M()
$Error.Count
$Error[0].FullyQualifiedErrorId
$x = $c.M()
$r = $c.N()
"r=$r"
[C]::S()
$c.W()
$c.V()
$Error[0].InvocationInfo.MyCommand.Name

#### An error that would end a statement ends a class's method and constructor
class D {
  [string]$p
  D() { [int]'x'; $this.p = 'set' }
  [string] N() { [int]'y'; return 'after' }
  [void] V() { [int]'z'; 'V goes on' | Out-Host }
}
$d = [D]::new()
"d is null: $($null -eq $d)"
try { [D]::new().N() } catch { "caught: $($_.FullyQualifiedErrorId)" }
class E { [string] N() { [int]'y'; return 'after' }; [void] V() { [int]'z'; 'V goes on' | Out-Host } }
$e = [E]::new()
$e.V()
'next'
$ErrorActionPreference = 'Stop'
try { $e.N() } catch { "caught N: $($_.Exception.GetType().Name)" }

#### Errors inside InvokeScript show their bare message; a terminating one is the method's MethodInvocationException | -f
$ExecutionContext.InvokeCommand.InvokeScript("Write-Error boom; 'after'")
'next'
$r = $ExecutionContext.InvokeCommand.InvokeScript('Get-Item /nope; 5')
"r=$r"
$ExecutionContext.InvokeCommand.InvokeScript("throw 't1'")
try { $ExecutionContext.InvokeCommand.InvokeScript("[int]'x'; 'after'") } catch { "caught: $($_.FullyQualifiedErrorId) | $($_.Exception.GetType().Name) | $($_.Exception.InnerException.GetType().Name)" }
$ExecutionContext.InvokeCommand.InvokeScript("1/0; 'after'")
$ExecutionContext.InvokeCommand.InvokeScript('Write-Error -Message we -ErrorAction Stop; "after"')
$ExecutionContext.InvokeCommand.InvokeScript('param($a) "a=$a"', 7)

#### $PSBoundParameters at the top level is an empty PSBoundParametersDictionary
$PSBoundParameters.GetType().FullName
$PSBoundParameters.Count
$null -eq $PSBoundParameters
(Get-Variable -Scope Global).Name -contains 'PSBoundParameters'
$PSBoundParameters.Add('a', 1)
$PSBoundParameters.Count
& { "block: $($PSBoundParameters.GetType().Name) $($PSBoundParameters.Count)" }

#### $PSBoundParameters at the top level of a script file | -f
"$($PSBoundParameters.GetType().FullName) $($PSBoundParameters.Count)"
$PSBoundParameters.Keys.Count

#### A function's own $ErrorActionPreference = 'Stop' stops its commands
function pref { $ErrorActionPreference = 'Stop'; Get-Item /nope; 'pref goes on' }
try { pref } catch { "pref caught: $_" }
function pref3 { $ErrorActionPreference = 'Stop'; Write-Error 'we3'; 'pref3 goes on' }
try { pref3 } catch { "pref3 caught: $_" }
& { $ErrorActionPreference = 'Stop'; try { Get-Item /nope } catch { 'block caught' } }
function num { $ErrorActionPreference = 1; Get-Item /nope; 'num goes on' }
try { num } catch { 'num caught' }
function bogus { $ErrorActionPreference = 'bogus'; Get-Item /nope; 'bogus goes on' }
bogus
function quietWarn { $WarningPreference = 'SilentlyContinue'; Write-Warning 'hidden'; 'warned' }
quietWarn
"global: $ErrorActionPreference"

#### A function's own $ErrorActionPreference = 'Stop' ends the script when nothing catches it
function pref2 { $ErrorActionPreference = 'Stop'; Get-Item /nope; 'pref2 goes on' }
pref2
'not reached'

#### Write-Error -Exception keeps the exception; -Message and -RecommendedAction give ErrorDetails
Write-Error -Exception ([System.IO.FileNotFoundException]::new('nofile', 'x.txt')) -Category ObjectNotFound -ErrorAction SilentlyContinue
"$($Error[0].FullyQualifiedErrorId) | $($Error[0].CategoryInfo) | $($Error[0].Exception.FileName)"
Write-Error -Message 'm' -CategoryActivity 'Act' -CategoryReason 'Rsn' -CategoryTargetName 'TN' -CategoryTargetType 'TT' -RecommendedAction 'do this' -ErrorAction SilentlyContinue
"$($Error[0].CategoryInfo) | $($Error[0].ErrorDetails) | $($Error[0].ErrorDetails.RecommendedAction)"
Write-Error -Message m2 -ErrorAction SilentlyContinue
$null -eq $Error[0].ErrorDetails
Write-Error -Exception ([Exception]::new('ex')) -Message shown
$Error[0].ErrorDetails.Message
$Error[0].Exception.Message
"$($Error[0])"
$Error[0].ToString()
try { Write-Error -Exception ([Exception]::new('ex2')) -Message shown2 -ErrorAction Stop } catch { "c: $_ | $($_.Exception.Message)" }
Write-Error -Exception ([Exception]::new('ex')) -RecommendedAction ra -ErrorAction SilentlyContinue
$Error[0].ErrorDetails | Format-List *

#### Write-Error of a caught record keeps its FullyQualifiedErrorId
try { Get-Item /nope -ErrorAction Stop } catch { Write-Error $_ }
$Error[0].FullyQualifiedErrorId
try { 1/0 } catch { Write-Error $_.Exception.Message }
$Error[0].FullyQualifiedErrorId
$r = [System.Management.Automation.ErrorRecord]::new([Exception]::new('fresh'), 'Fresh.Id', 'NotSpecified', $null)
Write-Error -ErrorRecord $r 2>$null
$Error[0].FullyQualifiedErrorId

#### trap, $Error.Clear(), ScriptStackTrace and InnerException
trap { "trapped: $_"; continue }
Get-Item /nope -ErrorAction Stop
'after trap continue'
$Error.Clear(); "cleared=$($Error.Count)"
function inner { throw 'deep' }
function outer { inner }
try { outer } catch { $_.ScriptStackTrace }
try { [int]::Parse('x') } catch { "inner: $($_.Exception.InnerException.GetType().FullName) | $($_.Exception.InnerException.Message)" }
try { [System.IO.File]::ReadAllText('/nope/x') } catch { "$($_.Exception.InnerException.GetType().Name) | $_" }
try { [System.IO.File]::ReadAllBytes('/nope/x') } catch { $_.Exception.InnerException.GetType().Name }
try { [System.IO.File]::Copy('/nope/a', '/nope/b') } catch { "$_" }

#### throw with an ErrorRecord, $PSCmdlet.WriteError and ThrowTerminatingError
$er = [System.Management.Automation.ErrorRecord]::new([InvalidOperationException]::new('custom op'), 'My.Id', [System.Management.Automation.ErrorCategory]::InvalidOperation, 'tgt')
try { throw $er } catch { "c: $($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.TargetObject) | $($_.Exception.GetType().Name)" }
function mk { [CmdletBinding()] param() $r = [System.Management.Automation.ErrorRecord]::new([Exception]::new('fresh'), 'Fresh.Id', 'NotSpecified', $null); $PSCmdlet.WriteError($r); 'mk goes on' }
mk
$Error[0].FullyQualifiedErrorId
function mk2 { [CmdletBinding()] param() $r = [System.Management.Automation.ErrorRecord]::new([Exception]::new('fresh2'), 'Fresh2.Id', 'NotSpecified', $null); $PSCmdlet.ThrowTerminatingError($r); 'not reached' }
try { mk2 } catch { $_.FullyQualifiedErrorId }
throw $er
'not reached either'

#### -ErrorAction Ignore leaves $Error alone, SilentlyContinue records
$Error.Clear()
Get-Item /nope -ErrorAction Ignore
"ignore count=$($Error.Count)"
Get-Item /nope -ErrorAction SilentlyContinue
"silent count=$($Error.Count)"
function quiet { [CmdletBinding()] param() Write-Error 'inner-q'; 'q-out' }
quiet -ErrorAction SilentlyContinue
quiet -ErrorAction Ignore
"count=$($Error.Count)"
$Error.Clear(); Get-Item /a1 2>$null; Get-Item /a2 2>$null
$Error.RemoveAt(0); "left: $($Error[0].TargetObject) $($Error.Count)"

#### nested try/finally order, return and exit in finally
function t1 { try { return 'r' } finally { 'fin-t1' } }
t1
try { try { 'a'; throw 'x' } finally { 'f1' } } catch { "c2 $_" } finally { 'f2' }
try { try { throw 'inner' } catch { throw "wrapped: $_" } } catch { "outer: $_" }
try { throw 'x' } catch { try { throw } catch { "rethrown: $_ | $($_.Exception.GetType().Name)" } }
function t2 { try { 'body'; exit 3 } finally { 'fin-exit' } }
t2
'never'

#### An engine exception carries an ErrorRecord of its own and WasThrownFromThrowStatement
function show { param($e) $x = $e.Exception; "{0} | has={1} | fq={2} | cat={3} | same={4} | thrown={5} | target={6}" -f $x.GetType().Name, ($null -ne $x.ErrorRecord), $x.ErrorRecord.FullyQualifiedErrorId, $x.ErrorRecord.CategoryInfo, [object]::ReferenceEquals($x.ErrorRecord, $e), $x.WasThrownFromThrowStatement, $x.ErrorRecord.TargetObject }
try { Get-Item /nope -ErrorAction Stop } catch { show $_ }
try { throw 'tt' } catch { show $_ }
try { 1/0 } catch { show $_ }
try { [int]'x' } catch { show $_ }
try { Nope-Cmd } catch { show $_ }
try { $null.Foo() } catch { show $_ }
try { [int]::Parse('x') } catch { show $_ }
try { Write-Error 'we' -ErrorAction Stop } catch { show $_ }
try { throw [System.ArgumentException]::new('ae') } catch { show $_ }
try { Get-Item /nope -ErrorAction Stop } catch { ($_.Exception | Format-List ErrorRecord, ItemName, WasThrownFromThrowStatement | Out-String).Trim() }

#### -ErrorVariable of ForEach-Object, Invoke-Command and Invoke-Expression when a command inside stops
try { 1..2 | ForEach-Object -ErrorVariable fe { Get-Item "/nope$_" -ErrorAction Stop } } catch { "c: $_" }
$fe.Count
$fe | ForEach-Object { $_.GetType().Name }
try { Invoke-Command { Get-Item /nope -ErrorAction Stop } -ErrorVariable ic } catch { "ic: $($ic.Count) $($ic[0].GetType().Name)" }
try { Invoke-Expression 'Get-Item /nope -ErrorAction Stop' -ErrorVariable ie } catch { "ie: $($ie.Count)" }
$ie | ForEach-Object { $_.GetType().Name }
try { & { Get-Item /nope -ErrorAction Stop } -ErrorVariable sb } catch { }
"sb=$($sb.Count)"

#### $? is false after a trap, whatever the trap's own statements did
trap { 't'; continue }; throw 'x'; "q=$?"
function f { trap { 'in'; continue }; throw 'y'; "f=$?" }; f
trap { continue }; Get-Item ./nonexist -ErrorAction Stop; "s=$?"
