# ScriptStackTrace (pwsh's debugger call stack, recorded when an error is raised): one `at <name>, <file>:
# line N` for each script block running, innermost first. Functions are named; script blocks run by
# ForEach-Object, Where-Object, Invoke-Command, Invoke-Expression, Measure-Command, .ForEach(), .Where(),
# & { } and . { } are <ScriptBlock>; a body with named blocks adds <Begin>, <Process> or <End>; a class
# method or constructor is its name. The line is the statement (sequence point) each block had reached:
# a caller's is where its statement starts, not where the call is. A block run for `f | % { }` is inside
# f, which was writing the object. The first line of most cases is harmless, so that the statement
# under test is not the script's first.

#### ForEach-Object block
$x = 1
try { 1 | ForEach-Object { throw "boom" } } catch { $_.ScriptStackTrace }

#### Where-Object block
$x = 1
try { 1 | Where-Object { throw "boom" } } catch { $_.ScriptStackTrace }

#### Invoke-Expression text
$x = 1
try { Invoke-Expression "`n throw 'boom'" } catch { $_.ScriptStackTrace }

#### Invoke-Command block
$x = 1
try { Invoke-Command { throw "boom" } } catch { $_.ScriptStackTrace }

#### call operator and dot-source
$x = 1
try { & { throw "boom" } } catch { $_.ScriptStackTrace }
try { . { throw "boom" } } catch { $_.ScriptStackTrace }
$sb = {
  throw "sb"
}
try {
  & $sb
} catch { $_.ScriptStackTrace }

#### nested functions
$x = 1
function f { g }
function g { throw "boom" }
try { f } catch { $_.ScriptStackTrace }

#### functions through pipelines and blocks
$x = 1
function f { 1 | % { g } }
function g { & { throw "boom" } }
try { f } catch { $_.ScriptStackTrace }

#### a function writing to ForEach-Object is on the stack
$x = 1
function f { 1
  2 }
try { f | ForEach-Object { throw "boom" } } catch { $_.ScriptStackTrace }
function g { throw "in g" }
try { f | ForEach-Object { g } } catch { $_.ScriptStackTrace }

#### multi-line pipeline reports where its statement starts
$x = 1
try {
  1 |
    ForEach-Object {
      $y = 2
      throw "boom"
    }
} catch { $_.ScriptStackTrace }

#### caller lines are statements, not calls
$x = 1
function f { throw "x" }
try { $y = 1,
  (f) } catch { $_.ScriptStackTrace }
try { $y = @(
  f
) } catch { $_.ScriptStackTrace }
try { if (
  (f)) {} } catch { $_.ScriptStackTrace }
try { $z = 1 +
 $(f) } catch { $_.ScriptStackTrace }
try { 1 |
  f } catch { $_.ScriptStackTrace }
try { foreach ($i in 1,
   (f)) {} } catch { $_.ScriptStackTrace }
try { $h = @{ a =
   f } } catch { $_.ScriptStackTrace }

#### innermost line is the failing statement
$x = 1
function f {
  1 |
    Write-Error "x"
}
f -ErrorAction SilentlyContinue
$Error[0].ScriptStackTrace
try { $a = 1 +
  (1/0) } catch { $_.ScriptStackTrace }
try {
  Get-Item /nonexistent-stack -ErrorAction Stop } catch { $_.ScriptStackTrace }

#### named blocks
$x = 1
function f { process { throw "p" } }
try { 1 | f } catch { $_.ScriptStackTrace }
function g { begin {
 } end {
   throw "e" } }
try { 1 | g } catch { $_.ScriptStackTrace }
try { & { process { throw "pp" } } } catch { $_.ScriptStackTrace }
try { & { begin { throw "pb" } } } catch { $_.ScriptStackTrace }
filter fl { throw "fl" }
try { 1 | fl } catch { $_.ScriptStackTrace }

#### PSCmdlet errors name the function's statement
$x = 1
function f { [CmdletBinding()] param()
  $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new([Exception]::new("tte"), "id", "NotSpecified", $null)) }
try { f } catch { $_.ScriptStackTrace }
function g { [CmdletBinding()] param()
  $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([Exception]::new("we"), "id", "NotSpecified", $null)) }
