# Invoke-Command in this session (the InProcess set), and the remoting sets as pwsh 7.6.10 refuses them on Linux.

#### scopes, arguments and input
Invoke-Command { $x = 1 }; "x=$x"
Invoke-Command { $y = 2 } -NoNewScope; "y=$y"
Invoke-Command -ScriptBlock { param($a, $b) "$a+$b" } -ArgumentList 1, 2
Invoke-Command { $args.Count } -ArgumentList 1, 2, 3
Invoke-Command { param([int]$n) $n * 2 } -ArgumentList '21'
icm -Command { 'alias and -Command' }
1, 2, 3 | Invoke-Command { "in: $($input -join ',')"; "u: $_" }
Invoke-Command { "io: $input" } -InputObject 5
1, 2 | Invoke-Command { process { "p $_" } }
$r = Invoke-Command { 1; 2 }; $r.Count
Invoke-Command { return 7; 8 }
Invoke-Command -ScriptBlock { $PSCmdlet -eq $null }

#### errors inside the block
Invoke-Command { Write-Error 'nte'; 'went on' }
try { Invoke-Command { throw 'inner' } } catch { "caught: $_" }
Invoke-Command { throw 'boom' }; 'not reached'

#### binding
Invoke-Command -ScriptBlock 'text'
Invoke-Command { 1 } -AsJob
Invoke-Command -Port 0 -ComputerName x { 1 }
Invoke-Command -Session 'x' { 1 }
Invoke-Command -Session $null { 1 }

#### remoting on Linux
Invoke-Command -ComputerName localhost -ScriptBlock { 1 }; 'not reached'

#### more remoting
try { Invoke-Command -ConnectionUri http://localhost:5985/wsman -ScriptBlock { 1 } } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }
try { Invoke-Command -FilePath ./nope.ps1 -ComputerName x } catch { $_.FullyQualifiedErrorId }
try { Invoke-Command -VMName x -Credential ([pscredential]::new('u', (ConvertTo-SecureString p -AsPlainText -Force))) -ScriptBlock { 1 } } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Invoke-Command -ContainerId abc -ScriptBlock { 1 }; 'went on'

#### syntax and metadata
Get-Command Invoke-Command -Syntax
(Get-Command icm).ParameterSets.Name -join ','
Get-Command Invoke-Command | Format-List Name, CommandType, ModuleName, DefaultParameterSet
(Get-Command Invoke-Command).Parameters.ScriptBlock.Aliases
