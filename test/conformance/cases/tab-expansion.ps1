# TabExpansion2: what Tab completes, as objects (pwsh's function the console's Tab calls). Command
# names, parameter names and values, variables, aliases, verbs, nouns, scopes and module names as
# parameter values, named and positional, after a comma too; Register-ArgumentCompleter's completers.
# A command's tooltip is its syntax in pwsh (not printed here: spo gives its name, docs/TabExpansion2.md);
# file paths depend on the current folder, so they are in test/tab-expansion.test.ts.

#### A command name at a statement's start
$r = TabExpansion2 'gcm Get-Dat'
$r.ReplacementIndex, $r.ReplacementLength, $r.CurrentMatchIndex
$r.CompletionMatches | ForEach-Object { '{0}|{1}|{2}' -f $_.CompletionText, $_.ListItemText, $_.ResultType }

#### The CommandCompletion and CompletionResult types
$r = TabExpansion2 'Get-Date -Fo'
$r.GetType().FullName
$r.CompletionMatches[0].GetType().FullName
$r.CompletionMatches[0].ResultType.GetType().FullName
$r | Format-List ReplacementIndex, ReplacementLength, CurrentMatchIndex
$r.CompletionMatches | Format-List

#### TabExpansion2 is a function with two parameter sets
$c = Get-Command TabExpansion2
$c.CommandType
$c.Source -eq ''
$c.ParameterSets.Name

#### An empty input completes to nothing
$r = TabExpansion2 ''
$r.ReplacementIndex, $r.ReplacementLength, $r.CompletionMatches.Count

#### A cursor past the end is refused
try { TabExpansion2 'gcm' 10 } catch { $_.Exception.Message; $_.Exception.GetType().Name }

#### Nothing matches: the word is still the replacement
$r = TabExpansion2 'zzzq'
$r.ReplacementIndex, $r.ReplacementLength, $r.CompletionMatches.Count

#### Command names as values of Get-Command, Get-Help and Set-Alias, named and positional
function t($s) { $r = TabExpansion2 $s; '{0} => [{1},{2}] {3}' -f $s, $r.ReplacementIndex, $r.ReplacementLength, (($r.CompletionMatches | ForEach-Object { "$($_.CompletionText)|$($_.ResultType)" }) -join ' ') }
t 'Get-Command -Name Get-Da'
t 'Get-Command Get-Dat'
t "Get-Command 'Get-Da"
t 'Get-Command -Name GET-DA'
t 'Get-Command -Name *-Varia'
t 'Get-Help Get-Da'
t 'Get-Help -Name Get-Da'
t 'help Get-Da'
t 'Set-Alias -Value Get-Da'
t 'Set-Alias zz Get-Da'
t 'New-Alias -Value Get-Da'
t 'Get-Alias -Definition Get-Chi'
t 'Get-Command -Name Get-Date,Get-Ali'
t 'Get-Command -Name Get-Date, Get-Ali'

#### An alias's tooltip is its command
(TabExpansion2 'Get-Command gcm').CompletionMatches | ForEach-Object { '{0}|{1}' -f $_.CompletionText, $_.ToolTip }

#### Variable names without the dollar sign
function t($s) { $r = TabExpansion2 $s; '{0} => [{1},{2}] {3}' -f $s, $r.ReplacementIndex, $r.ReplacementLength, (($r.CompletionMatches | ForEach-Object { "$($_.CompletionText)|$($_.ListItemText)|$($_.ResultType)" }) -join ' ') }
t 'Get-Variable -Name Error'
t 'Get-Variable Err'
t 'Remove-Variable Err'
t 'Clear-Variable -Name Err'
t 'Set-Variable -Name PSVersionT'
t 'Get-Variable -Name W*Pref'
t 'Get-Variable -Name Error,PSVersionT'
$zzz1 = 1
t 'Get-Variable zzz'
t '$yyy = 1; Get-Variable yyy'
t 'Get-Variable -Include Err'

