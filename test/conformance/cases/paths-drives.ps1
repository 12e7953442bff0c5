# Paths as SharePoint administrators type them from Windows documentation (`C:\Users\admin\cert.pfx`,
# `.\script.ps1`, `~\Documents`), in every file cmdlet, and Resolve-Path. pwsh on Linux has no drive C:
# (DriveNotFound for that path), takes `\` as a separator and resolves relative paths against the
# location Set-Location gave. Each case works in its own folder under the case directory and removes it.

#### a drive that does not exist, as typed in Windows documentation
Get-Item C:\Users\admin\cert.pfx
Get-Item c:/x
Get-Item D:
Get-Item C:x
Get-Item foo:bar
Get-Item 'ab cd:x'
'done'

#### what counts as a drive: the text before the first colon unless the path is rooted or starts with .\ or ~
$null = New-Item -ItemType Directory ./dq1
Get-Item ./dq1/a:b
Get-Item .\dq1\a:b
Get-Item dq1/a:b
Get-Item '.a:b'
Get-Item /nosuch-root/a:b
Get-Item 'a*:b'
Get-Item -LiteralPath 'a*:b'
Remove-Item ./dq1

#### the DriveNotFound error record
$e = Get-Item C:\x 2>&1
$e.FullyQualifiedErrorId
"$($e.CategoryInfo)"
$e.CategoryInfo.Category
$e.CategoryInfo.Reason
$e.CategoryInfo.TargetName
$e.TargetObject
$e.Exception.GetType().FullName
$e.Exception.Message
$e.InvocationInfo.MyCommand.Name

#### DriveNotFound sets $? and honours -ErrorAction
Get-Item C:\x; "after error: $?"
Get-Item C:\x -ErrorAction SilentlyContinue; "silently: $?"
$Error.Clear(); Get-Item C:\x -ErrorAction SilentlyContinue; $Error.Count
try { Get-Item C:\x -ErrorAction Stop; 'not here' } catch { "caught: $($_.FullyQualifiedErrorId)" }
try { Get-Item C:\x; 'continues' } catch { 'not caught' }
Get-Item C:\x -ErrorVariable ev -ErrorAction SilentlyContinue; $ev.Count; $ev[0].FullyQualifiedErrorId

