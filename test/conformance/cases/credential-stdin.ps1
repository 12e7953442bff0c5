# Credential prompts with input from a pipe (`echo … | pwsh -c '…'`), as pwsh 7.6.10 on Linux answers
# them: the user name is read as a line and echoed after `User: `; the password is read key by key, which
# redirected input cannot give, so the process ends there (exit 1, nothing on stderr, no finally block);
# no password is ever read from the pipe. At the end of input the user name prompt gives no credential.

#### Get-Credential: the user name is echoed, the password is not read | interactive stdin="bob\nsecret\n"
$c = Get-Credential; "after $($c.UserName)"

#### Get-Credential -UserName | interactive stdin="bob\nsecret\n"
Get-Credential -UserName alice; 'after'

#### Get-Credential with a user name argument | interactive stdin="secret\n"
Get-Credential alice; 'after'

#### Get-Credential: no finally block runs | interactive stdin="bob\nsecret\n"
try { Get-Credential } finally { 'fin' }; 'after'

#### Get-Credential: try/catch does not catch it | interactive stdin="bob\nsecret\n"
try { Get-Credential } catch { 'caught' }; 'after'

#### Get-Credential: empty input gives no credential | interactive stdin=""
$c = Get-Credential; "after [$c]"

#### Get-Credential: empty lines before the user name | interactive stdin="\n\nbob\nsecret\n"
Get-Credential

#### Get-Credential -UserName at the end of input | interactive stdin=""
Get-Credential -UserName alice; 'after'

#### Get-Credential under NonInteractive with piped input | stdin="bob\nsecret\n"
Get-Credential; 'after'

#### Get-Credential -UserName under NonInteractive with piped input | stdin="secret\n"
Get-Credential -UserName alice; 'after'

#### PromptForCredential | interactive stdin="bob\nsecret\n"
$c = $Host.UI.PromptForCredential('cap', 'msg', '', ''); 'after'

#### ReadLineAsSecureString | interactive stdin="secret\n"
$s = $Host.UI.ReadLineAsSecureString(); 'after'

#### a mandatory SecureString parameter | interactive stdin="secret\n"
function f { param([Parameter(Mandatory)][securestring]$p) 'got' }; f; 'after'

#### Connect-SPOService -Credential user name | interactive stdin="secret\n"
Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential admin@contoso.com; 'after'

#### Read-Host -AsSecureString: no finally block runs | interactive stdin="secret\n"
try { Read-Host -AsSecureString p } finally { 'fin' }; 'after'
