# ConvertFrom-StringData (and [regex]::Unescape, which reads its values) and New-TemporaryFile.

#### name = value lines
$d = ConvertFrom-StringData "a = 1`nb=two words`n# comment`n`nc = x=y"
$d.a; $d.b; $d.c; $d.GetType().FullName; $d.Count; $d.A

#### a here-string of settings
$s = ConvertFrom-StringData @'
AdminUrl = https://contoso-admin.sharepoint.com
Account = admin@contoso.com
'@
$s.AdminUrl; $s.Account

#### delimiter
ConvertFrom-StringData "k:v`n k2 : v2 " -Delimiter ':' | ForEach-Object { $_.k2 + '|' }
ConvertFrom-StringData -StringData 'a=1' -Delimiter ':'

#### bad lines
ConvertFrom-StringData 'noequals'
ConvertFrom-StringData "a=1`na=2"
'x' | ConvertFrom-StringData
ConvertFrom-StringData '=1'
'after'

#### escapes in values
(ConvertFrom-StringData 'a=c:\temp\new').a.Length
(ConvertFrom-StringData 'a=\u0041\x41\\').a
ConvertFrom-StringData 'a=\q'

#### empty text
ConvertFrom-StringData ''; 'ok'; (ConvertFrom-StringData '  ').Count

#### [regex]::Unescape errors
foreach ($t in @('a\', '\x4', '\u12', '\c1', '\_', '\8', 'ok\\', 'a\q', 'c:\temp\new \x41\u0042 \\ \. \101 \cA')) { try { [regex]::Unescape($t) } catch { $_.Exception.InnerException.Message } }

#### New-TemporaryFile
$f = New-TemporaryFile
$f.GetType().FullName; $f.Name -match '^tmp\w{6}\.tmp$'; $f.Length
Remove-Item $f; Test-Path $f.FullName

#### syntax
Get-Command New-TemporaryFile, ConvertFrom-StringData -Syntax
