# How a script is run: a file with -f, text piped to stdin for prompts, with and without -NonInteractive.

#### file simple | -f
Write-Output 'from a file'

#### file error | -f
Write-Error 'in a file'

#### file parse error | -f
Write-Output 'a'
1 )

#### file runtime error position | -f
Write-Output 'a'
[int]'x'

#### file throw | -f
throw 'from file'

#### file exit code | -f
exit 4

#### file last statement failed | -f
Write-Error x

#### file $MyInvocation name | -f
Split-Path -Leaf $MyInvocation.MyCommand.Path

#### file $PSCommandPath leaf | -f
Split-Path -Leaf $PSCommandPath

#### file two statements | -f
Write-Output a
Write-Output b

#### Read-Host under NonInteractive
Read-Host 'Name'

#### Read-Host answered | interactive stdin="Ann\n"
$n = Read-Host 'Name'
"Hello $n"

#### Get-Credential under NonInteractive
Get-Credential

#### Get-Credential user under NonInteractive
Get-Credential admin

#### missing mandatory under NonInteractive
Write-Verbose

#### missing mandatory ConvertTo-SecureString under NonInteractive
ConvertTo-SecureString

#### missing mandatory answered | interactive stdin="hello\n"
Write-Verbose -Verbose

#### missing mandatory end of input | interactive
Write-Verbose -Verbose

#### Connect-SPOService missing Url under NonInteractive
Connect-SPOService

#### Connect-SPOService credential prompt under NonInteractive
Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential admin@contoso.com

#### -c with process check | process
Write-Output a
Write-Error b
'c'

#### binding error as process | process
Write-Output -Nope

#### parse error as process | process
1 )

#### long parse error as process | process
Write-Output (1 + ) aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa

#### table as process | process
[pscustomobject]@{ a = 1; b = 'x' * 100 }

#### file last statement failed silently | -f
Write-Output a
Write-Error x -ErrorAction SilentlyContinue

#### file $PSScriptRoot | -f
Split-Path -Leaf $PSScriptRoot
$MyInvocation.MyCommand.Name
$MyInvocation.MyCommand.CommandType
