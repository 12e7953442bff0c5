# Export-Clixml and Import-Clixml: the CLIXML pwsh writes for the values spo has, and what reading it
# gives back. Cases with a SecureString run as processes (spo keeps its key in a test settings folder).

#### strings numbers and booleans
'hello', 'a<b&"c' | Export-Clixml ./cx-s.xml; Get-Content ./cx-s.xml -Raw
42, 1.5, $true, 5L | Export-Clixml ./cx-n.xml; Get-Content ./cx-n.xml -Raw
Import-Clixml ./cx-n.xml | ForEach-Object { "$_ $($_.GetType().Name)" }
Remove-Item ./cx-s.xml, ./cx-n.xml

#### hashtables and arrays
Export-Clixml -Path ./cx-h.xml -InputObject @{ a = 1 }; Get-Content ./cx-h.xml -Raw
Export-Clixml -Path ./cx-a.xml -InputObject @(1, 'a'); Get-Content ./cx-a.xml -Raw
$h = Import-Clixml ./cx-h.xml; $h.GetType().FullName; $h.a
$a = Import-Clixml ./cx-a.xml; $a.GetType().FullName; $a.Count
Remove-Item ./cx-h.xml, ./cx-a.xml

#### custom objects
[pscustomobject]@{ When = [datetime]'2020-01-02'; L = 5L; Nested = @{ k = 'v' }; Nul = $null; Arr = 1, 2 } | Export-Clixml ./cx-p.xml; Get-Content ./cx-p.xml -Raw
$p = Import-Clixml ./cx-p.xml; $p.GetType().FullName; $p.When.GetType().Name; $p.Nested.k; $p.Arr.Count
[pscustomobject]@{ Name = 'n'; N = 2 }, [pscustomobject]@{ Name = 'm'; N = 3 } | Export-Clixml ./cx-q.xml; Get-Content ./cx-q.xml -Raw
Import-Clixml ./cx-q.xml
Remove-Item ./cx-p.xml, ./cx-q.xml

#### dates
[datetime]'2020-01-02T03:04:05' | Export-Clixml ./cx-d.xml; Select-String '<DT>' ./cx-d.xml | ForEach-Object Line
[datetime]'2020-01-02T03:04:05.25Z' | Export-Clixml ./cx-d.xml; Select-String '<DT>' ./cx-d.xml | ForEach-Object Line
$d = Import-Clixml ./cx-d.xml; $d.Kind; $d.ToString('o')
Remove-Item ./cx-d.xml

#### errors
Import-Clixml ./cx-nothing.xml; 'next'
try { Import-Clixml ./cx-nothing.xml } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
Set-Content ./cx-bad.xml 'not xml'; Import-Clixml ./cx-bad.xml
Import-Clixml ./cx-nothing*.xml; 'after wildcard'
Export-Clixml -Path ./cx-bad.xml -InputObject 1 -NoClobber
Export-Clixml -Path ./cx-missing/x.xml -InputObject 1; 'after'
Remove-Item ./cx-bad.xml

#### credential round trip | -f
$c = New-Object System.Management.Automation.PSCredential 'admin@contoso.com', (ConvertTo-SecureString 'p@ss' -AsPlainText -Force)
$c | Export-Clixml ./cred.xml
$back = Import-Clixml ./cred.xml; $back.GetType().FullName; $back.UserName; $back.GetNetworkCredential().Password; $back.Password.GetType().FullName
ConvertTo-SecureString 'p@ss' -AsPlainText -Force | Export-Clixml ./ss.xml; (Import-Clixml ./ss.xml).Length
Select-String 'UserName|<T>' ./cred.xml | ForEach-Object { $_.Line.Trim() }

#### the password is not in the file | -f
$c = New-Object System.Management.Automation.PSCredential 'u', (ConvertTo-SecureString 'p@ss' -AsPlainText -Force)
$c | Export-Clixml ./cred.xml
(Get-Content ./cred.xml -Raw) -match '7000400073007300'
