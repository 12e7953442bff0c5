# $ExecutionContext (System.Management.Automation.EngineIntrinsics) as scripts use it: SessionState.Path's
# provider paths, SessionState.PSVariable, InvokeCommand's ExpandString/InvokeScript/NewScriptBlock/GetCommand,
# Host and InvokeProvider.Item/ChildItem. Cases run in /tmp/spo-conformance-case: paths are compared with $PWD.

#### the object and its members
$ExecutionContext.GetType().FullName
$ExecutionContext
$ExecutionContext | Get-Member | Out-String -Width 200

#### SessionState and its members
$ExecutionContext.SessionState
$ExecutionContext.SessionState | Get-Member | Out-String -Width 200
$ExecutionContext.SessionState.LanguageMode.GetType().FullName
$null -eq $ExecutionContext.SessionState.Module

#### GetUnresolvedProviderPathFromPSPath: the full path whether or not it exists
$p = $ExecutionContext.SessionState.Path
$p.GetUnresolvedProviderPathFromPSPath('./report.csv') -eq (Join-Path $PWD 'report.csv')
$p.GetUnresolvedProviderPathFromPSPath('nope/x.csv') -eq (Join-Path $PWD 'nope/x.csv')
$p.GetUnresolvedProviderPathFromPSPath('/tmp/../etc')
$p.GetUnresolvedProviderPathFromPSPath('FileSystem::/tmp/a')
$p.GetUnresolvedProviderPathFromPSPath('a/b/../c/') -eq "$PWD/a/c/"
$p.GetUnresolvedProviderPathFromPSPath('') -eq $PWD.Path
$p.GetUnresolvedProviderPathFromPSPath($null) -eq $PWD.Path
$p.GetUnresolvedProviderPathFromPSPath('~') -eq $HOME
$p.GetUnresolvedProviderPathFromPSPath('*.txt') -eq "$PWD/*.txt"
$p.GetUnresolvedProviderPathFromPSPath('Temp:/x') -eq (Join-Path ([IO.Path]::GetTempPath()) 'x')

#### GetUnresolvedProviderPathFromPSPath: a drive that does not exist
$p = $ExecutionContext.SessionState.Path
try { $p.GetUnresolvedProviderPathFromPSPath('Q:/x') } catch { $_.Exception.GetType().FullName; $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }
$p.GetUnresolvedProviderPathFromPSPath('Q:/x')
'after'

#### the common idiom: a report path next to the script's location
$out = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath('./ec-report.csv')
[pscustomobject]@{ a = 1 } | Export-Csv -Path $out -NoTypeInformation
Get-Content ./ec-report.csv
Remove-Item $out; Test-Path $out

#### GetResolvedPSPathFromPSPath and GetResolvedProviderPathFromPSPath
New-Item -ItemType Directory ./ec-res | Out-Null; Set-Content ./ec-res/a.txt 1; Set-Content ./ec-res/b.txt 2
$p = $ExecutionContext.SessionState.Path
$r = $p.GetResolvedPSPathFromPSPath('./ec-res/a.txt'); $r.GetType().FullName; $r[0].GetType().FullName; $r[0].Path -eq "$PWD/ec-res/a.txt"
$r = $p.GetResolvedPSPathFromPSPath('./ec-res/*.txt'); $r.Count; $r | ForEach-Object { Split-Path $_.Path -Leaf }
$r = $p.GetResolvedPSPathFromPSPath('./ec-res/nope*.txt'); 'none: ' + $r.Count
$pi = $null; $r = $p.GetResolvedProviderPathFromPSPath('./ec-res/*.txt', [ref]$pi); $r.GetType().FullName; $r | Split-Path -Leaf; $pi.Name
$p.GetResolvedPSPathFromPSPath('Temp:/').Path
Remove-Item ./ec-res -Recurse

#### resolved paths: what is missing
$p = $ExecutionContext.SessionState.Path
try { $p.GetResolvedPSPathFromPSPath('./ec-nope.txt') } catch { $_.Exception.Message -replace [regex]::Escape("$PWD"), '<pwd>'; $_.FullyQualifiedErrorId }
try { $p.GetResolvedProviderPathFromPSPath('./ec-nope.txt', [ref]$null) } catch { $_.Exception.Message -replace [regex]::Escape("$PWD"), '<pwd>' }
try { $p.GetResolvedPSPathFromPSPath('Q:/x') } catch { $_.Exception.Message }
$p.GetResolvedProviderPathFromPSPath('./x')

