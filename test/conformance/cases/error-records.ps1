# ErrorRecord and exception objects that scripts build, throw, write and catch.

#### an ErrorRecord built from an exception
$ex = [System.InvalidOperationException]::new('bad thing')
$r = [System.Management.Automation.ErrorRecord]::new($ex, 'MyId', [System.Management.Automation.ErrorCategory]::InvalidOperation, 'tgt')
$r.FullyQualifiedErrorId
$r.CategoryInfo.Category
"$($r.CategoryInfo)"
$r.TargetObject
$null -eq $r.InvocationInfo
$r.Exception.GetType().FullName
"$r"
$r

#### a built record's properties
$r = [System.Management.Automation.ErrorRecord]::new([Exception]::new('m'), 'x', 'NotSpecified', $null)
$r | Format-List * -Force
$r

#### a built record's category info
$r = [System.Management.Automation.ErrorRecord]::new([System.IO.FileNotFoundException]::new('nf'), 'FileMissing', 'ObjectNotFound', 'C:\x.txt')
$r
$r.CategoryInfo | Format-List

#### what the exception argument converts from
[System.Management.Automation.ErrorRecord]::new('text', 'Id', 'NotSpecified', $null).Exception.GetType().FullName
[System.Management.Automation.ErrorRecord]::new(1, 'x', 'NotSpecified', $null).Exception.Message
[System.Management.Automation.ErrorRecord]::new([Exception]::new('m'), $null, 'NotSpecified', $null).FullyQualifiedErrorId
[System.Management.Automation.ErrorRecord]::new([Exception]::new('m'), 'x', 5, $null).CategoryInfo.Category
try { 1/0 } catch { $e = $_ }
$r = [System.Management.Automation.ErrorRecord]::new($e.Exception, 'Id2', 'InvalidResult', 42)
$r.Exception.GetType().FullName
$r.CategoryInfo.ToString()
$r2 = [System.Management.Automation.ErrorRecord]::new($e, [InvalidOperationException]::new('rep'))
$r2.FullyQualifiedErrorId
$r2.Exception.Message

#### constructor failures 1
[System.Management.Automation.ErrorRecord]::new($null, 'Id', 'NotSpecified', $null)

#### constructor failures 2
[System.Management.Automation.ErrorRecord]::new([Exception]::new('m'), 'x', 'Bogus', $null)

#### constructor failures 3
[System.Management.Automation.ErrorRecord]::new(1, 2, 3)

#### ThrowTerminatingError and WriteError with a built record
function New-Rec($m) { [System.Management.Automation.ErrorRecord]::new([System.InvalidOperationException]::new($m), 'MyId', 'InvalidOperation', 'tgt') }
function f { [CmdletBinding()] param() $PSCmdlet.ThrowTerminatingError((New-Rec 'from f')) }
try { f } catch { "caught: $($_.FullyQualifiedErrorId) $($_.Exception.GetType().Name) $($_.CategoryInfo)" }
f
'after f'
function g { [CmdletBinding()] param() $PSCmdlet.WriteError((New-Rec 'from g')) }
g
$Error[0].FullyQualifiedErrorId
function h { [CmdletBinding()] param() Write-Error -ErrorRecord (New-Rec 'from h') }
h
Write-Error -ErrorRecord (New-Rec 'top')

#### throw a built record
function New-Rec($m) { [System.Management.Automation.ErrorRecord]::new([System.InvalidOperationException]::new($m), 'MyId', 'InvalidOperation', 'tgt') }
try { throw (New-Rec 'caught') } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
throw (New-Rec 'thrown')

#### ErrorRecord arrays
[System.Management.Automation.ErrorRecord[]]$a = @()
$a.GetType().FullName
try { 1/0 } catch { $a += $_ }
$a.Count
$a.GetType().FullName
[System.Management.Automation.ErrorRecord[]]$b = $null
$null -eq $b
$c = [System.Management.Automation.ErrorRecord[]]@($a[0], $a[0])
$c.Count
([System.Management.Automation.ErrorRecord[]]$a[0]).GetType().Name
[System.Management.Automation.ErrorRecord[]].FullName
[System.Management.Automation.ErrorRecord[]]
[System.Management.Automation.ErrorRecord[]]$d = 1
[System.Management.Automation.ErrorRecord[]]$d = 1, 2

#### exception type literals and their constructors
foreach ($t in [System.Exception], [Exception], [System.InvalidOperationException], [System.ArgumentException], [System.IO.FileNotFoundException], [System.Net.WebException], [System.UnauthorizedAccessException], [System.Management.Automation.RuntimeException]) {
  $e = $t::new('msg')
  "$($e.GetType().FullName) | $($e.Message)"
}
[System.Net.WebException]::new().Message
[System.Net.WebException]::new('m').Status
$null -eq [System.Net.WebException]::new('m').Response
[System.Net.WebException]::new('m', [Exception]::new('i')).InnerException.Message

#### throwing exception objects
throw [System.InvalidOperationException]::new('x')

#### throwing a WebException
throw [System.Net.WebException]::new('down')

#### throwing a RuntimeException
throw [System.Management.Automation.RuntimeException]::new('rt')

#### throwing a RuntimeException in NormalView
$ErrorView = 'NormalView'
throw [System.Management.Automation.RuntimeException]::new('rt')

#### rethrowing a caught exception object
try { 1/0 } catch { throw $_.Exception }

#### catching by type and base type
foreach ($make in { [System.InvalidOperationException]::new('io') }, { [System.ArgumentNullException]::new('p') }, { [System.Net.WebException]::new('web') }, { [System.IO.FileNotFoundException]::new('nf') }, { [System.UnauthorizedAccessException]::new('ua') }, { [System.Management.Automation.RuntimeException]::new('rt') }) {
  $x = & $make
  try { throw $x } catch [System.ArgumentException] { "argument: $($_.Exception.Message)" } catch [System.InvalidOperationException] { "invalid operation: $($_.Exception.GetType().Name)" } catch [System.IO.IOException] { "io: $($_.Exception.GetType().Name)" } catch [System.Exception] { "exception: $($_.Exception.GetType().Name) $($_.FullyQualifiedErrorId)" }
}
try { throw [System.Management.Automation.RuntimeException]::new('rt') } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }
try { try { 1/0 } catch { throw $_.Exception } } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }

#### Write-Error at a script file's top level names the file in the error id | -f
Write-Error 'plain'
$Error[0].FullyQualifiedErrorId
Write-Error -ErrorRecord ([System.Management.Automation.ErrorRecord]::new([Exception]::new('m'), 'MyId', 'NotSpecified', $null))
$Error[0].FullyQualifiedErrorId
function g { [CmdletBinding()] param() Write-Error 'x' }
g
$Error[0].FullyQualifiedErrorId
