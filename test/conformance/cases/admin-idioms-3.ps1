# Admin-script idioms, third round: what everyday scripts showed to differ from pwsh 7.6.10 (ShouldProcess's
# verbose text, ordered dictionaries indexed by position, JSON errors of truncated input).

#### ShouldProcess's text needs the command's own -Verbose, not $VerbosePreference
$f = "./sp1.txt"; $VerbosePreference = 'Continue'; Add-Content $f 'a'; Set-Content $f 'b'; Remove-Item $f; $VerbosePreference = 'SilentlyContinue'; 'done'

#### ShouldProcess's text with -Verbose on a cmdlet
$f = "./sp2.txt"; New-Item $f -Verbose | Out-Null; Remove-Item $f -Verbose:$false; Test-Path $f

#### a function called with -Verbose: the cmdlets inside do not repeat ShouldProcess's text
function Write-Log { [CmdletBinding()] param([string]$Message) $f = "./sp3.txt"; Add-Content -Path $f -Value $Message; Write-Verbose "logged $Message"; Remove-Item $f }
Write-Log 'x' -Verbose

#### $PSCmdlet.ShouldProcess: -Verbose shows the text, the preference and -Debug do not
function f { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('t', 'op')) { 'did' } }
$VerbosePreference = 'Continue'; f; f -Verbose:$false; $VerbosePreference = 'SilentlyContinue'; f -Verbose; f -Verbose -Debug:$false
function g { [CmdletBinding(SupportsShouldProcess)] param() f }
g -Verbose

#### an [ordered] table indexed by an Int32 reads and writes by position
$o = [ordered]@{ 1 = 'one'; 0 = 'zero'; a = 'A' }; $o[0]; $o[1]; $o['a']; $o[-1]; $o[0, 2]; '--'; $o['0']; $o[5]; $o[-7]; 'end'

#### assigning by position, and past the end
$o = [ordered]@{ a = 1 }; $o[0] = 2; $o.a; $o[[long]0] = 3; $o; $o[0]++; $o[0] += 5; $o.a; $o.Count
$o[3] = 2

#### only OrderedDictionary has the positional indexer
$h = @{ a = 1 }; $h[0]; $j = '{"a":1}' | ConvertFrom-Json -AsHashtable; $j[0]; $j.GetType().Name; 'none'

#### looping over an [ordered] table by position
$steps = [ordered]@{ Connect = 'ok'; Sites = 'ok'; Report = 'failed' }; for ($i = 0; $i -lt $steps.Count; $i++) { '{0}. {1} = {2}' -f ($i + 1), @($steps.Keys)[$i], $steps[$i] }

#### OrderedDictionary's Item, Insert and RemoveAt
$o = [ordered]@{ a = 1; b = 2 }; $o.Item(1); $o.Item('a'); $o.Insert(0, 'z', 26); $o.Keys -join ','; $o.RemoveAt(1); $o.Keys -join ','; $o.Insert(2, 'c', 3); $o.Keys -join ','
try { $o.Insert(5, 'y', 1) } catch { $_.Exception.Message }
try { $o.Insert(0, 'z', 1) } catch { $_.Exception.Message }
try { $o.RemoveAt(7) } catch { $_.Exception.Message }
try { $o.RemoveAt(-1) } catch { $_.Exception.Message }
$o.Item(5)
'after'

#### Measure-Object -StandardDeviation, -AllStats and -IgnoreWhiteSpace
5 | Measure-Object -StandardDeviation | ForEach-Object StandardDeviation
1..4 | Measure-Object -StandardDeviation
[pscustomobject]@{ a = 1 }, [pscustomobject]@{ a = 3 } | Measure-Object a -AllStats | Format-Table
1.5, 2.25, 10 | Measure-Object -AllStats
"one`n two  three `n" | Measure-Object -Line -Word -Character -IgnoreWhiteSpace
1, 2, 'x' | Measure-Object -StandardDeviation
Get-Command Measure-Object -Syntax

#### a list, then an object of another view: one blank line between them
1..2 | Measure-Object -Sum; 'a b' | Measure-Object -Word; 1..2 | Measure-Object -Sum; 'a' | Measure-Object -Line; '--'

#### [Console]::Write and WriteLine write past the pipeline
[Console]::WriteLine('a {0}', 1); [Console]::WriteLine('{0}{1}{2}{3}', 1, 2, 3, 4); [Console]::Write('x'); [Console]::WriteLine(); [Console]::WriteLine(1.5); [Console]::WriteLine($true); [Console]::WriteLine([char]'c')
$x = [Console]::WriteLine('captured?'); "x=$x"; [Console]::WriteLine($null); [Console]::WriteLine(@(1, 2)); [Console]::WriteLine([char[]]'ab')
1..2 | ForEach-Object { $_; [Console]::WriteLine("x$_") }; 'a'; [Console]::WriteLine('b'); Get-Date 2026-01-01 | Select-Object Year, Month; [Console]::WriteLine('c')