#### CurrentLocation, Combine, IsValid
$p = $ExecutionContext.SessionState.Path
$p.CurrentLocation.GetType().FullName; $p.CurrentLocation.Path -eq $PWD.Path; $p.CurrentFileSystemLocation.Path -eq $PWD.Path
Push-Location /tmp; $p.CurrentLocation.Path; Pop-Location
$p.Combine('a', 'b'); $p.Combine('/tmp/', 'b'); $p.Combine('', 'b'); $p.Combine('a', ''); $p.Combine('a', '/b')
$p.IsValid('a/b'); $p.IsValid('a"b')
$p.IsValid('Q:/x')
$p.Combine

#### the current drive
$ExecutionContext.SessionState.Drive.Current.Name
$ExecutionContext.SessionState.Drive.Current.GetType().FullName

#### PSVariable: Get, GetValue, Set, Remove
$v = $ExecutionContext.SessionState.PSVariable
$x = 5
$g = $v.Get('x'); $g.GetType().FullName; $g.Name; $g.Value; $g
$null -eq $v.Get('nope'); $null -eq $v.Get(''); $null -eq $v.Get($null)
$v.GetValue('x'); $null -eq $v.GetValue('nope'); $v.GetValue('nope', 'dflt'); $v.GetValue('x', 'dflt'); $v.GetValue('global:x')
$v.Set('y', 7); $y
$v.Set((Get-Variable x)); $x
$v.Set('script:q', 4); $q
$v.Remove('y'); $null -eq (Get-Variable y -ErrorAction SilentlyContinue)
$v.Remove('nope'); 'removed nothing'
$v | Get-Member | Out-String -Width 200

#### PSVariable works in the caller's scope
function f { $local:w = 1; $ExecutionContext.SessionState.PSVariable.Set('w', 2); $w; $ExecutionContext.SessionState.PSVariable.GetValue('w') }
f
function g { $ExecutionContext.SessionState.PSVariable.Set('newInG', 3); $newInG }
g; "newInG: [$newInG]"
function h { $ExecutionContext.SessionState.PSVariable.Get('x').Value }
$x = 'outer'; h

