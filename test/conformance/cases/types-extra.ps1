# Types and members spo-shell lacked or showed differently from pwsh 7.6.10: relative and absolute [uri]
# values, the enums DayOfWeek, DateTimeKind, IO.FileAttributes and StringSplitOptions, assignments to
# read-only properties, PSVariable's properties, and tables that mix command types.

#### enums: DayOfWeek members, casts and names
[System.DayOfWeek]::Monday; [DayOfWeek]'friday'; [DayOfWeek]'frid'; [DayOfWeek]3; [int][DayOfWeek]::Sunday; [DayOfWeek]'Monday,Tuesday'; [DayOfWeek]::Monday.value__; ([DayOfWeek]::Monday).GetType().FullName; [DayOfWeek]::Monday -eq 1; [DayOfWeek]::Monday -eq 'monday'; (Get-Date '2026-12-06').DayOfWeek -eq [DayOfWeek]::Sunday; 'Sunday' -as [DayOfWeek]; $null -eq ('x' -as [DayOfWeek]); [enum]::GetNames([DayOfWeek]) -join ','; [enum]::GetValues([DayOfWeek]) -join ','; [DayOfWeek]

#### enums: DateTimeKind
[DateTimeKind]::Utc; [DateTimeKind]'utc'; [System.DateTimeKind]2; [enum]::GetNames([DateTimeKind]) -join ','; (Get-Date).Kind -eq [DateTimeKind]::Local; [DateTimeKind]::Utc.GetType().FullName

#### enums: FileAttributes is a flags enum
[System.IO.FileAttributes]'ReadOnly, Hidden'; [IO.FileAttributes]'Hidden,ReadOnly'; [System.IO.FileAttributes]3; [IO.FileAttributes]'3'; [IO.FileAttributes]0; [int][System.IO.FileAttributes]::Normal; [System.IO.FileAttributes]::Directory -band 16; [IO.FileAttributes]::Archive + 1; [System.IO.FileAttributes]'ReadOnly, Hidden' -band [System.IO.FileAttributes]::Hidden; [enum]::GetNames([System.IO.FileAttributes]) -join ','

#### enums: StringSplitOptions
[System.StringSplitOptions]::RemoveEmptyEntries; [System.StringSplitOptions]'RemoveEmptyEntries, TrimEntries'; [StringSplitOptions]3; 'a,,b'.Split(',', [System.StringSplitOptions]::RemoveEmptyEntries) -join '|'; [enum]::GetNames([System.StringSplitOptions]) -join ','

#### enums: values that do not convert
foreach ($e in @({[DayOfWeek]7}, {[DayOfWeek]'x'}, {[DayOfWeek]$null}, {[DayOfWeek]::Funday}, {[System.IO.FileAttributes]'x'}, {[IO.FileAttributes]8}, {[IO.FileAttributes]'8'}, {[IO.FileAttributes]-1}, {[System.StringSplitOptions]4}, {[DateTimeKind]3}, {[DateTimeKind]1.5}, {[FileAttributes]1})) { try { $v = & $e; "$e => [$v]" } catch { "$e => ERR " + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId + ' | ' + $_.CategoryInfo.Category } }

#### enums: a bad value at the top level
[DayOfWeek]'Mon'

#### read-only properties: assignment errors
$date = Get-Date; $date.Year = 5; 'abc'.length = 1; @(1, 2).Count = 3; $u = [uri]'http://a/'; $u.Host = 'b'; $u.Host; (New-TimeSpan -Seconds 5).Days = 2; (1).Foo = 2; $s = 'x'; $s.Foo = 1; $date.Year += 1; $date.Year++; 'after'

#### read-only properties: the error record
$d = Get-Date; try { $d.Month = 1 } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName; $_.CategoryInfo.Reason; $_.Exception.Message }

#### read-only properties: in a script file | -f
$d = Get-Date
$d.year = 5
"abc".length = 1
@(1,2).Count = 3