#### [Console]::Out and the overloads no call can pick
[Console]::Out.WriteLine('{0}!', 9); [Console]::Out.Write('o'); [Console]::Out.WriteLine(); [Console]::Out.GetType().FullName; [Console]::Out.Flush()
[Console]::Write('{0}+{1}', 1, 2)
[Console]::Write()
'end'

#### Set-Content and Add-Content with empty, $null and no input
Set-Content ./e1.txt -Value @(); (Get-Item ./e1.txt).Length; 'x' | Set-Content ./e1.txt; Add-Content ./e1.txt -Value @(); (Get-Content ./e1.txt -Raw).Length
Set-Content ./e2.txt -Value $null; (Get-Item ./e2.txt).Length; Set-Content ./e3.txt -Value ''; (Get-Item ./e3.txt).Length
@() | Set-Content ./e4.txt; Test-Path ./e4.txt; Set-Content ./e5.txt -Value 'a', $null, 'b'; Get-Content ./e5.txt -Raw | ForEach-Object Length
$null | Set-Content ./e6.txt; (Get-Item ./e6.txt).Length; Add-Content ./e6.txt -Value $null; (Get-Item ./e6.txt).Length

#### the exception of a missing item or command names it
try { Get-Item ./nope -ErrorAction Stop } catch { Split-Path $_.Exception.ItemName -Leaf; $_.Exception.SessionStateCategory }
try { nosuchcommand-x } catch { $_.Exception.CommandName }

#### a type formats as its full name; [char] surrogates and UTF-32
'{0}|{1}|{2}' -f [int], [string], [System.IO.Path]; "$([int])"
$s = 'a' + [char]::ConvertFromUtf32(0x1F600); $s.Length; $s.ToCharArray().Count; [char[]]$s | ForEach-Object { [int]$_ }
[char]::ConvertToUtf32($s, 1); [char]::ConvertToUtf32([char]0xD83D, [char]0xDE00); [char]::IsSurrogate($s[1]); [char]::IsHighSurrogate($s[1]); [char]::IsLowSurrogate($s[2]); [char]::IsSurrogatePair($s[1], $s[2])
[char]::GetNumericValue('7'); [char]::IsAscii('a'); [char]::Parse('x')
try { [char]::ConvertFromUtf32(0xD800) } catch { $_.Exception.Message }
try { [char]::Parse('xy') } catch { $_.Exception.Message }

#### a cast keeps a value already of the type; text becomes a StringBuilder
$r = [System.Random]::new(1); [System.Random]$q = $r; $q.GetType().Name; [Diagnostics.Stopwatch]$w = [Diagnostics.Stopwatch]::new(); $w.GetType().Name
[System.Random]$n = $null; $null -eq $n; $sb = [Text.StringBuilder]'abc'; $sb.Append('d').ToString()

#### ScriptBlock.GetNewClosure: the caller's own variables as they were, not its callers'
$g = "global"; function f { $loc = "local"; { "$g $loc" }.GetNewClosure() }; $c = f; $g = "changed"; & $c
function h { $x = 1; $sb = { $x }.GetNewClosure(); $x = 2; & $sb }; h
$counter = 0; $inc = { $counter++; $counter }.GetNewClosure(); & $inc; & $inc; $counter
function mk($p) { { "p=$p" }.GetNewClosure() }; $a = mk 1; $b = mk 2; & $a; & $b; $a.Invoke(); $b.InvokeReturnAsIs()
$sb = { $y }.GetNewClosure(); $y = 9; & $sb
function caller { $z = "callerz"; & $sb2 }; $sb2 = { "z=$z" }.GetNewClosure(); caller
$c2 = { param($q) "q=$q $loc2" }; $loc2 = "L"; $cl = $c2.GetNewClosure(); $loc2 = "M"; & $cl 5; $cl.GetType().Name
function New-Multiplier([int]$m) { { param($v) $v * $m }.GetNewClosure() }; $times3 = New-Multiplier 3; & $times3 7; 1..3 | ForEach-Object $times3
$handlers = foreach ($n in 'a','b') { { "handler $n" }.GetNewClosure() }; $handlers | ForEach-Object { & $_ }
"$($cl)"

#### a function's [OutputType()] in Get-Command
function t { [OutputType([string], [int])] [OutputType('System.Object[]', ParameterSetName = 'x')] param() }
$o = (Get-Command t).OutputType; $o.Count; $o | ForEach-Object { $_.Name; $_.Type.Name }; (Get-Command t).OutputType | Format-Table
function u { [OutputType('Nope.Type')] param() }; (Get-Command u).OutputType | ForEach-Object { $_.Name; $null -eq $_.Type }; function v {}; (Get-Command v).OutputType.Count

