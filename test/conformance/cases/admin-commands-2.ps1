# Commands admin scripts call that spo-shell lacked (second round): Add-Type -AssemblyName of the framework's
# assemblies and its errors, Import-PowerShellDataFile's restricted reading of .psd1 files, Out-Default,
# Get-UICulture, Get-SecureRandom and the one-line functions Pause, cd.., cd\ and cd~.

#### Add-Type -AssemblyName: the framework assemblies scripts load succeed silently
Add-Type -AssemblyName System.Web, System.Net.Http, System.IO.Compression, System.IO.Compression.FileSystem, System.Security, System.Xml.Linq
Add-Type -AssemblyName System.Runtime, System.Collections, System.Drawing, Microsoft.VisualBasic, WindowsBase, System.Data, System.Xml, mscorlib, System.Core
Add-Type -AssemblyName system.web, 'System.Web, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a', 'System.Net.Http, Version=10.0.0.0'
Add-Type -AssemblyName System.Management.Automation, System.DirectoryServices, Microsoft.CSharp
Add-Type -AssemblyName System.Web -PassThru
'done'; $?

#### Add-Type -AssemblyName: a Windows-only assembly is looked for as a file here
Add-Type -AssemblyName System.Windows.Forms
Add-Type -AssemblyName PresentationFramework; $?
try { Add-Type -AssemblyName Foo.Bar -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName; $_.TargetObject -replace '^.*/', '' }

#### Add-Type -AssemblyName: the first failure ends the command
& { Add-Type -AssemblyName Nope1, Nope2, System.Web; 'next statement' }
Add-Type -AssemblyName 'System.Web, Version=99.0.0.0'
Add-Type -AssemblyName System.Web.dll

#### Add-Type -AssemblyName: a rooted path that does not exist
Add-Type -AssemblyName /nonexistent/dir/x.dll
try { Add-Type -AssemblyName /nonexistent/dir/x.dll } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }

#### Add-Type: binding errors
Add-Type -AssemblyName ''
Add-Type -AssemblyName $null
Add-Type -AssemblyName System.Web -Name X
Add-Type -AssemblyName System.Web -IgnoreWarnings
Add-Type -Foo 1
Add-Type -TypeDefinition ''
Add-Type -TypeDefinition 'x' -Language VisualBasic
Add-Type -TypeDefinition 'x' -OutputType Foo
Add-Type -TypeDefinition 'x' -Name y