#### Scopes, verbs and nouns are text
function t($s) { $r = TabExpansion2 $s; '{0} => [{1},{2}] {3}' -f $s, $r.ReplacementIndex, $r.ReplacementLength, (($r.CompletionMatches | Select-Object -First 12 | ForEach-Object { "$($_.CompletionText)|$($_.ResultType)" }) -join ' ') }
t 'Get-Variable -Scope Gl'
t 'Set-Variable -Scope S'
t 'Clear-Variable -Scope L'
t 'Remove-Variable -Scope '
t 'New-Variable -Scope Gl'
t 'Set-Alias -Scope Gl'
t 'Get-Alias -Scope Gl'
t 'Get-Command -Verb Ge'
t 'Get-Command -Verb S'
t 'Get-Command -Verb '
t 'Get-Verb Sa'
t 'Get-Verb -Verb Se'
t 'Get-Command -Noun Dat'
t 'Get-Command -Noun Ali'
t 'Get-Command -Noun Dat -Verb '
t 'Get-Command -Noun *Item -Verb C'
t 'Get-Command -Verb G* -Noun Da'

#### Alias names and module names
function t($s) { $r = TabExpansion2 $s; '{0} => [{1},{2}] {3}' -f $s, $r.ReplacementIndex, $r.ReplacementLength, (($r.CompletionMatches | ForEach-Object { "$($_.CompletionText)|$($_.ResultType)" }) -join ' ') }
t 'Get-Alias -Name gcm'
t 'Get-Alias gal'
t 'Set-Alias -Name gc'
t 'Get-Module Microsoft.PowerShell.U'
t 'Get-Module -Name Microsoft.PowerShell.Ma'
t 'Get-Command -Module Microsoft.PowerShell.U'
t 'Import-Module -Name Microsoft.PowerShell.U'
t 'Remove-Module Microsoft.PowerShell.U'

#### Parameter names, enum values and variables with their types
$zzzi = 1; $zzzs = 'a'; $zzzn = $null; $zzzh = @{}; $zzza = 1, 2
New-Variable zzzd -Value 2 -Description 'A described one'
function t($s) { $r = TabExpansion2 $s; '{0} => [{1},{2}] {3}' -f $s, $r.ReplacementIndex, $r.ReplacementLength, (($r.CompletionMatches | ForEach-Object { "$($_.CompletionText)|$($_.ToolTip)|$($_.ResultType)" }) -join ' ') }
t 'Get-Command -CommandType Al'
t 'Get-Command Get-Date -Synt'
t 'Get-Verb -Group Com'
t 'Get-Date -ErrorAction Si'
t '$zzz'

#### A registered argument completer answers first
function Get-Thing { param($Name) $Name }
Register-ArgumentCompleter -CommandName Get-Thing -ParameterName Name -ScriptBlock { param($c, $p, $w) 'alpha', 'beta' | Where-Object { $_ -like "$w*" } }
$r = TabExpansion2 'Get-Thing -Name a'
$r.ReplacementIndex, $r.ReplacementLength
$r.CompletionMatches | ForEach-Object { '{0}|{1}' -f $_.CompletionText, $_.ResultType }

#### Drive and provider names
function t($s) { $r = TabExpansion2 $s; '{0} => [{1},{2}] {3}' -f $s, $r.ReplacementIndex, $r.ReplacementLength, (($r.CompletionMatches | ForEach-Object { "$($_.CompletionText)|$($_.ResultType)" }) -join ' ') }
t 'Get-PSDrive Fun'
t 'Get-PSDrive -Name /'
t 'Remove-PSDrive T'
t 'Get-PSDrive -PSProvider Fun'
t 'Get-PSProvider Env'
t 'New-PSDrive -PSProvider F'
t 'Remove-PSDrive -PSProvider Var'

#### a cursor inside a word completes the whole word
function show($s, $c) { $r = TabExpansion2 $s $c; "{0} {1} {2} {3}" -f $r.ReplacementIndex, $r.ReplacementLength, $r.CompletionMatches.Count, $r.CompletionMatches[0].CompletionText }
show 'Get-Content -TotalCount 5' 16
show 'Get-ChildItem | Sort-Object' 5
show 'Out-Null' 1
show 'Get-Content -Encoding utf8' 24
show '$PSVersionTable' 4