#### $PSCmdlet.WriteError and ThrowTerminatingError with records a function builds
function Test-Adv {
  [CmdletBinding()]
  [OutputType([string])]
  param([Parameter(Mandatory, HelpMessage = 'The site URL')][string]$Url)
  if ($Url -notlike 'https://*') {
    $err = [System.Management.Automation.ErrorRecord]::new([System.ArgumentException]::new('Bad URL'), 'BadUrl', 'InvalidArgument', $Url)
    $PSCmdlet.WriteError($err)
    return
  }
  if ($Url -like '*fatal*') { $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new([System.InvalidOperationException]::new('Fatal'), 'Fatal', 'InvalidOperation', $null)) }
  "ok $Url"
}
Test-Adv -Url 'http://x'
Test-Adv -Url 'https://fatal'
'after'
Test-Adv -Url 'https://good'
(Get-Command Test-Adv).OutputType.Name
$Error[0].FullyQualifiedErrorId

#### Sort-Object -Top/-Bottom/-Stable and Select-Object -SkipLast/-SkipIndex/-CaseInsensitive/-Wait
(Get-Command Sort-Object).Parameters.Keys -join ','; (Get-Command Select-Object).Parameters.Keys -join ','
(Get-Command Sort-Object).ParameterSets | ForEach-Object { $_.Name + ' ' + $_.IsDefault }; (Get-Command Select-Object).ParameterSets | ForEach-Object { $_.Name + ' ' + $_.IsDefault }
5, 1, 4, 2, 3 | Sort-Object -Bottom 2; '--'; 5, 1, 4, 2, 3 | Sort-Object -Top 2 -Descending; '--'; 5, 1, 4, 2, 3 | Sort-Object -Bottom 2 -Descending; '--'; 5, 1 | Sort-Object -Stable
1, 2, 3, 4, 5 | Select-Object -SkipLast 2; '--'; 1, 2, 3, 4, 5 | Select-Object -SkipIndex 0, 2; '--'; 1, 2, 3, 4, 5 | Select-Object -Skip 1 -SkipLast 1; '--'
'a', 'A', 'b' | Select-Object -Unique; '--'; 'a', 'A', 'b' | Select-Object -Unique -CaseInsensitive; '--'; 1..5 | ForEach-Object { "p$_" } | Select-Object -First 1 -Wait
Get-Command Sort-Object, Select-Object -Syntax
5, 1 | Sort-Object -Top 0

#### Get-Date -Year/-Month keep the day in the month, -Day runs past its end
$d = Get-Date 2026-01-31; (Get-Date -Date $d -Month 2).ToString('yyyy-MM-dd'); (Get-Date -Date $d -Month 4 -Day 31).ToString('yyyy-MM-dd')
(Get-Date -Date '2026-03-31' -Month 2 -Day 15).ToString('yyyy-MM-dd'); (Get-Date -Date '2024-02-29' -Year 2025).ToString('yyyy-MM-dd'); (Get-Date -Date '2026-01-15' -Day 31 -Month 2).ToString('yyyy-MM-dd')
(Get-Date -Year 2026 -Month 2 -Day 30 -Hour 0 -Minute 0 -Second 0 -Millisecond 0).ToString('yyyy-MM-dd HH:mm:ss.fff')

#### -Encoding takes .NET encoding names and code pages (latin1, iso-8859-1, windows-1252, utf-8, 1252)
'é€' | Set-Content ./l1.txt -Encoding latin1; [IO.File]::ReadAllBytes((Convert-Path ./l1.txt)) -join ','; Get-Content ./l1.txt -Encoding latin1
'é€' | Set-Content ./l1.txt -Encoding 1252; [IO.File]::ReadAllBytes((Convert-Path ./l1.txt)) -join ','; Get-Content ./l1.txt -Encoding windows-1252
'é' | Set-Content ./l1.txt -Encoding iso-8859-1; [IO.File]::ReadAllBytes((Convert-Path ./l1.txt)) -join ','; 'é' | Set-Content ./l1.txt -Encoding utf-8; [IO.File]::ReadAllBytes((Convert-Path ./l1.txt)) -join ','
'a,é' | Set-Content ./l.csv -Encoding latin1; Import-Csv ./l.csv -Header x, y -Encoding latin1 | ForEach-Object y
'x' | Set-Content ./q.txt -Encoding bogus
'x' | Set-Content ./q.txt -Encoding 99999
'x' | Set-Content ./q.txt -Encoding 12345
