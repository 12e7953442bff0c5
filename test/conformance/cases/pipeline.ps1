# Pipelines: input bound by value and by property name, enumeration of arrays, pipeline errors.

#### array enumerates
1, 2, 3 | Write-Output

#### nested array enumerates one level
@(1, @(2, 3)) | Write-Output
(@(1, @(2, 3)) | Write-Output).Count

#### hashtable does not enumerate
@{a = 1; b = 2} | Write-Output

#### null goes down the pipe
$null | Write-Output
(($null | Write-Output) -eq $null)

#### empty array sends nothing
@() | Write-Output
'after'

#### Write-Host from pipeline
1, 2 | Write-Host

#### Write-Host -Separator from pipeline
1, 2 | Write-Host -Separator '-'

#### Write-Warning from pipeline
'w1', 'w2' | Write-Warning

#### Write-Verbose from pipeline
'v' | Write-Verbose -Verbose

#### Write-Error from pipeline
'e' | Write-Error

#### Write-Information from pipeline
'i' | Write-Information -InformationAction Continue

#### ConvertTo-SecureString by value
'p' | ConvertTo-SecureString -AsPlainText -Force

#### Get-Variable by value
'true' | Get-Variable -ValueOnly

#### Get-Variable by property name
[pscustomobject]@{ Name = 'true' } | Get-Variable -ValueOnly

#### Get-Variable array by value
'true', 'false' | Get-Variable -ValueOnly

#### Get-Command by value
'Write-Output' | Get-Command

#### Get-Command by property name
[pscustomobject]@{ Name = 'Write-Host' } | Get-Command

#### input not bindable
1 | Get-Variable

#### Clear-Host takes no input
1 | Clear-Host

#### pipeline into Disconnect-SPOService
1 | Disconnect-SPOService

#### pipeline into Connect-SPOService unbindable
@{ a = 1 } | Connect-SPOService -Url https://contoso-admin.sharepoint.com -Region Nope

#### parameter and pipeline both
'x' | Write-Output -InputObject 'y'

#### pipeline to expression
1 | 2

#### pipeline of three
'a' | Write-Output | Write-Output

#### pipeline error continues
'a', 'b' | Write-Error
'after'

#### pipeline Stop
'a', 'b' | Write-Error -ErrorAction Stop
'not reached'

#### pipeline into New-Object
'x' | New-Object PSObject

#### pipeline strings to Write-Host
'a', 'b' | Write-Host -NoNewline
'end'

#### pipe at start of next line
Write-Output a
  | Write-Output

#### pipe at start of next line with comment between
Write-Output a
# comment
| Write-Output

#### pipe continuation at end of line
Write-Output a |
  Write-Output

#### pipe with backtick continuation
Write-Output a `
  | Write-Output

#### subexpression with pipeline
$(Write-Output a | Write-Output).Length

#### pipeline result count
(1, 2, 3 | Write-Output).Count

#### pipeline of hashtable array
@{a = 1}, @{b = 2} | Write-Output

#### command output to variable
$x = 1, 2 | Write-Output
$x.GetType().FullName

#### a nested pipeline's $_ ends with it: the outer block's $_ comes back
1, 2 | ForEach-Object { $p = 5, 6 | Where-Object { $_ -gt 5 }; "$_ $p" }
1 | ForEach-Object { 8 | ForEach-Object { "in $_" }; "out $_" }
function f { 5 | Where-Object { $true } | Out-Null; "f $_" }
1 | ForEach-Object { f; (5, 6).Where({ $true }) | Out-Null; "[$_]" }
5 | Where-Object { $true } | Out-Null; "[$_]"
$_ = 3; 7 | ForEach-Object { $_ = 9 }; "[$_]"