#### Add-Type: missing files and extensions
Add-Type -Path ./none.cs
Add-Type -LiteralPath ./none.cs
Add-Type -LiteralPath ./none.dll
Add-Type -Path ./none*.cs
$null = New-Item -ItemType Directory ./at1; Set-Content ./at1/a.txt x
Add-Type -Path ./at1/*.txt
Add-Type -Path ./at1
try { Add-Type -Path ./at1/a.txt } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }
try { Add-Type -Path ./none.cs } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }

#### Add-Type: syntax and command info
Get-Command Add-Type -Syntax
Get-Command Add-Type | Format-Table -AutoSize

#### Import-PowerShellDataFile: a settings file
$lines = '# settings', '@{', "  Name = 'x'   # trailing comment", '  Count = 3', '  Neg = -4', '  D = 1.5', "  List = @('a', 'b', 3)",
  "  Bare = 'p', 'q'", '  Nested = @{ A = $true; B = $false; C = $null }', '  <# block comment #>', "  'Quoted Key' = `"dq``t!`"",
  "  Here = @'", 'text', "'@", '  Empty = @()', '  Hex = 0x10', "  Cast = [int]'5'", '  Big = 1kb', '  Long = 1L', '  Not = -not $true',
  '  Paren = (7)', '  Sub = @{}', '  Block = { Get-Date }', '}'
Set-Content ./settings.psd1 $lines
$h = Import-PowerShellDataFile ./settings.psd1
$h.GetType().FullName
foreach ($k in $h.Keys | Sort-Object) { if ($k -ne 'Block') { '{0} = {1} [{2}]' -f $k, ($h[$k] -join ','), $(if ($null -eq $h[$k]) { 'null' } else { $h[$k].GetType().Name }) } }
$h.Block.GetType().FullName
$h.Nested.Keys | Sort-Object
$h.nested.a

#### Import-PowerShellDataFile: the first hashtable of the file, after a param block or before other statements
Set-Content ./two.psd1 '@{ A = 1 }; @{ B = 2 }'
Import-PowerShellDataFile ./two.psd1
Set-Content ./param.psd1 'param($x) @{ A = 2 }'
Import-PowerShellDataFile ./param.psd1
Set-Content ./trailing.psd1 "@{ A = 3 }`nGet-Date"
Import-PowerShellDataFile ./trailing.psd1
Set-Content ./keys.psd1 '@{ 1 = "one" }'
(Import-PowerShellDataFile ./keys.psd1)[1]

#### Import-PowerShellDataFile: commands, variables and operators are refused
Set-Content ./cmd.psd1 '@{ A = Get-Date }'
Import-PowerShellDataFile ./cmd.psd1
Set-Content ./var.psd1 '@{ A = $HOME }'
Import-PowerShellDataFile ./var.psd1
Set-Content ./op.psd1 '@{ A = 1 + 2 }'
Import-PowerShellDataFile ./op.psd1
Set-Content ./ord.psd1 '@{ A = [ordered]@{ b = 1 } }'
Import-PowerShellDataFile ./ord.psd1
Set-Content ./cast.psd1 '@{ A = [datetime]"2020-01-01" }'
Import-PowerShellDataFile ./cast.psd1
Set-Content ./badcast.psd1 '@{ A = [int]"x" }'
Import-PowerShellDataFile ./badcast.psd1
Set-Content ./str.psd1 '@{ A = "a$x" }'
Import-PowerShellDataFile ./str.psd1

#### Import-PowerShellDataFile: the refusal ends the command; its error record
Set-Content ./cmd2.psd1 '@{ A = Get-Date }'
Set-Content ./ok2.psd1 '@{ A = 1 }'
& { Import-PowerShellDataFile ./cmd2.psd1, ./ok2.psd1; 'next statement' }
try { Import-PowerShellDataFile ./cmd2.psd1 } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }

#### Import-PowerShellDataFile: files that are not data files
Set-Content ./notable.psd1 '"just a string"'
Import-PowerShellDataFile ./notable.psd1
Set-Content ./empty.psd1 ''
Import-PowerShellDataFile ./empty.psd1
Set-Content ./syntax.psd1 '@{ A = 1 '
Import-PowerShellDataFile ./syntax.psd1
Set-Content ./dup.psd1 '@{ A = 1; A = 2 }'
Import-PowerShellDataFile ./dup.psd1
foreach ($f in 'notable', 'syntax') { try { Import-PowerShellDataFile "./$f.psd1" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName } }

#### Import-PowerShellDataFile: missing paths and wildcards
Set-Content ./ok3.psd1 '@{ A = 1 }'
& { Import-PowerShellDataFile ./nope.psd1, ./ok3.psd1; 'after' }
try { Import-PowerShellDataFile nope.psd1 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName; $_.TargetObject }
$null = New-Item -ItemType Directory ./dir.psd1
Import-PowerShellDataFile ./dir.psd1
Import-PowerShellDataFile ./*.psd1
Import-PowerShellDataFile ./zz*.psd1
Import-PowerShellDataFile ./ok3*.psd1 | ForEach-Object A

#### Import-PowerShellDataFile: -LiteralPath, piped files and -SkipLimitCheck
Set-Content -LiteralPath './br[1].psd1' '@{ A = 1 }'
Import-PowerShellDataFile './br[1].psd1'
Import-PowerShellDataFile -LiteralPath './br[1].psd1' | ForEach-Object A
Get-Item -LiteralPath './br[1].psd1' | Import-PowerShellDataFile | ForEach-Object A
'./br[1].psd1' | Import-PowerShellDataFile
Set-Content ./big.psd1 ('@{' + ((1..501 | ForEach-Object { "k$_ = $_" }) -join "`n") + '}')
(Import-PowerShellDataFile ./big.psd1 -ErrorAction SilentlyContinue).Count
$Error[0].Exception.Message.Substring(0, 80)
(Import-PowerShellDataFile ./big.psd1 -SkipLimitCheck).Count
Get-Command Import-PowerShellDataFile -Syntax

#### Out-Default: prints and passes nothing on
Write-Output 1 | Out-Default
'x' | Out-Default | ForEach-Object { "got $_" }
Out-Default -InputObject (1, 2)
[pscustomobject]@{ A = 1 } | Out-Default
1, 2 | Out-Default -Transcript; 'after'
Get-Command Out-Default -Syntax
Get-Command Out-Default | Format-Table -AutoSize

#### Get-UICulture
Get-UICulture
Get-UICulture | Format-List Name, LCID, DisplayName
(Get-UICulture).Name -eq $PSUICulture
Get-Command Get-UICulture -Syntax

#### Get-SecureRandom
(Get-SecureRandom -Maximum 10).GetType().Name
(Get-SecureRandom -Minimum 1.5 -Maximum 2).GetType().Name
(Get-SecureRandom -Minimum 5000000000 -Maximum 5000000009).GetType().Name
$r = Get-SecureRandom -Minimum 3 -Maximum 5; $r -ge 3 -and $r -lt 5
(1..5 | Get-SecureRandom -Count 5 | Sort-Object) -join ','
(Get-SecureRandom -InputObject 1, 2, 3 -Shuffle | Measure-Object -Sum).Sum
(Get-SecureRandom -Count 3).Count
Get-SecureRandom -Minimum 10 -Maximum 5
Get-SecureRandom -SetSeed 1
Get-SecureRandom -Count 0
Get-Command Get-SecureRandom -Syntax

#### Pause under -NonInteractive
Pause
'after'; $?
'' | Pause
Get-Command Pause | Format-Table -AutoSize

#### cd.., cd\ and cd~
Set-Location /usr/lib; cd..; $PWD.Path
cd\; $PWD.Path
cd~; $PWD.Path -eq $HOME
Set-Location /usr/lib; cd.. ignored arguments; $PWD.Path
Get-Command cd.., cd\, cd~ | Format-Table -AutoSize