g -ErrorAction SilentlyContinue
$Error[0].ScriptStackTrace

#### methods, switch and other invokers
$x = 1
try { switch (1) { { throw "sw" } { 1 } } } catch { $_.ScriptStackTrace }
$sb = { throw "x" }
try { $sb.InvokeReturnAsIs() } catch { $_.ScriptStackTrace }
try { & ([scriptblock]::Create("`n throw 1")) } catch { $_.ScriptStackTrace }
try { Measure-Command { throw "mc" } } catch { $_.ScriptStackTrace }
try { 1 | ForEach-Object -Begin { throw "b" } -Process { } } catch { $_.ScriptStackTrace }
try {
  (1,2).ForEach({ throw "m" })
} catch { $_.ScriptStackTrace }
try {
  (1,2).Where({
   throw "m" })
} catch { $_.ScriptStackTrace }

#### class methods and constructors
$x = 1
class C { [void] M() { throw "cm" }
  static S() {
    throw "cs" } }
try { [C]::new().M() } catch { $_.ScriptStackTrace }
try { [C]::S() } catch { $_.ScriptStackTrace }
class D { D([int]$a) {
 throw "c" } }
try { [D]::new(1) } catch { $_.ScriptStackTrace }

#### Select-Object calculated property
$x = 1
1 | Select-Object @{n="a";
   e={
      Write-Error "boom" -ErrorAction SilentlyContinue
    }} | Out-Null
$Error[0].ScriptStackTrace

#### errors on the first line
try { & { throw "x" } } catch { $_.ScriptStackTrace }
function g { throw "x" }; try { g } catch { $_.ScriptStackTrace }

#### Get-Error shows the stack
$x = 1
1 | Where-Object { Write-Error "wo" -ErrorAction SilentlyContinue }
Get-Error | Out-String -Stream | Select-String -Pattern "ScriptStackTrace" -Context 0,1

#### script file | -f
$x = 1
function f {
  throw "in f"
}
try { f } catch { $_.ScriptStackTrace }
try { 1 | ForEach-Object { throw "fe" } } catch { $_.ScriptStackTrace }
try { Invoke-Expression "`n throw 'ie'" } catch { $_.ScriptStackTrace }
Write-Error "we" -ErrorAction SilentlyContinue
$Error[0].ScriptStackTrace

#### script file with named blocks | -f
begin { $x = 1 }
process {
 try { throw "x" } catch { $_.ScriptStackTrace }
}

#### Write-Error in Where-Object points at the script's statement
$x = 1
1 | Where-Object { Write-Error "wo" }
$r = 1..2 |
  Where-Object {
    Write-Error "multi" }
$e = $Error[0]
$e.FullyQualifiedErrorId
$e.InvocationInfo.PositionMessage
$e.ScriptStackTrace

#### Write-Error in ForEach-Object keeps the script's invocation
$x = 1
1 | ForEach-Object { Write-Error "fe" }
1 | ForEach-Object -Begin { Write-Error "b" } -Process { } -End { Write-Error "e" }

#### Write-Error in .Where(), .ForEach() and Measure-Command
$x = 1
(1,2).Where({ Write-Error "wm" })
(1).ForEach({ Write-Error "fm" })
Measure-Command { Write-Error "mc" } | Out-Null

#### Write-Error in Where-Object inside a function points at the script's statement
$x = 1
function f { 1 | Where-Object { Write-Error "wo" } }
f
function g {
  1 | Where-Object { Write-Error "wo2" } }
1 |
 ForEach-Object { g }

#### Write-Error in Where-Object stopping
$x = 1
try { 1 | Where-Object { Write-Error "ws" -ErrorAction Stop } } catch { $_.InvocationInfo.PositionMessage; $_.ScriptStackTrace }
1 | Where-Object { Write-Error "wo" -ErrorAction Stop }
"not reached"

#### Write-Error in sort keys, group keys and calculated properties goes to the external error pipe | -f
$x = 1
1,2 | Sort-Object { Write-Error "so" } | Out-Null
1 | Group-Object { Write-Error "go" } | Out-Null
1 | Select-Object @{n='a';e={ Write-Error "se" }} | Out-Null
"after"
$Error.Count
$Error[0].ScriptStackTrace

