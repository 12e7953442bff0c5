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
