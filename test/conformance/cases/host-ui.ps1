# $Host.UI and $Host.UI.RawUI as admin scripts use them: PromptForChoice menus ("Are you sure?"), the
# window title, coloured lines, ReadLine, and what each does with redirected input or -NonInteractive.

#### PromptForChoice answered with a hot key | -f interactive stdin="y\n"
$yes = New-Object System.Management.Automation.Host.ChoiceDescription "&Yes", "Deletes the site."
$no = New-Object System.Management.Automation.Host.ChoiceDescription "&No", "Keeps the site."
$options = [System.Management.Automation.Host.ChoiceDescription[]]($yes, $no)
$result = $Host.UI.PromptForChoice("Delete site", "Are you sure?", $options, 1)
switch ($result) { 0 { "deleting" } 1 { "kept" } }

#### PromptForChoice empty answer takes the default | -f interactive stdin="\n"
$r = $Host.UI.PromptForChoice("Delete site", "Are you sure?", [System.Management.Automation.Host.ChoiceDescription[]]('&Yes', '&No'), 1); "r=$r"

#### PromptForChoice help, a wrong answer, then a label | interactive stdin="?\nmaybe\nno\n"
$c = @([System.Management.Automation.Host.ChoiceDescription]::new('&Yes', 'Do it'), [System.Management.Automation.Host.ChoiceDescription]::new('&No', 'Skip it'))
$r = $Host.UI.PromptForChoice('Title', 'Message', $c, 0); "r=$r"

#### PromptForChoice strings as choices, no default, no caption | interactive stdin="\nA\n"
$r = $Host.UI.PromptForChoice('', '', @('&Yes', 'Yes to &All', 'Nothing'), -1); "r=$r"

#### PromptForChoice choice line longer than the console | interactive stdin="m\n"
$r = $Host.UI.PromptForChoice($null, 'Only message', @('&Yes', 'Yes to &All', 'Nothing', '&Maybe'), 2); "r=$r"

#### PromptForChoice lower-case hot key and a trailing ampersand | interactive stdin="O\n"
$r = $Host.UI.PromptForChoice('c', 'm', @('&yes', 'n&o', 'Cancel&'), 0); "r=$r"

#### PromptForChoice at the end of input | interactive
$r = $Host.UI.PromptForChoice('c', 'm', @('&Yes', '&No'), 0); "r=$r"

#### PromptForChoice default out of range | interactive
try { $Host.UI.PromptForChoice('c', 'm', @('&Yes', '&No'), 5) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }

#### PromptForChoice without choices | interactive
try { $Host.UI.PromptForChoice('c', 'm', @(), 0) } catch { $_.Exception.Message }

#### PromptForChoice under NonInteractive
$r = $Host.UI.PromptForChoice('c', 'm', @('&Yes', '&No'), 0); "r=$r"

#### ChoiceDescription members
$d = New-Object System.Management.Automation.Host.ChoiceDescription "&Go", "Go help"; $d.Label; $d.HelpMessage; $d.GetType().FullName; $d

#### ChoiceDescription array type
([System.Management.Automation.Host.ChoiceDescription[]]('&Yes', '&No')).GetType().FullName

#### ReadLine reads a line | interactive stdin="hello\n"
$x = $Host.UI.ReadLine(); "x=$x"

#### ReadLine at the end of input | interactive
$x = $Host.UI.ReadLine(); "x=[$x]"; $null -eq $x

#### ReadLine under NonInteractive
$x = $Host.UI.ReadLine(); "after"

#### WriteLine, Write and the stream lines
$Host.UI.WriteLine('wl'); $Host.UI.Write('w'); $Host.UI.WriteLine(); $Host.UI.WriteErrorLine('err'); $Host.UI.WriteWarningLine('warn'); $Host.UI.WriteVerboseLine('verb'); $Host.UI.WriteDebugLine('dbg'); $Host.UI.WriteLine('Red', 'Black', 'col'); $Host.UI.Write('Red', 'Black', 'c2'); $Host.UI.WriteLine(5)

#### WriteLine output is not pipeline output
$x = $Host.UI.WriteLine('shown'); $null -eq $x

#### WriteLine with a wrong colour
$Host.UI.WriteLine('Nope', 'Black', 'x')

#### RawUI sizes and colours redirected
$raw = $Host.UI.RawUI; $raw.ForegroundColor; $raw.BackgroundColor; $raw.ForegroundColor.GetType().FullName; $raw.BufferSize.Width; $raw.WindowSize.Height; $raw.BufferSize.GetType().FullName; $raw.CursorPosition.GetType().FullName; "$($raw.WindowSize)"; $null -eq $raw.KeyAvailable

#### RawUI WindowTitle set and read
"[$($Host.UI.RawUI.WindowTitle)]"; $Host.UI.RawUI.WindowTitle = 'SharePoint admin'; "[$($Host.UI.RawUI.WindowTitle)]"

#### RawUI ForegroundColor set
$Host.UI.RawUI.ForegroundColor = 'Green'; $Host.UI.RawUI.ForegroundColor

#### RawUI ForegroundColor set to a wrong name
$Host.UI.RawUI.ForegroundColor = 'Nope'; 'after'

#### RawUI ReadKey with redirected input | interactive stdin="abc\n"
$k = $Host.UI.RawUI.ReadKey('NoEcho,IncludeKeyDown'); "k=$k"

#### RawUI FlushInputBuffer
$Host.UI.RawUI.FlushInputBuffer(); 'ok'

#### UI properties
$Host.UI.SupportsVirtualTerminal; $Host.UI.GetType().FullName; $Host.UI.RawUI.GetType().FullName

#### PromptForChoice long help and message wrap at the width | interactive stdin="?\ny\n"
$c = @([System.Management.Automation.Host.ChoiceDescription]::new('&Yes', ('abcdefghij ' * 12)), [System.Management.Automation.Host.ChoiceDescription]::new('&No', 'n'))
$Host.UI.PromptForChoice('Caption', ('word ' * 30) + 'averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword end', $c, 0)

#### Get-Credential at the end of input: nothing follows User: | interactive
$c = Get-Credential; "U=[$($c.UserName)]"; $null -eq $c

#### Get-Credential asks again for an empty user name, each answer echoed | interactive stdin="\n\n"
$c = Get-Credential -Title T -Message M; "U=[$($c.UserName)]"

#### a mandatory PSCredential parameter at the end of input | interactive stdin="\n"
function f { param([Parameter(Mandatory)][pscredential]$c) "in f" }; f; "after $?"