#### enums: text naming an undefined value
foreach ($e in @({[DayOfWeek]'7'}, {[ConsoleColor]'20'}, {[System.Text.RegularExpressions.RegexOptions]'2048'}, {[IO.FileAttributes]'ReadOnly,8'}, {[DayOfWeek]'Monday,Saturday'})) { try { $v = & $e; "$e => [$v]" } catch { "$e => ERR " + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId } }

#### uri: a relative Uri
[uri]"x" | Format-List *
'x' -as [uri]
('x' -as [uri]).GetType().FullName
$r = [uri]'sites/a?x=1'; $null -eq $r.Host; "[$r]"; $r.OriginalString; $r.IsAbsoluteUri; $r.ToString()
[uri]$null; ([uri]$null) -eq $null; [uri]''; [uri]5 | Select-Object OriginalString, IsAbsoluteUri

#### uri: an absolute SharePoint address
$u = [uri]'https://contoso-admin.sharepoint.com/sites/a'
$u.Host; $u.AbsoluteUri; $u.IsAbsoluteUri; "$u"; $u.ToString(); $u.Segments.Count; $u -is [uri]
$u
[uri]'https://contoso.sharepoint.com/sites/x' | Format-Table Host, AbsolutePath, Port

#### uri: casts that fail, and the constructor
$null -eq ('http://a b' -as [uri])
try { [uri]'http://' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
try { [uri]::new('x') } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { New-Object uri 'x' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
[uri]::new('https://contoso.sharepoint.com').Host
try { [uri]@(1, 2) } catch { $_.Exception.Message }
[uri]'http://a:99999/'
[uri]::new()

#### uri: properties of many addresses
foreach ($s in @('/sites/a', 'C:\temp\a.txt', '\\server\share\x', 'mailto:a@b.com', 'contoso.sharepoint.com', 'contoso.sharepoint.com/sites/a', 'https://contoso.sharepoint.com:8443/sites/a b?x=1#f', 'HTTPS://Contoso.SharePoint.com', 'http://[::1]:80/', 'http://user:pw@host/', 'ftp://x/', 'http://127.0.0.1:5000/a', 'urn:isbn:123', 'https://contoso.sharepoint.com/sites/a%20b/c d', 'https://münchen.de/', 'http://', 'http://a b', 'http:', 'https://contoso.sharepoint.com/sites/a/', 'https://x.com/a/../b/./c', ' https://x.com/ ', 'file:///tmp/x', '../a', 'a:b', 'http://x.com:443/', 'https://x.com:443/', '#frag', '?q=1', 'http://x.com/?a=b&c=d', 'ws://x/', 'C:', 'https://x.com/%41%2f')) {
  try { $u = [uri]$s; "[$s] abs=$($u.IsAbsoluteUri) AbsoluteUri=$($u.AbsoluteUri) Path=$($u.AbsolutePath) Local=$($u.LocalPath) Auth=$($u.Authority) Host=$($u.Host) HNT=$($u.HostNameType) Port=$($u.Port) Def=$($u.IsDefaultPort) PQ=$($u.PathAndQuery) Seg=$($u.Segments -join '|') Q=$($u.Query) F=$($u.Fragment) S=$($u.Scheme) UI=$($u.UserInfo) Dns=$($u.DnsSafeHost) Idn=$($u.IdnHost) File=$($u.IsFile) Loop=$($u.IsLoopback) Unc=$($u.IsUnc) Str=$u" } catch { "[$s] ERR " + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId }
}

#### uri: members
[uri]"https://a/b" | Get-Member -MemberType Property

#### enums: RegexOptions values that do not convert
foreach ($e in @({[System.Text.RegularExpressions.RegexOptions]2048}, {[System.Text.RegularExpressions.RegexOptions]'Foo'}, {[System.Text.RegularExpressions.RegexOptions]-1})) { try { $v = & $e; "$e => [$v]" } catch { "$e => ERR " + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId } }

#### network credential: Format-List * lists its properties
$cred = [pscredential]::new('admin@contoso.com', (ConvertTo-SecureString 'P@ss' -AsPlainText -Force)); $cred.GetNetworkCredential() | Format-List *

#### network credential: the password by name
$cred = [pscredential]::new('admin@contoso.com', (ConvertTo-SecureString 'P@ss' -AsPlainText -Force)); $cred.GetNetworkCredential().Password; $cred.GetNetworkCredential().UserName; $cred.GetNetworkCredential().Domain.Length

#### network credential: the default table
$cred = [pscredential]::new('admin@contoso.com', (ConvertTo-SecureString 'P@ss' -AsPlainText -Force)); $cred.GetNetworkCredential()

#### variables: Format-List * of PSVariable and its derived classes
Get-Variable MaximumHistoryCount | Format-List *; $x = 1; Get-Variable x | Format-List *; Get-Variable true, null, PSCulture | Format-List *

#### variables: typed and optioned variables, the default table
[int]$y = 1; Get-Variable y | Format-List; Get-Variable x, y -ErrorAction SilentlyContinue; New-Variable z 1 -Option ReadOnly -Description d; Get-Variable z | Format-List *; (Get-Variable MaximumHistoryCount).Attributes[0].MaxRange; (Get-Variable y).GetType().FullName; Get-Variable z | Select-Object Name, Options, Visibility

#### mixed tables: Get-Alias and Get-Command share the CommandInfo view
Get-Alias h; Get-Command Get-History

#### mixed tables: in one script block
& { Get-Alias h; Get-Command Get-History }

#### mixed tables: a variable between commands is written out of band
$x = 1; Get-Alias h; Get-Variable x; Get-Command Get-History

#### mixed tables: the first type's objects size the columns | -f
[pscustomobject]@{Name = 'a'}; [pscustomobject]@{Name = 'abcdefgh'}; Get-Alias h; [pscustomobject]@{Name = 'abcdefghijklmnop'}

#### mixed tables: commands after a custom object take its columns
[pscustomobject]@{Name = 'a'; Value = 1}; Get-Alias h; Get-Command Get-History

#### mixed tables: a number does not end the sizing, a variable does
[pscustomobject]@{Name = 'a'}; 5; [pscustomobject]@{Name = 'abcdefgh'}; Get-Variable PID; [pscustomobject]@{Name = 'abcdefghijklmnopqrstu'}

#### the ErrorRecord type: its literal with and without System., no [ErrorRecord] accelerator
Get-Item /nosuch-spo-case 2>$null; $e = $Error[0]
$Error[0] -is [System.Management.Automation.ErrorRecord]; $Error[0] -is [Management.Automation.ErrorRecord]; $e -isnot [System.Management.Automation.ErrorRecord]
[System.Management.Automation.ErrorRecord].FullName; [Management.Automation.ErrorRecord].Name
$e.GetType().FullName; $e.GetType().Name
[System.Management.Automation.ErrorRecord]
[System.Management.Automation.ErrorRecord] -eq $e.GetType(); $e.GetType() -eq [Management.Automation.ErrorRecord]
try { 1/0 } catch { $_ -is [System.Management.Automation.ErrorRecord]; $_.GetType().FullName }
$r = Write-Error w 2>&1; $r -is [System.Management.Automation.ErrorRecord]
'str' -is [System.Management.Automation.ErrorRecord]
([System.Management.Automation.ErrorRecord]$e).FullyQualifiedErrorId; ($e -as [System.Management.Automation.ErrorRecord]).FullyQualifiedErrorId
$null -eq [System.Management.Automation.ErrorRecord]$null; $null -eq ('x' -as [System.Management.Automation.ErrorRecord])
([type]'System.Management.Automation.ErrorRecord').FullName
function f { param([System.Management.Automation.ErrorRecord]$r) $r.FullyQualifiedErrorId }; f $e
$e | Where-Object { $_ -is [Management.Automation.ErrorRecord] } | ForEach-Object FullyQualifiedErrorId
$e -is [ErrorRecord]
[ErrorRecord].FullName

#### an ErrorRecord where a value is converted: its type named
$e = Write-Error w 2>&1
[int]$e
$e.Foo()
[System.Management.Automation.ErrorRecord]'x'
function f { param([System.Management.Automation.ErrorRecord]$r) $r }; f 'x'
