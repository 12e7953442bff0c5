# Findings of the second acceptance audit (DESIGN.md and the Connect-SPOService page), recorded from pwsh 7.6.10
# with the oracle stub of Microsoft.Online.SharePoint.PowerShell.

#### CommandInfo Verb and Noun: the module's cmdlets, a function without a dash, a noun with a dash
Get-Command -Module Microsoft.Online.SharePoint.PowerShell | Select-Object Verb,Noun
function f {}
function Get-Foo-Bar {}
Get-Command f,Get-Foo-Bar,Get-Date | Select-Object Name,Verb,Noun

#### [Convert]::ToBase64String with Base64FormattingOptions and with an offset and length
[Convert]::ToBase64String([byte[]](1..100), "InsertLineBreaks")
[Convert]::ToBase64String([byte[]](1..10), 2, 3)
[Convert]::ToBase64String([byte[]](1..100), 1, 80, "InsertLineBreaks")
[Convert]::ToBase64String([byte[]](1..3), "None")

#### A file's LastWriteTime is a DateTime: compared, subtracted and formatted as in pwsh
$f = New-Item -ItemType File -Path lwt.txt -Force
$f.LastWriteTime.GetType().FullName
$f.LastWriteTime -gt [datetime]"2000-01-01"
(Get-ChildItem lwt.txt | Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-1) }).Name
((Get-Date) - $f.LastWriteTime).Days
$f.LastWriteTime.ToString("yyyy") -eq (Get-Date).ToString("yyyy")
Remove-Item lwt.txt

#### The module's ExportedCmdlets and ExportedCommands are dictionaries of its commands
Import-Module Microsoft.Online.SharePoint.PowerShell
$m = Get-Module Microsoft.Online.SharePoint.PowerShell
$m.ExportedCmdlets.Keys
$m.ExportedCommands.Count
$m | Format-List Name,ExportedCommands,ExportedCmdlets
