# ForEach-Object -Parallel: runspaces of their own, $using:, errors, time-outs and refused parameters.
# Blocks finish in any order, so cases sort what they print or run one block.

#### $using: and what a runspace does not see
$x = 5
1..3 | ForEach-Object -Parallel { "$_ x=$x using=$using:x" } | Sort-Object
function f { 'f' }
1 | ForEach-Object -Parallel { try { f } catch { "err: $($_.Exception.Message)" } }
$h = @{a=1}; 1 | ForEach-Object -Parallel { $u = $using:h; $u.a }
1 | ForEach-Object -Parallel { $PSItem; $input.GetType().Name }
1 | ForEach-Object -Parallel { $ErrorActionPreference; $PWD.Path -eq $using:PWD.Path }
1..3 | ForEach-Object -Parallel { $global:counter++; $global:counter } -ThrottleLimit 1
$r = 1..4 | ForEach-Object -Parallel { $_ * 10 }; ($r | Measure-Object -Sum).Sum
ForEach-Object -Parallel { 'no input' }

#### an unset $using: variable stops the command
1 | ForEach-Object -Parallel { $using:undefinedVar -eq $null }; 'after'
try { 1 | ForEach-Object -Parallel { $using:nope } } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }

#### errors inside blocks
1..2 | ForEach-Object -Parallel { Write-Error "e$_" } 2>&1 | Sort-Object { "$_" } | ForEach-Object { "$_" }
1 | ForEach-Object -Parallel { throw 'boom' }; 'after throw'
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category; $Error[0].Exception.GetType().FullName
1 | ForEach-Object -Parallel { Write-Warning 'w'; Write-Host 'h'; Write-Verbose 'v' -Verbose }

#### time-out
1 | ForEach-Object -Parallel { Start-Sleep 3; 'late' } -TimeoutSeconds 1; 'after timeout'
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category; $Error[0].Exception.GetType().FullName

#### parameters
1..2 | ForEach-Object -Parallel { $_ } -ThrottleLimit 0
1 | ForEach-Object -Parallel { 1 } -ErrorAction Stop
1 | ForEach-Object -Parallel { 'ok' } -Verbose -ErrorVariable ev -OutVariable ov
(Get-Command ForEach-Object).ParameterSets.Name -join ','
(Get-Command ForEach-Object).Parameters.ThrottleLimit.ParameterSets.Keys