#### an array of paths: an error per failing path, the others still written
$null = New-Item -ItemType Directory ./arr1; Set-Content ./arr1/a.txt a; Set-Content ./arr1/b.txt b
Get-Item nosuch, ./arr1/a.txt, C:\x, ./arr1/*.none, ./arr1/b.txt | ForEach-Object Name
Get-Content ./arr1/a.txt, D:\x, ./arr1/b.txt
Test-Path ./arr1/a.txt, C:\x, ./arr1/nosuch
$e = Get-Item C:\x, D:\y, ./arr1/a.txt 2>&1; $e.Count; $e | ForEach-Object { if ($_.GetType().Name -eq 'ErrorRecord') { $_.TargetObject } else { $_.Name } }
Remove-Item ./arr1 -Recurse

#### Test-Path is False for a drive that does not exist, without an error
Test-Path C:\x; $?
Test-Path -LiteralPath C:\x
Test-Path D:
Test-Path Cert:\
Test-Path Nope::x
Test-Path C:\x -PathType Leaf

#### DriveNotFound from each file cmdlet that reports it per path
$null = New-Item -ItemType Directory ./each1; Set-Content ./each1/a.txt a
$e = Get-Item -LiteralPath C:\x 2>&1; $e.FullyQualifiedErrorId
$e = Get-Content C:\x 2>&1; $e.FullyQualifiedErrorId
$e = Get-Content -LiteralPath C:\x 2>&1; $e.FullyQualifiedErrorId
$e = Get-ChildItem C:\x 2>&1; $e.FullyQualifiedErrorId
$e = Get-ChildItem -LiteralPath C:\x 2>&1; $e.FullyQualifiedErrorId
$e = Set-Location C:\x 2>&1; $e.FullyQualifiedErrorId
$e = Set-Location -LiteralPath C:\x 2>&1; $e.FullyQualifiedErrorId
$e = Remove-Item C:\x 2>&1; $e.FullyQualifiedErrorId
$e = Remove-Item -LiteralPath C:\x 2>&1; $e.FullyQualifiedErrorId
$e = Copy-Item C:\x ./each1/b.txt 2>&1; $e.FullyQualifiedErrorId
$e = Copy-Item ./each1/a.txt C:\y 2>&1; $e.FullyQualifiedErrorId
$e = Move-Item C:\x ./each1/b.txt 2>&1; $e.FullyQualifiedErrorId
$e = Move-Item ./each1/nosuch C:\y 2>&1; $e.FullyQualifiedErrorId
$e = Rename-Item C:\x y 2>&1; $e.FullyQualifiedErrorId
$e = New-Item C:\x 2>&1; $e.FullyQualifiedErrorId
$e = New-Item -ItemType Directory C:\x 2>&1; $e.FullyQualifiedErrorId
$e = Set-Content C:\x a 2>&1; $e.FullyQualifiedErrorId
$e = Add-Content C:\x a 2>&1; $e.FullyQualifiedErrorId
$e = Split-Path C:\x -Resolve 2>&1; $e.FullyQualifiedErrorId
$e = Join-Path C: x -Resolve 2>&1; $e.FullyQualifiedErrorId
Test-Path ./each1/b.txt
Remove-Item ./each1 -Recurse

#### the errors as they are shown
Get-Content C:\Users\admin\sites.csv
Set-Location C:\Scripts
Remove-Item -LiteralPath D:\Temp\old.log
Copy-Item C:\Templates\site.xml D:\Out

#### cmdlets whose drive error ends the command
try { 'a' | Out-File C:\x } catch { $_.FullyQualifiedErrorId; $_.TargetObject }
try { 'a' | Out-File -LiteralPath C:\x } catch { $_.FullyQualifiedErrorId }
try { 1 | Export-Csv C:\x } catch { $_.FullyQualifiedErrorId }
try { Import-Csv C:\x } catch { $_.FullyQualifiedErrorId }
try { 1 | Export-Clixml C:\x } catch { $_.FullyQualifiedErrorId }
try { Import-Clixml C:\x } catch { $_.FullyQualifiedErrorId }
try { Select-String a C:\x } catch { $_.FullyQualifiedErrorId }
try { Select-String a -LiteralPath C:\x } catch { $_.FullyQualifiedErrorId }
try { 'a' | Tee-Object -FilePath C:\x } catch { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)" }
try { Start-Transcript C:\x } catch { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)"; $_.Exception.Message }
try { 'a' > C:\x } catch { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)" }

#### terminating drive errors as they are shown, the script goes on
'a' | Out-File C:\Reports\sites.txt
Import-Csv C:\Users\admin\sites.csv
'a' | Tee-Object -FilePath C:\x
Start-Transcript -Path C:\Logs\run.log
'a' > C:\x
'still running'

#### backslashes, dot and dot-dot after Set-Location
$null = New-Item -ItemType Directory ./rel1/sub/deep; Set-Content ./rel1/a.txt a; Set-Content ./rel1/sub/b.txt b
Set-Location ./rel1/sub
(Get-Item .\b.txt).Name
(Get-Item ..\a.txt).Name
(Get-Item ..\sub\..\a.txt).Name
Get-Content ..\a.txt
Test-Path .\deep\, ..\sub\deep, ..\nosuch
(Get-ChildItem ..\ -Name) -join ','
Set-Location ..; Split-Path (Get-Location) -Leaf
Set-Location .\sub\deep; Split-Path $PWD -Leaf
Set-Location ..\..\..
Remove-Item ./rel1 -Recurse

#### the home folder
(Get-Item ~).FullName -eq $HOME
(Get-Item ~\).FullName -eq $HOME
Test-Path ~
(Resolve-Path ~).Path -eq $HOME
(Resolve-Path ~\).Path -eq "$HOME/"

#### missing paths and wildcards that match nothing
$null = New-Item -ItemType Directory ./miss1; Set-Content ./miss1/a.txt a
Get-Item ./miss1/nosuch.txt
Get-Item ./miss1/nosuch*.txt; 'no match is silent'
Get-Content ./miss1/*.none
Get-ChildItem ./miss1/nosuch
Resolve-Path ./miss1/nosuch.txt
Resolve-Path ./miss1/*.none; 'silent'
Remove-Item ./miss1 -Recurse

#### brackets: -LiteralPath takes them as they are, -Path reads a wildcard
$null = New-Item -ItemType Directory './br1/f[1]'; Set-Content -LiteralPath './br1/f[1]/a.txt' a; Set-Content -LiteralPath './br1/[x].txt' x
(Get-Item -LiteralPath './br1/[x].txt').Name
Get-Item './br1/[x].txt'; 'wildcard [x] matches x.txt only'
(Get-Item './br1/`[x`].txt').Name
(Get-Item -LiteralPath '.\br1\f[1]\a.txt').Name
(Get-Item '.\br1\f`[1`]\a.txt').Name
Get-Content -LiteralPath './br1/f[1]/a.txt'
Test-Path -LiteralPath './br1/[x].txt'
Test-Path './br1/[x].txt'
(Resolve-Path -LiteralPath './br1/[x].txt').Path
Resolve-Path './br1/[x].txt'; 'nothing'
Remove-Item -LiteralPath ./br1 -Recurse

#### provider-qualified paths
$null = New-Item -ItemType Directory ./pq1; Set-Content ./pq1/a.txt a
(Get-Item "FileSystem::$PWD/pq1/a.txt").Name
(Get-Item "Microsoft.PowerShell.Core\FileSystem::$PWD/pq1/a.txt").Name
Get-Content "FileSystem::$PWD/pq1/a.txt"
Test-Path "FileSystem::$PWD/pq1/a.txt"
(Resolve-Path "FileSystem::$PWD/pq1/a.txt").Path
(Resolve-Path "Microsoft.PowerShell.Core\FileSystem::$PWD/pq1/*.txt").Path
Resolve-Path "FileSystem::$PWD/pq1/a.txt" -Relative
Get-Item Nope::/tmp
$e = Get-Item Nope::/tmp 2>&1; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"; $e.Exception.GetType().FullName
Remove-Item ./pq1 -Recurse

#### the Temp: drive
(Resolve-Path Temp:).Path
(Resolve-Path Temp:\spo-conformance-case).Path
(Resolve-Path Temp:\spo-conformance-case).ProviderPath -eq $PWD.Path
(Resolve-Path Temp:).Drive.Name
Test-Path Temp:\spo-conformance-case
Test-Path Temp:\spo-conformance-nosuch

#### a relative FileSystem-qualified path is relative to the process's working directory, not the location | cwd
$null = New-Item -ItemType Directory ./pq2/sub; Set-Content ./pq2/a.txt here; Set-Location ./pq2
$cwd = [Environment]::CurrentDirectory
$cwd -eq $PWD.Path
(Get-Item FileSystem::.).FullName -eq "$cwd/"; (Get-Item FileSystem::./).FullName -eq "$cwd/"; (Get-Item Microsoft.PowerShell.Core\FileSystem::.).PSPath -eq "Microsoft.PowerShell.Core\FileSystem::$cwd/"
"$(Get-Item FileSystem::.)"; "$(Get-Item FileSystem::..)"; (Get-Item FileSystem::..).FullName -eq "$(Split-Path $cwd)/"; (Get-Item "FileSystem::../$(Split-Path $cwd -Leaf)").FullName -eq $cwd
Test-Path FileSystem::a.txt; Test-Path FileSystem::.; Test-Path a.txt; Test-Path -LiteralPath FileSystem::a.txt
Get-Item FileSystem::a.txt
Get-Item -LiteralPath FileSystem::a.txt
Get-Content FileSystem::a.txt
Resolve-Path FileSystem::a.txt
(Resolve-Path FileSystem::.).Path; (Resolve-Path FileSystem::.).ProviderPath; $null -eq (Resolve-Path FileSystem::.).Drive
Resolve-Path FileSystem::. -Relative
Resolve-Path -LiteralPath Microsoft.PowerShell.Core\FileSystem::. | Format-List
Test-Path FileSystem::a.txt -IsValid; Test-Path FileSystem::/tmp -IsValid
'done'

#### a relative FileSystem-qualified path is no location, and takes no wildcard | cwd
$null = New-Item -ItemType Directory ./pq3/sub; Set-Content ./pq3/a.txt here; Set-Location ./pq3
Set-Location FileSystem::sub; Set-Location FileSystem::.; Set-Location FileSystem::*
try { Set-Location -LiteralPath FileSystem::.; 'not here' } catch { "caught: $($_.FullyQualifiedErrorId)"; "$($_.CategoryInfo)"; $_.Exception.GetType().FullName }
Set-Location FileSystem::sub -ErrorAction SilentlyContinue; "after: $?"
Get-Item FileSystem::*.txt; "after: $?"
$e = Get-Content FileSystem::*.txt 2>&1; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"; $e.Exception.GetType().FullName
try { Test-Path FileSystem::*.txt -ErrorAction SilentlyContinue } catch { "caught: $($_.FullyQualifiedErrorId)" }
Resolve-Path FileSystem::*.txt
Get-Item ./a.txt, FileSystem::*.txt, ./a.txt | ForEach-Object Name
Get-Content ./a.txt, FileSystem::*.txt
Test-Path ./a.txt, FileSystem::*.txt
Set-Location ..
Remove-Item ./pq3 -Recurse

#### the Temp: drive's root ends with a separator and stays where it was when $env:TMPDIR changes
$t = [IO.Path]::GetTempPath(); $t.EndsWith('/')
(Get-Item Temp:).FullName -eq $t; (Get-Item Temp:\).FullName -eq $t; (Get-Item -LiteralPath Temp:).FullName -eq $t
(Get-Item Temp:).PSPath -eq "Microsoft.PowerShell.Core\FileSystem::$t"
"$(Get-Item Temp:/)" -eq $t
(Resolve-Path Temp:).Drive.Root -eq $t; (Resolve-Path Temp:).ProviderPath -eq $t
(Get-Item Temp:\spo-conformance-case\).FullName -eq "$($PWD.Path)/"
$old = $env:TMPDIR; $env:TMPDIR = $PWD.Path
[IO.Path]::GetTempPath() -eq "$($PWD.Path)/"
(Get-Item Temp:).FullName -eq $t; (Resolve-Path Temp:).Drive.Root -eq $t; Test-Path Temp:\spo-conformance-case
$env:TMPDIR = $old

#### Get-Item and Resolve-Path keep a folder's trailing separator, except in ./ ../ ~/ and after a wildcard
$null = New-Item -ItemType Directory ./ts1/sub; Set-Content ./ts1/f.txt f; Set-Location ./ts1
function show($s) { "$s".Replace($PWD.Path, '<here>').Replace((Split-Path $PWD.Path), '<up>').Replace($HOME, '<home>') }
foreach ($p in 'sub/', 'sub\', './sub/', 'sub/./', 'sub//', 'sub/../', './', '../', '.\', '..\', './/', '/', 's*/', "FileSystem::$PWD/sub/", 'sub') {
  $i = Get-Item $p; "$p => $(show $i.FullName) | $(show $i.PSPath) | $($i.Name) | $(show $i) | $(show (Resolve-Path $p).Path)"
}
foreach ($p in '~/', '~\', '~//') { "$p => $(show (Get-Item $p).FullName) | $(show (Resolve-Path $p).Path)" }
$e = Get-Item f.txt/ 2>&1; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"; $e.Exception.GetType().FullName; show $e.TargetObject
Get-Item -LiteralPath f.txt\
(Get-Item f.txt).FullName -eq "$PWD/f.txt"
Set-Location ..
Remove-Item ./ts1 -Recurse

#### the Cert: drive does not exist on Linux for the item cmdlets
Get-Item Cert:\CurrentUser\My
Get-Content Cert:\x
Resolve-Path Cert:\

#### Resolve-Path: PathInfo objects and their view
$null = New-Item -ItemType Directory ./rp1/sub; Set-Content ./rp1/a.txt a; Set-Content ./rp1/b.txt b
Set-Location ./rp1
Resolve-Path a.txt, sub
Resolve-Path *.txt | Format-List
$p = Resolve-Path a.txt
$p.GetType().FullName
$p.Path -eq "$PWD/a.txt"; $p.ProviderPath -eq $p.Path; "$p" -eq $p.Path
$p.Drive.Name; $p.Drive.Root; $p.Provider.Name; "$($p.Provider)"
$p.Drive.GetType().FullName; $p.Provider.GetType().FullName
$p | Get-Member -MemberType Property | Format-Table -AutoSize
(Resolve-Path sub/).Path -eq "$PWD/sub/"
(Resolve-Path .\sub\).Path -eq "$PWD/sub/"
(Resolve-Path .).Path -eq $PWD.Path
Set-Location ..
Remove-Item ./rp1 -Recurse

#### Resolve-Path -Relative
$null = New-Item -ItemType Directory ./rp2/sub/deep; Set-Content ./rp2/a.txt a; Set-Content ./rp2/sub/b.txt b
Set-Location ./rp2
Resolve-Path a.txt -Relative
Resolve-Path .\sub\b.txt -Relative
Resolve-Path sub -Relative
Resolve-Path sub/ -Relative
Resolve-Path *.txt, sub\* -Relative
Resolve-Path . -Relative
Resolve-Path .. -Relative
Resolve-Path / -Relative
(Resolve-Path a.txt -Relative).GetType().FullName
Set-Location sub/deep
Resolve-Path ..\..\a.txt -Relative
Set-Location ..\..\..
Remove-Item ./rp2 -Recurse

#### Resolve-Path -RelativeBasePath
$null = New-Item -ItemType Directory ./rp3/sub; Set-Content ./rp3/a.txt a; Set-Content ./rp3/sub/b.txt b
Set-Location ./rp3
(Resolve-Path b.txt -RelativeBasePath sub).Path -eq "$PWD/sub/b.txt"
Resolve-Path b.txt -RelativeBasePath sub -Relative
Resolve-Path ../a.txt -RelativeBasePath sub -Relative
Resolve-Path . -RelativeBasePath sub -Relative
Resolve-Path a.txt -RelativeBasePath sub
Resolve-Path a.txt -RelativeBasePath nosuch
try { Resolve-Path a.txt -RelativeBasePath C:\ } catch { $_.FullyQualifiedErrorId }
Set-Location ..
Remove-Item ./rp3 -Recurse

#### Resolve-Path errors, arrays and pipeline input
$null = New-Item -ItemType Directory ./rp4; Set-Content ./rp4/a.txt a
Resolve-Path ./rp4/nosuch, ./rp4/a.txt, C:\x -Relative
$e = Resolve-Path ./rp4/nosuch 2>&1; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"
$e = Resolve-Path C:\x 2>&1; $e.FullyQualifiedErrorId; $e.TargetObject
Resolve-Path ./rp4/nosuch -ErrorAction SilentlyContinue; "q=$?"
'./rp4/a.txt' | Resolve-Path -Relative
[pscustomobject]@{ Path = './rp4/a.txt' } | Resolve-Path -Relative
rvpa ./rp4/a.txt -Relative
Resolve-Path -Path ''
Resolve-Path $null
Remove-Item ./rp4 -Recurse

#### Resolve-Path -Credential is not supported by the FileSystem provider
$null = New-Item -ItemType Directory ./rp5; Set-Content ./rp5/a.txt a
$c = New-Object System.Management.Automation.PSCredential 'u', (ConvertTo-SecureString 'p' -AsPlainText -Force)
Resolve-Path ./rp5/a.txt, ./rp5 -Credential $c; "q=$?"
$Error[0].FullyQualifiedErrorId; "$($Error[0].CategoryInfo)"
Remove-Item ./rp5 -Recurse

#### Resolve-Path's parameters and alias
Get-Command Resolve-Path -Syntax
(Get-Command Resolve-Path).Parameters.Keys -join ','
Get-Alias rvpa

#### Test-Path answers for the Variable, Env, Function and Alias drives
$tpv = 1
function tpf { }
Set-Alias tpa Get-Item
Test-Path variable:tpv, Variable:\TPV, variable:nope, variable:, variable:tp*
Test-Path env:HOME, Env:/HOME, env:home, env:NO_SUCH_VARIABLE_TP
Test-Path function:tpf, function:nope, alias:tpa, alias:nope, alias:tp*
Test-Path -LiteralPath variable:tp*
Test-Path variable:tpv -PathType Leaf; Test-Path variable:tpv -PathType Container; Test-Path variable: -PathType Container
Test-Path Variable::tpv, Environment::HOME, Environment::NO_SUCH_VARIABLE_TP, Microsoft.PowerShell.Core\Alias::tpa, Function::nope, Variable::, Environment::HO*

#### A drive or provider error is caught by its exception's base type
try { Get-Item C:\x -ErrorAction Stop } catch [System.Management.Automation.SessionStateException] { "caught " + $_.Exception.GetType().FullName }
try { Get-Item Nope::x -ErrorAction Stop } catch [System.Management.Automation.SessionStateException] { "caught " + $_.Exception.GetType().FullName }
try { Get-Item C:\x -ErrorAction Stop } catch [System.Management.Automation.DriveNotFoundException] { 'by its own type' }