#### Where-Object error views
$x = 1
$ErrorView = 'NormalView'
1 | Where-Object { Write-Error "wo" }
$ErrorView = 'ConciseView'
1 | Where-Object { Write-Error "wo" -ErrorAction SilentlyContinue }
Get-Error

#### list of an object then files
New-Item -ItemType File stack-a.txt -Value 'abc' | Out-Null
$f = Get-Item stack-a.txt
$f.LastWriteTime = [datetime]'2020-01-02 03:04:05'
[pscustomobject]@{a=1}, (Get-Item stack-a.txt) | Format-List
(Get-Item stack-a.txt), [pscustomobject]@{a=1} | Format-List | Out-String -Stream | Select-Object -First 4
[pscustomobject]@{a=1}, (Get-Item stack-a.txt) | Format-List -GroupBy Name
Remove-Item stack-a.txt

#### a file after an object joins its table
New-Item -ItemType File stack-b.txt -Value 'abcd' -Force | Out-Null
(Get-Item stack-b.txt).LastWriteTime = [datetime]'2021-03-04 05:06:07'
[pscustomobject]@{Name='x'}, (Get-Item stack-b.txt)

#### a file and a date after an object are empty rows
New-Item -ItemType File stack-b.txt -Value 'abcd' -Force | Out-Null
(Get-Item stack-b.txt).LastWriteTime = [datetime]'2021-03-04 05:06:07'
[pscustomobject]@{a=1}, (Get-Item stack-b.txt), (Get-Date 2020-01-01)

#### a file in a table sizes it
New-Item -ItemType File stack-b.txt -Value 'abcd' -Force | Out-Null
(Get-Item stack-b.txt).LastWriteTime = [datetime]'2021-03-04 05:06:07'
[pscustomobject]@{Name='x'}, [pscustomobject]@{Name='y'}, (Get-Item stack-b.txt), [pscustomobject]@{Name='longer name'}

#### a file after an object listed
New-Item -ItemType File stack-b.txt -Value 'abcd' -Force | Out-Null
(Get-Item stack-b.txt).LastWriteTime = [datetime]'2021-03-04 05:06:07'
[pscustomobject]@{a=1;b=2;c=3;d=4;e=5}, (Get-Item stack-b.txt)

#### a drive after an object joins its table
New-Item -ItemType File stack-b.txt -Value 'abcd' -Force | Out-Null
(Get-Item stack-b.txt).LastWriteTime = [datetime]'2021-03-04 05:06:07'
[pscustomobject]@{Name='x'}, (Get-PSDrive Function)

#### an object after a file
New-Item -ItemType File stack-b.txt -Value 'abcd' -Force | Out-Null
(Get-Item stack-b.txt).LastWriteTime = [datetime]'2021-03-04 05:06:07'
(Get-Item stack-b.txt), [pscustomobject]@{Name='x'} | Out-String -Stream | Select-Object -Skip 5

#### an error in a sort key is the command's error about the object
$x = 1
  $r = 1,2 | Sort-Object {
      throw "boom"
    }
$Error.Count
$Error[0].ScriptStackTrace
$Error | ForEach-Object { $_.FullyQualifiedErrorId + ' | ' + $_.CategoryInfo }
3,1,2 | Sort-Object { if ($_ -eq 1) { throw "s" } else { $_ } } 2>$null
1,2 | Sort-Object { [int]"abc"; Write-Host "not reached" }
"after"

#### an error in a group key groups the object under no key
$x = 1
1,2,3 | Group-Object { throw "g" } 2>$null | ForEach-Object { "[" + $_.Name + "]|" + $_.Count }
$Error.Count
$Error[0].CategoryInfo.ToString()

#### an error in a calculated property leaves it null
$x = 1
1,2 | Select-Object @{n="a";e={ throw "sel" }}, @{n="b";e={ 5 }} | ConvertTo-Json -Compress
$Error.Count
$Error[0].ScriptStackTrace
1 | Select-Object @{n="a";e={ [int]"abc"; "not reached" }}
