# Running script files as commands, as pwsh 7.6.10 does: a command name with a path separator that names
# an existing .ps1 file runs that file (an ExternalScript) with its own param( ) block, begin/process/end
# blocks and pipeline input; `&` gives it a script scope of its own and `.` runs it in the caller's.
# Each case writes its scripts under the case directory with Set-Content and removes them.

#### a relative path runs the script with named, positional and switch arguments
Set-Content ./sf1.ps1 'param($Name, [switch]$Loud)', '"hello $Name loud=$Loud args=$($args.Count)"'
./sf1.ps1 -Name x -Loud
./sf1.ps1 y
& ./sf1.ps1 a b c
.\sf1.ps1 -Loud:$false -Name z
Remove-Item ./sf1.ps1

#### & with a variable, a quoted path and an absolute path
Set-Content ./sf2.ps1 '"ran $($args -join ",")"'
$p = './sf2.ps1'
& $p 1 2
& "./sf2.ps1" 3
& (Join-Path $PWD sf2.ps1) 4
$dir = $PWD.Path
& $dir/sf2.ps1 5
Remove-Item ./sf2.ps1

#### a called script has its own scope; dot-sourcing keeps its variables and functions
Set-Content ./sf3.ps1 '$shared = 42', 'function Get-Shared { "shared is $shared" }'
./sf3.ps1
"after call: [$shared]"
try { Get-Shared } catch { 'no Get-Shared' }
. ./sf3.ps1
"after dot-source: [$shared]"
Get-Shared
Remove-Item ./sf3.ps1

#### the script sees the caller's variables and writes its own
Set-Content ./sf4.ps1 '"outer is $outer"', '$outer = "changed"', '"inner now $outer"', '$script:mine = 1'
$outer = 'kept'
./sf4.ps1
"outer is still $outer, mine is [$mine]"
Remove-Item ./sf4.ps1

#### $PSScriptRoot, $PSCommandPath and $MyInvocation inside a called script
Set-Content ./sf5.ps1 '$PSScriptRoot -eq $PWD.Path', '$PSCommandPath -eq (Join-Path $PWD.Path sf5.ps1)', '$MyInvocation.MyCommand.Name', '$MyInvocation.MyCommand.CommandType', '$MyInvocation.MyCommand.GetType().FullName', '$MyInvocation.MyCommand.Path -eq $PSCommandPath', '$MyInvocation.InvocationName'
./sf5.ps1
'--'; & ./sf5.ps1
'--'; . ./sf5.ps1
'--'; "[$PSScriptRoot] [$PSCommandPath]"
Remove-Item ./sf5.ps1

#### exit ends only the called script and sets $LASTEXITCODE
Set-Content ./sf6.ps1 'param($Code)', '"before"', 'exit $Code', '"after"'
./sf6.ps1 3
"rc=$LASTEXITCODE"
./sf6.ps1 3; $?
./sf6.ps1 0; $?
$r = ./sf6.ps1 7; "r=$r rc=$LASTEXITCODE"
function f { ./sf6.ps1 5; "in f rc=$LASTEXITCODE" }
f
'end'
Remove-Item ./sf6.ps1

#### return ends the script and keeps what it wrote
Set-Content ./sf7.ps1 "'one'", "return 'two'", "'three'"
$r = ./sf7.ps1
$r.Count
$r
Remove-Item ./sf7.ps1

#### pipeline input reaches process blocks and $input
Set-Content ./sf8.ps1 'begin { "b" } process { "p $_" } end { "e" }'
Set-Content ./sf8b.ps1 '"in: $input"'
Set-Content ./sf8c.ps1 'param([Parameter(ValueFromPipeline)][int]$N)', 'process { $N * 2 }'
1, 2 | ./sf8.ps1
1, 2 | ./sf8b.ps1
1, 2, 3 | ./sf8c.ps1
Remove-Item ./sf8.ps1, ./sf8b.ps1, ./sf8c.ps1

#### an advanced script binds as a function does, with the same errors
Set-Content ./sf9.ps1 '[CmdletBinding()]', 'param([Parameter(Mandatory)][int]$Count)', '"count $Count"', 'Write-Verbose "verbose $Count"'
./sf9.ps1 -Count 2
./sf9.ps1 -Count 3 -Verbose 4>&1
./sf9.ps1 -Count abc
./sf9.ps1 -Nope 1
& ./sf9.ps1 -Count 2 -Extra
Remove-Item ./sf9.ps1

#### a terminating error in a called script ends the caller, shown at its line in the file
Set-Content ./sf10.ps1 "'a'", "throw 'boom'"
./sf10.ps1
'not reached'
Remove-Item ./sf10.ps1