#### PSVariable: what it refuses
$v = $ExecutionContext.SessionState.PSVariable
try { $v.Set('true', 1) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { $v.Set('', 1) } catch { $_.Exception.Message }
try { $v.Remove('') } catch { $_.Exception.Message }
try { $v.Remove($null) } catch { $_.Exception.Message }
try { $v.Remove('true') } catch { $_.Exception.Message }
try { $v.Set('ExecutionContext', 1) } catch { $_.Exception.Message }
Set-Variable c -Value 1 -Option Constant
try { $v.Set('c', 2) } catch { $_.Exception.Message }
Set-Variable ro -Value 1 -Option ReadOnly
try { $v.Remove('ro') } catch { $_.Exception.Message }
[int]$typed = 1
try { $v.Set('typed', 'abc') } catch { $_.Exception.Message }
$v.Set('typed', '42'); $typed.GetType().Name
$v.Get()

#### InvokeCommand.ExpandString
$ic = $ExecutionContext.InvokeCommand
$name = 'World'
$ic.ExpandString('Hello $name, $(1+2) and `$x and "q" ''s''')
$ic.ExpandString('${name}!')
$ic.ExpandString('plain'); $ic.ExpandString('').Length; $ic.ExpandString($null).GetType().FullName
function f { $name = 'inner'; $ExecutionContext.InvokeCommand.ExpandString('$name') }; f
$ic.ExpandString('$($name.ToUpper()) @name @{a}')
$ic.ExpandString('line`nnext')
$ic.ExpandString('$nosuch.')

#### ExpandString: errors
$ic = $ExecutionContext.InvokeCommand
try { $ic.ExpandString('a $(throw "boom") b') } catch { $_.Exception.GetType().FullName; $_.Exception.Message }
try { $ic.ExpandString('a $(1 +) b') } catch { $_.Exception.Message }
$ic.ExpandString('a $(throw "boom") b')
'after'

#### InvokeCommand.InvokeScript
$ic = $ExecutionContext.InvokeCommand
$r = $ic.InvokeScript('1; 2; "three"'); $r.GetType().FullName; $r
$x = 1; $ic.InvokeScript('$x = 10; $x'); "x after: $x"
function f { $y = 'fy'; $ExecutionContext.InvokeCommand.InvokeScript('$y') }; f
$r = $ic.InvokeScript(''); $r.Count
$ic.InvokeScript('"a: $args"', 1, 2)
$ic.InvokeScript('param($p) "p=$p"', 'v')
$ic.InvokeScript('Write-Host hi')

#### InvokeScript: errors
$ic = $ExecutionContext.InvokeCommand
try { $ic.InvokeScript('throw "bad"') } catch { $_.Exception.GetType().FullName + ' | ' + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId }
try { $ic.InvokeScript('1 +') } catch { $_.Exception.Message }
$ic.InvokeScript('throw "bad"')
'after'

#### InvokeCommand.NewScriptBlock
$ic = $ExecutionContext.InvokeCommand
$sb = $ic.NewScriptBlock('param($a) "got $a"'); $sb.GetType().FullName; & $sb 5; $sb.ToString()
$sb = $ic.NewScriptBlock($null); "[$sb]"
try { $ic.NewScriptBlock('1 +') } catch { $_.Exception.Message }

#### InvokeCommand.GetCommand and GetCommandName
$ic = $ExecutionContext.InvokeCommand
$c = $ic.GetCommand('Get-Item', 'Cmdlet'); $c.GetType().FullName; $c.Name; $c.CommandType
$ic.GetCommand('Get-Item', [System.Management.Automation.CommandTypes]::All).Name
$null -eq $ic.GetCommand('Get-Item', 'Function'); $null -eq $ic.GetCommand('nope-nope', 'All'); $null -eq $ic.GetCommand('Get-I*', 'Cmdlet')
function myf { 1 }
$c = $ic.GetCommand('myf', 'Function'); $c.GetType().FullName; $c.CommandType
$c = $ic.GetCommand('gci', 'Alias'); $c.GetType().FullName; $c.Definition
$ic.GetCommand('get-item', 'Cmdlet, Function').Name
try { $ic.GetCommand('Get-Item', 'Bogus') } catch { $_.Exception.Message }
try { $ic.GetCommand('Get-Item') } catch { $_.Exception.Message }
$ic.GetCommandName('Get-Item', $false, $false); $ic.GetCommandName('myf', $false, $true)
$r = $ic.GetCommandName('Get-Item', $false, $false); $r.GetType().FullName
$c = $ic.GetCommand('Write-Output', 'Cmdlet'); & $c 'invoked'

#### InvokeCommand's members
$ExecutionContext.InvokeCommand | Get-Member | Out-String -Width 250

#### Host is $Host
[object]::ReferenceEquals($ExecutionContext.Host, $Host)
$ExecutionContext.Host.Name

#### InvokeProvider.Item and ChildItem
New-Item -ItemType Directory ./ec-prov/sub -Force | Out-Null; Set-Content ./ec-prov/a.txt 1; Set-Content ./ec-prov/b.txt 2; Set-Content ./ec-prov/sub/c.txt 3
$ip = $ExecutionContext.InvokeProvider
$ip.Item.Exists('./ec-prov/a.txt'); $ip.Item.Exists('./ec-prov/nope.txt'); $ip.Item.Exists('./ec-prov/*.txt')
try { $ip.Item.Exists('Q:/x') } catch { $_.Exception.Message }
$g = $ip.Item.Get('./ec-prov/a.txt'); $g.GetType().FullName; $g[0].GetType().FullName; $g[0].Name
$ip.Item.Get('./ec-prov/*.txt').Count
try { $ip.Item.Get('./ec-prov/nope.txt') } catch { $_.Exception.Message -replace [regex]::Escape("$PWD"), '<pwd>' }
$c = $ip.ChildItem.Get('./ec-prov', $false); $c.GetType().FullName; $c.Name
$ip.ChildItem.Get('./ec-prov', $true).Count
Remove-Item ./ec-prov -Recurse

#### InvokeProvider's members
$ExecutionContext.InvokeProvider | Get-Member | Out-String -Width 250
$ExecutionContext.InvokeProvider.Item | Get-Member | Out-String -Width 250

#### ExpandString runs $( ) in the caller's scope; the read-only properties
$ic = $ExecutionContext.InvokeCommand
$ic.ExpandString('$("x" + "y") $($z = 5)'); "z=$z"
$ExecutionContext.SessionState.Module = 1
$ExecutionContext.Host = 1
$ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath
$ExecutionContext = 1

#### LanguageMode: FullLanguage, and what is no PSLanguageMode
$ExecutionContext.SessionState.LanguageMode = 'FullLanguage'; $ExecutionContext.SessionState.LanguageMode
$ExecutionContext.SessionState.LanguageMode = 'Bogus'
'after'

#### LanguageMode: another mode
$ExecutionContext.SessionState.LanguageMode = 'ConstrainedLanguage'; $ExecutionContext.SessionState.LanguageMode
'after'

#### ExpandString: an error a command inside writes
$ExecutionContext.InvokeCommand.ExpandString('a $(Get-Item ./ec-nope) b')
'after'

#### IsPSAbsolute and the drive it names
$p = $ExecutionContext.SessionState.Path
foreach ($x in '/a', 'a', 'Temp:/a', '~', './a', 'Q:/x', 'FileSystem::/a', '', 'Env:x', 'Microsoft.PowerShell.Core\FileSystem::/a', '\a') { $d = 'unset'; $r = $p.IsPSAbsolute($x, [ref]$d); "$x => $r [$d]" }
$p.IsPSAbsolute('/a')
