# The binder on the built-in cmdlets: positional binding over several parameter sets (the default set first,
# then the others, without and then with type coercion; the reported error is the last failure of the last
# attempt), validation errors that end binding at once, pipeline input that fails validation, and the
# methods of $PSCmdlet in an advanced function.

#### Write-Error null is the Exception parameter's error
Write-Error $null

#### Write-Error undefined variable on a later line
Write-Output x
Write-Error $v

#### Write-Error null is not an ErrorAction error
Write-Error $v -ErrorAction SilentlyContinue; 'after'; $?

#### Write-Error null with named parameters
Write-Error $null -ErrorId X.Y -Category InvalidData

#### Write-Error null after a named Message
Write-Error -Message x $null

#### Write-Error array is the ErrorRecord parameter's error
Write-Error 1,2

#### Write-Error array on a later line
$v = 1
Write-Error 1,2

#### Write-Error empty array
Write-Error @()

#### Write-Error one-element array
Write-Error @(5)

#### Write-Error array with an extra argument
Write-Error 1,2 y

#### Write-Error array after a named Message
Write-Error -Message x 1,2

#### Write-Error array with RecommendedAction
Write-Error -RecommendedAction 1 1,2

#### Write-Error two strings
Write-Error x y

#### Write-Error number binds Message
Write-Error 5

#### Write-Error Message null
Write-Error -Message $null

#### Write-Error null from the pipeline
$null | Write-Error; $?

#### Write-Error Exception object by position
try { 1/0 } catch { $x = $_ }
Write-Error $x.Exception

#### Write-Error Exception object and Message
try { 1/0 } catch { Write-Error $_.Exception -Message 'hm' }

#### Write-Error Exception keeps the exception type
try { 1/0 } catch { $x = $_ }
Write-Error -Exception $x.Exception 2>&1 | % { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName; $_.Exception.Message }

#### Write-Error error record by position
try { 1/0 } catch { $e = $_ }
Write-Error $e

#### Write-Error error record with Message
try { 1/0 } catch { $e = $_ }
Write-Error $e -Message x

#### Write-Error Exception number
Write-Error -Exception 5

#### Write-Error Exception Boolean
Write-Error -Exception $true

#### Write-Error Exception from an error record
try { 1/0 } catch { Write-Error -Exception $_ }

#### Write-Error Exception array
Write-Error -Exception 1,2

#### Write-Error ErrorRecord number
Write-Error -ErrorRecord 5

#### Write-Error ErrorRecord array
Write-Error -ErrorRecord 1,2

#### Write-Error binding error types
try { Write-Error $null } catch { $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }
try { Write-Error 1,2 } catch { $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }

#### Write-Warning null argument type
try { Write-Warning $null } catch { $_.Exception.GetType().FullName; $_.CategoryInfo.ToString() }

#### Write-Debug array
Write-Debug 1,2

#### Write-Verbose array
Write-Verbose 1,2 -Verbose

#### Write-Warning null from the pipeline
$null | Write-Warning; $?

#### Write-Warning null from the pipeline on a later line
$v = 1
$null | Write-Warning

#### Write-Warning null among other input
1, $null, 2 | Write-Warning; $?

#### Write-Verbose null from the pipeline
$null | Write-Verbose -Verbose

#### pipeline validation error obeys ErrorAction
$null | Write-Warning -ErrorAction SilentlyContinue; $?
try { $null | Write-Warning -ErrorAction Stop } catch { 'caught ' + $_.FullyQualifiedErrorId }

#### positional argument array is named by its type
Get-Variable -Name x 1,2

#### positional argument hashtable
Get-Variable -Name x @{a=1}

#### advanced function refuses input it cannot bind
function g { [CmdletBinding()] param() process { "x $_" } }
1 | g

#### advanced function int parameter refuses a string from the pipeline
function f { [CmdletBinding()] param([Parameter(ValueFromPipeline)][int]$x) process { "got $x" } }
'a', 5 | f