#### a caught error names the script file and its frames
Set-Content ./sf11.ps1 "function boom { throw 'deep' }", 'boom'
Set-Content ./sf11b.ps1 'process { throw "bad $_" }'
try { ./sf11.ps1 } catch {
  $_.ScriptStackTrace -replace [regex]::Escape($PWD.Path), '<dir>'
  $_.InvocationInfo.ScriptName -eq (Join-Path $PWD.Path sf11.ps1)
  $_.InvocationInfo.ScriptLineNumber
}
try { 1 | ./sf11b.ps1 } catch { ($_.ScriptStackTrace -split "`n")[0] -replace [regex]::Escape($PWD.Path), '<dir>' }
Remove-Item ./sf11.ps1, ./sf11b.ps1

#### a non-terminating error inside a called script
Set-Content ./sf12.ps1 "Write-Error 'bad thing'", "'after'"
./sf12.ps1
"x $?"
Remove-Item ./sf12.ps1

#### a parse error in the called script is shown in the file, and the caller goes on
Set-Content ./sf13.ps1 "'x'", 'if ( {'
./sf13.ps1
"after $?"
Remove-Item ./sf13.ps1

#### a missing script, a folder and a bare name are not recognized
./nope.ps1
& ./nope.ps1
. ./nope.ps1
$null = New-Item -ItemType Directory ./sf14
./sf14
Set-Content ./sf14.ps1 "'found'"
sf14.ps1
./sf14.ps1
Remove-Item ./sf14, ./sf14.ps1

#### relative paths follow Set-Location
$null = New-Item -ItemType Directory ./sf15
Set-Content ./sf15/inner.ps1 '"inner $(Split-Path -Leaf $PSScriptRoot)"'
Set-Content ./sf15.ps1 '"outer"'
Set-Location ./sf15
./inner.ps1
../sf15.ps1
Set-Location ..
./sf15/inner.ps1
Remove-Item ./sf15 -Recurse; Remove-Item ./sf15.ps1

#### a script dot-sources its library from $PSScriptRoot and calls another
$null = New-Item -ItemType Directory ./sf16
Set-Content ./sf16/lib.ps1 '$Prefix = "Hi"', 'function Greet($n) { "$Prefix, $n" }'
Set-Content ./sf16/step.ps1 'param([int]$N)', '"step $N, prefix [$Prefix]"'
Set-Content ./sf16/main.ps1 'param([string]$Who = "world")', '. "$PSScriptRoot/lib.ps1"', 'Greet $Who', '& "$PSScriptRoot/step.ps1" -N 2', '& $PSScriptRoot/step.ps1 3'
./sf16/main.ps1
./sf16/main.ps1 -Who admin
Remove-Item ./sf16 -Recurse

#### Get-Command names a script file
Set-Content ./sf17.ps1 "'x'"
$c = Get-Command ./sf17.ps1
$c.Name; $c.CommandType; $c.GetType().FullName
$c.Path -eq (Join-Path $PWD.Path sf17.ps1)
Get-Command ./sf17.ps1 | Format-List Name, CommandType
Get-Command ./sf17.ps1
Get-Command ./nope.ps1
Remove-Item ./sf17.ps1

#### output of a called script goes down the pipeline
Set-Content ./sf18.ps1 '1..5'
./sf18.ps1 | Where-Object { $_ % 2 } | ForEach-Object { $_ * 10 }
(./sf18.ps1 | Measure-Object -Sum).Sum
./sf18.ps1 | Select-Object -First 2
Remove-Item ./sf18.ps1

#### functions a called script makes global stay, its own end with it
Set-Content ./sf19.ps1 'function global:Keep-Me { "kept" }', 'function Drop-Me { "dropped" }', 'function Get-Date { "shadow" }', 'Drop-Me; Get-Date'
./sf19.ps1
Keep-Me
try { Drop-Me } catch { 'no Drop-Me' }
(Get-Date).GetType().Name
Remove-Item ./sf19.ps1

#### a called script's #Requires lines are checked before it runs
Set-Content ./sf20.ps1 '#Requires -Modules Nope.Module', '"ran"'
Set-Content ./sf20b.ps1 '#Requires -Version 7.0', '"ran 7.0"'
./sf20.ps1
"after $?"
& ./sf20.ps1
$Error[0].FullyQualifiedErrorId; $Error[0].TargetObject
./sf20b.ps1
Remove-Item ./sf20.ps1, ./sf20b.ps1

#### a simple script or function without help takes -? as an argument
Set-Content ./sf21.ps1 '"sf21 $args"'
./sf21.ps1 -?
& ./sf21.ps1 a -? b
function Get-Plain { "plain $args" }
Get-Plain -?
Remove-Item ./sf21.ps1