#### advanced function validation error per pipeline object
function f { [CmdletBinding()] param([Parameter(ValueFromPipeline)][ValidateSet('a')][string]$x) process { "got $x" } }
'a', 'b', 'a' | f

#### advanced function ByPropertyName input without the property
function g { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName)]$a) process { "x $a" } }
1, [pscustomobject]@{a=2} | g

#### simple function still takes any input
function g { param($a) process { "x $_ $a" } }
1, 'z' | g

#### mandatory string parameter given null is an empty string
function f { param([Parameter(Mandatory)][string]$x) "[$x]" }
f -x $null

#### mandatory AllowNull string parameter given null
function f { param([Parameter(Mandatory)][AllowNull()][string]$x) "[$x]" }
f -x $null

#### mandatory int parameter given null
function f { param([Parameter(Mandatory)][int]$x) "[$x]" }
f -x $null

#### PSCmdlet WriteError of a caught error
function f { [CmdletBinding()] param() try { 1/0 } catch { $PSCmdlet.WriteError($_) }; 'after' }
f
$?

#### PSCmdlet WriteError obeys the function's ErrorAction
function f { [CmdletBinding()] param() try { 1/0 } catch { $PSCmdlet.WriteError($_) }; 'after' }
f -ErrorAction SilentlyContinue
$?
try { f -ErrorAction Stop } catch { "caught: $_" }

#### PSCmdlet WriteError record names the function
function f { [CmdletBinding()] param() $PSCmdlet.WriteError((Write-Error m 2>&1)) }
f 2>&1 | % { $_.FullyQualifiedErrorId; $_.CategoryInfo.Activity }

#### PSCmdlet WriteError with a string
function f { [CmdletBinding()] param() $PSCmdlet.WriteError('x'); 'after' }
f

#### PSCmdlet WriteError without arguments
function f { [CmdletBinding()] param() $PSCmdlet.WriteError(); 'after' }
f

#### PSCmdlet WriteError with null
function f { [CmdletBinding()] param() $PSCmdlet.WriteError($null); 'after' }
f

#### PSCmdlet WriteError last in a script
function f { [CmdletBinding()] param() try { 1/0 } catch { $PSCmdlet.WriteError($_) } }
f

#### PSCmdlet stream methods
function f { [CmdletBinding()] param() $PSCmdlet.WriteVerbose('vv'); $PSCmdlet.WriteWarning('ww'); $PSCmdlet.WriteDebug('dd'); 'after' }
f -Verbose
f

#### PSCmdlet WriteObject
function f { [CmdletBinding()] param() 0; $PSCmdlet.WriteObject(1); $PSCmdlet.WriteObject(@(1,2), $true); $PSCmdlet.WriteObject(@(3,4)) | % { "[$_]" }; 5 }
f
(f).Count

#### PSCmdlet ThrowTerminatingError ends the function
function f { [CmdletBinding()] param() try { 1/0 } catch { $PSCmdlet.ThrowTerminatingError($_) }; 'after' }
f
'next'

#### PSCmdlet ThrowTerminatingError is caught by the caller
function f { [CmdletBinding()] param() try { 1/0 } catch { $PSCmdlet.ThrowTerminatingError($_) }; 'after' }
try { f } catch { "caught: $_ / $($_.FullyQualifiedErrorId)" }

#### PSCmdlet ThrowTerminatingError is caught inside the function
function f { [CmdletBinding()] param() try { 1/0 } catch { $e = $_ }; try { $PSCmdlet.ThrowTerminatingError($e) } catch { "inner: $_" }; 'after' }
f

#### PSCmdlet ThrowTerminatingError ends only the inner function
function f { [CmdletBinding()] param() try { 1/0 } catch { $PSCmdlet.ThrowTerminatingError($_) } }
function g { [CmdletBinding()] param() f; 'g goes on' }
g

#### Named parameters of no common set: a positional argument left over reports the set conflict
Get-ChildItem -Path . -LiteralPath . a b
Get-Content -Path x -LiteralPath y z w
Compress-Archive ./a.txt ./b.zip -Force -Update
