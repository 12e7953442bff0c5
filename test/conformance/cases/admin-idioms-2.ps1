# Admin-script idioms, second round (issue 11): the generic collections scripts build reports with
# (Dictionary[K,V], HashSet[T], Queue[T]/Stack[T] and the non-generic Queue/Stack), [ref] out-parameters
# (TryParse, TryGetValue), type literals as text, and whole SharePoint-admin-style scripts run up to their
# first SharePoint cmdlet.

#### Dictionary prints Key and Value columns
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d.Add('B', 2); $d

#### Dictionary keys are case-sensitive
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d['A']; $d.ContainsKey('A'); $d.ContainsKey('a'); $d['A'] = 2; $d.Count

#### Dictionary member access by key
$d = [System.Collections.Generic.Dictionary[string,string]]::new(); $d['Url'] = 'https://contoso'; $d.Url; $d.url -eq $null

#### Dictionary Add of a duplicate key
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d.Add('a', 1); $d.Add('a', 2)

#### Dictionary Add duplicate caught
$d = [System.Collections.Generic.Dictionary[string,object]]::new(); $d.Add('site', 1); try { $d.Add('site', 2) } catch { $_.Exception.Message }

#### Hashtable Add of a duplicate key
$h = @{a = 1}; $h.Add('a', 2)

#### Dictionary converts values to its type argument
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['q'] = '7'; $d['q'].GetType().Name; $d.Add('r', '8'); $d['r'] + 1

#### Dictionary Add of a value that does not convert
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d.Add('r', 'x')

#### Dictionary index assignment that does not convert
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['s'] = 'y'; 'after'

#### Dictionary Remove returns whether the key was there
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d.Remove('a'); $d.Remove('a'); $d.Count

#### Dictionary Keys Values and missing key
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['x'] = 1; $d['y'] = 2; $d.Keys; $d.Values; $null -eq $d['zz']

#### Dictionary GetEnumerator in foreach
$d = New-Object 'System.Collections.Generic.Dictionary[string,string]'; $d['one'] = 'a'; $d['two'] = 'b'; foreach ($kv in $d.GetEnumerator()) { "$($kv.Key)=$($kv.Value)" }

#### Dictionary entries sorted and formatted
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['b'] = 2; $d['a'] = 1; $d.GetEnumerator() | Sort-Object Key | ForEach-Object { '{0} -> {1}' -f $_.Key, $_.Value }

#### Dictionary entry as text and type
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $e = $d.GetEnumerator() | Select-Object -First 1; "$e"; $e.GetType().Name

#### Dictionary through Format-List and Format-Table
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d['b'] = 22; $d | Format-List; $d | Format-Table

#### Dictionary is not enumerated by the pipeline
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d['b'] = 2; ($d | Measure-Object).Count; $d | ForEach-Object { $_.Count }

#### Dictionary as text and its type
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); "$d"; $d.GetType().Name; $d -is [hashtable]

#### Dictionary with an ignore-case comparer
$d = New-Object 'System.Collections.Generic.Dictionary[string,object]' ([StringComparer]::OrdinalIgnoreCase); $d['Site'] = 1; $d['SITE']; $d.ContainsKey('site')

#### Dictionary TryGetValue
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 3; $v = $null; $d.TryGetValue('a', [ref]$v); $v; $d.TryGetValue('b', [ref]$v); $v

#### Dictionary ContainsValue and Values sum
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 3; $d['b'] = 4; $d.ContainsValue(4); ($d.Values | Measure-Object -Sum).Sum

#### Dictionary counting in a loop
$counts = [System.Collections.Generic.Dictionary[string,int]]::new()
foreach ($t in 'Team','Comm','Team','Team','Comm','Other') { if ($counts.ContainsKey($t)) { $counts[$t]++ } else { $counts[$t] = 1 } }
$counts

#### HashSet Add returns whether the item was new
$h = New-Object System.Collections.Generic.HashSet[string]; $h.Add('x'); $h.Add('x'); $h.Add('X'); $h.Count; $h

#### HashSet Contains Remove and text
$h = [System.Collections.Generic.HashSet[string]]::new(); [void]$h.Add('a'); [void]$h.Add('b'); $h.Contains('a'); $h.Contains('A'); $h.Remove('b'); $h.Remove('zz'); "$h"; $h.ToString()

#### HashSet of int converts and refuses
$n = [System.Collections.Generic.HashSet[int]]::new(); [void]$n.Add('5'); $n.Add(5); $n.Add('q')

#### HashSet UnionWith and pipeline
$n = [System.Collections.Generic.HashSet[int]]::new(); $n.UnionWith([int[]](3, 1, 3)); $n | ForEach-Object { "item $_" }; $n.Count

#### HashSet ignore case and cast from array
$h = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase); $h.Add('a'); $h.Add('A'); $s = [System.Collections.Generic.HashSet[string]]@('a', 'b', 'a'); $s.Count

#### HashSet dedupes site urls
$seen = [System.Collections.Generic.HashSet[string]]::new()
$urls = 'https://c/sites/a', 'https://c/sites/b', 'https://c/sites/a'
foreach ($u in $urls) { if ($seen.Add($u)) { "new $u" } else { "dup $u" } }

#### generic Queue Enqueue Dequeue Peek
$q = [System.Collections.Generic.Queue[int]]::new(); $q.Enqueue(1); $q.Enqueue(2); $q.Enqueue(3); $q.Dequeue(); $q.Peek(); $q.Count; $q; "$q"

#### generic Queue drained in a while loop
$q = New-Object 'System.Collections.Generic.Queue[string]'; 'a','b','c' | ForEach-Object { $q.Enqueue($_) }; while ($q.Count -gt 0) { "got $($q.Dequeue())" }

#### generic Queue empty Dequeue and Peek
$q = [System.Collections.Generic.Queue[int]]::new(); $q.Dequeue(); $q.Peek()

#### generic Queue refuses a value of another type
$q = [System.Collections.Generic.Queue[int]]::new(); $q.Enqueue('z')

#### generic Queue ToArray and Contains
$q = [System.Collections.Generic.Queue[int]]::new(); $q.Enqueue(4); $q.Contains(4); $q.ToArray().GetType().Name; $q.Clear(); $q.Count

#### generic Stack Push Pop Peek
$s = [System.Collections.Generic.Stack[string]]::new(); $s.Push('a'); $s.Push('b'); $s.Push('c'); $s.Pop(); $s.Peek(); $s; $s.Count

#### generic Stack first in the pipeline is its top
$s = [System.Collections.Generic.Stack[int]]@(1, 2, 3); $s | Select-Object -First 1; $s.GetType().Name

#### generic Stack empty Pop
$s = [System.Collections.Generic.Stack[string]]::new(); $s.Pop()

#### System.Collections.Queue
$o = New-Object System.Collections.Queue; $o.Enqueue('x'); $o.Enqueue(2); $o; $o.Dequeue(); $o.GetType().FullName; "$o"; $o.Dequeue(); $o.Dequeue()

#### System.Collections.Stack
$k = New-Object System.Collections.Stack; $k.Push(1); $k.Push('b'); $k; $k.Pop(); $k.Count; $k.Pop(); $k.Pop()

#### System.Collections.Stack new and Peek
$k = [System.Collections.Stack]::new(); $k.Push(1); $k.Peek(); $k.GetType().FullName; $k.ToString()

#### cast to generic List from an array
$l = [System.Collections.Generic.List[string]]@('a', 'b'); $l.Count; $l.GetType().Name; $l = [System.Collections.Generic.List[int]]@('1', 2); $l[0].GetType().Name

#### cast to generic List that does not convert
$e = [System.Collections.Generic.List[int]]@('x')

#### int TryParse with ref
$n = 0; [int]::TryParse('42', [ref]$n); $n; [int]::TryParse('x', [ref]$n); $n

#### TryParse into a variable that does not exist
[int]::TryParse('7', [ref]$undefinedVariable); 'after'

#### ref value and type
$r = [ref]5; $r.Value; $r.Value = 6; $r.Value; $r.GetType().Name; $r

#### ref parameter of a function
function Set-It([ref]$x) { $x.Value = 'set' }; $w = 1; Set-It ([ref]$w); $w

#### datetime and guid TryParse
$dt = Get-Date; [datetime]::TryParse('2024-01-02', [ref]$dt); $dt.Year; $g = [guid]::Empty; [guid]::TryParse('nope', [ref]$g); $g

#### type literal in a string
"$([int]) $([string]) $([System.IO.Path]) $([hashtable]) $([datetime]) $([object])"

#### type literal ToString and concatenation
[int].ToString(); '' + [string]; [string][long]; "$([int[]])"; "$([System.Collections.Generic.List[int]])"

#### GetType in a string
$x = 5; "type: $($x.GetType())"; "$('a'.GetType())"; "$((Get-Date).GetType())"

#### PSBoundParameters prints Key and Value
function Set-Quota { [CmdletBinding()] param([string]$Url, [int]$QuotaMB, [switch]$Force) $PSBoundParameters; $PSBoundParameters.GetType().FullName; "$PSBoundParameters" }
Set-Quota -Url https://contoso.sharepoint.com/sites/hr -QuotaMB 1024 -Force

#### PSBoundParameters ContainsKey ignores case and splats onward
function Invoke-Inner { param($Url, $QuotaMB) "inner: $Url $QuotaMB" }
function Invoke-Outer { [CmdletBinding()] param($Url, $QuotaMB, [switch]$Report) if ($PSBoundParameters.ContainsKey('report')) { $null = $PSBoundParameters.Remove('Report'); 'report on' }; Invoke-Inner @PSBoundParameters; $PSBoundParameters.Keys -join ',' }
Invoke-Outer -Url u1 -QuotaMB 5 -Report

#### PSBoundParameters gets the parameters bound from the pipeline
function Show-Bound { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName)][string]$Url, [string]$Tag = 'x') process { ($PSBoundParameters.Keys | Sort-Object) -join ',' } }
[pscustomobject]@{ Url = 'a' }, [pscustomobject]@{ Url = 'b' } | Show-Bound -Tag t

#### ShouldProcess with target, action and three strings
function Remove-Site {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(ValueFromPipeline)][string]$Url)
    process {
        if ($PSCmdlet.ShouldProcess($Url)) { $r1 = "removed $Url" }
        if ($PSCmdlet.ShouldProcess($Url, 'Delete site')) { $r2 = "deleted $Url" }
        if ($PSCmdlet.ShouldProcess('Deleting the site collection', 'Delete it?', 'Caption')) { $r3 = "three $Url" }
        "$r1|$r2|$r3|WhatIf=$WhatIfPreference"
    }
}
Remove-Site a
Remove-Site b -WhatIf
$r = 'x', 'y' | Remove-Site -WhatIf; $r

#### ShouldProcess writes verbose text when it goes ahead
function Remove-Site { [CmdletBinding(SupportsShouldProcess)] param($Url) if ($PSCmdlet.ShouldProcess($Url, 'Delete')) { $done = $true }; "done=$done" }
Remove-Site c -Verbose

#### WhatIfPreference makes ShouldProcess answer no
function Remove-Site { [CmdletBinding(SupportsShouldProcess)] param($Url) if ($PSCmdlet.ShouldProcess($Url, 'Delete')) { 'deleted' } else { 'skipped' } }
$WhatIfPreference = $true
Remove-Site d
Remove-Site e -WhatIf:$false
$WhatIfPreference = $false
Remove-Site f

#### WhatIf reaches the functions and cmdlets a function calls | -f
function Inner { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('inner target')) { 'inner ran' } }
function Outer { [CmdletBinding(SupportsShouldProcess)] param() Inner; 'x' | Export-Csv ./whatif-o.csv; $a = Test-Path ./whatif-o.csv; Set-Content ./whatif-o.txt 'hi'; $b = Test-Path ./whatif-o.txt; "exists: $a $b" }
Outer -WhatIf

#### ShouldProcess without SupportsShouldProcess is always yes
function NoSupport { [CmdletBinding()] param() $a = $PSCmdlet.ShouldProcess('t'); $b = $PSCmdlet.ShouldProcess('t', 'a'); "$a $b" }
NoSupport -Verbose

#### ConfirmImpact High asks and NonInteractive refuses
function Clear-Site { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')] param() if ($PSCmdlet.ShouldProcess('t', 'Purge')) { 'purged' } }
Clear-Site -WhatIf
Clear-Site -Confirm:$false
Clear-Site
'after'

#### ShouldContinue without a host to ask
function Reset-Site { [CmdletBinding(SupportsShouldProcess)] param([switch]$Force) if ($Force -or $PSCmdlet.ShouldContinue('Really reset?', 'Confirm')) { 'reset' } }
Reset-Site -Force
Reset-Site

#### Confirm prompt answered from input | -f interactive stdin="y\nn\n?\nl\ny\nn\n"
function Clear-Site { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')] param($Name) if ($PSCmdlet.ShouldProcess($Name, 'Purge')) { "purged $Name" } else { "kept $Name" } }
$r = Clear-Site a; $r
$r = Clear-Site b; $r
$r = Clear-Site c -Confirm; $r
function Reset-Site { [CmdletBinding()] param() if ($PSCmdlet.ShouldContinue('Really?', 'Confirm it')) { 'continued' } else { 'stopped' } }
$r = Reset-Site; $r
$r = Reset-Site; $r
'end'

#### cmdlets with WhatIf | -f
'a' | Export-Csv ./wi.csv -WhatIf; 'a' | Export-Csv -LiteralPath wi.csv -WhatIf -Append; Set-Content wi.txt x -WhatIf; Add-Content wi.txt x -WhatIf; 'q' | Out-File wi.txt -WhatIf; Test-Path ./wi.csv, ./wi.txt

#### New-Item and Remove-Item | -f
$d = New-Item -ItemType Directory ./ni-dir -Force; $d.GetType().Name; $d.Name
New-Item ./ni-dir -ItemType Directory
New-Item -Path ./ni-dir/f.txt -ItemType File -Value 'hello' | Select-Object Name, Length
Get-Content ./ni-dir/f.txt
New-Item -Path ./ni-dir -Name g.txt -ItemType File | Select-Object -ExpandProperty Name
New-Item ./ni-dir/f.txt
(New-Item ./ni-dir/f.txt -Force).Length
Remove-Item ./ni-dir/*.txt; Test-Path ./ni-dir/f.txt
New-Item ./ni-dir/a/b/c -ItemType Directory | ForEach-Object Name
Remove-Item ./ni-dir -Recurse; Test-Path ./ni-dir

#### Remove-Item errors and WhatIf | -f
Remove-Item ./nothing-here.txt
$r = Remove-Item ./nothing-here.txt 2>&1; $r.FullyQualifiedErrorId; $r.CategoryInfo.Category
Set-Content ./ri.txt 1; Remove-Item ./ri.txt -WhatIf; Test-Path ./ri.txt; Get-ChildItem ./ri.txt | Remove-Item; Test-Path ./ri.txt
New-Item -ItemType Directory ./ri-dir | Out-Null; Set-Content ./ri-dir/a.txt x; Remove-Item ./ri-dir; Test-Path ./ri-dir/a.txt; Remove-Item ./ri-dir -Recurse -Force
New-Item -ItemType Foo ./qq

#### New-Item WhatIf | -f
New-Item -ItemType Directory ./niw -WhatIf; New-Item ./niw.txt -WhatIf; Test-Path ./niw, ./niw.txt

#### thrown exception objects
try { throw [System.ArgumentException]::new('bad arg') } catch { $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.Message; "$_" }
try { throw (New-Object System.Exception 'boom') } catch [System.Exception] { $_.Exception.GetType().Name }
try { throw [System.InvalidOperationException]::new('outer', [System.Exception]::new('inner')) } catch [InvalidOperationException] { $_.Exception.InnerException.Message }
try { throw [System.IO.FileNotFoundException]::new('nf') } catch [System.IO.IOException] { 'io caught' }
[System.ArgumentNullException]::new('p').Message; (New-Object System.ArgumentException 'm', 'p').Message

#### thrown exception uncaught
throw [System.ArgumentException]::new('uncaught bad arg')

#### exception object as output
$e = [System.Exception]::new('plain'); $e; $e.GetType().FullName

#### catch by type in a site validation loop
function Test-SiteUrl { param([string]$Url) if ($Url -notmatch '^https://[\w-]+\.sharepoint\.com/(sites|teams)/[\w-]+$') { throw [System.ArgumentException]::new("Invalid site URL: $Url") }; $true }
$errors = [System.Collections.Generic.List[string]]::new()
$valid = foreach ($u in 'https://c.sharepoint.com/sites/a', 'http://bad/x', 'https://c.sharepoint.com/teams/b') {
    try { $null = Test-SiteUrl $u; $u } catch [System.ArgumentException] { $errors.Add($_.Exception.Message) } catch { 'other' } finally { $count++ }
}
$valid; $errors; $count

#### Matches with named groups
'Alice Smith <alice@contoso.com>' -match '^\s*(?<name>.+?)\s*<(?<mail>[^>]+)>\s*$'; $Matches.name; $Matches.mail; $Matches.Count
'abc' -match '(a)(?<x>b)(c)'; $Matches[1]; $Matches[2]; $Matches.x; ($Matches.Keys | ForEach-Object { "$_" } | Sort-Object) -join ','
'abc' -replace '(?<first>a)', '[${first}]'

#### Get-Culture TextInfo ToTitleCase
(Get-Culture).TextInfo.ToTitleCase('alice SMITH mcdonald-jones 3rd')

#### format operator with date and time formats
$d = [datetime]'2024-03-01 10:15:00'; '{0:yyyy-MM-dd HH:mm}' -f $d; '[{0,14:MMM dd yyyy}]' -f $d; $t = New-TimeSpan -Minutes 75; '{0:hh\:mm}' -f $t; '{0:c}' -f $t

#### Measure-Object results are doubles
$m = 1, 2, 3 | Measure-Object -Sum -Average -Maximum -Minimum; $m.Sum.GetType().Name; [pscustomobject]@{ Sum = $m.Sum; Max = $m.Maximum; Avg = $m.Average }

#### Group report with Measure-Object sums
$objects = 1..6 | ForEach-Object { [pscustomobject]@{ Id = $_; Kind = if ($_ % 3) { 'Team' } else { 'Comm' }; Size = $_ * 1.5 } }
$objects | Group-Object Kind | ForEach-Object { [pscustomobject]@{ Kind = $_.Name; Count = $_.Count; Total = ($_.Group | Measure-Object Size -Sum).Sum } }

#### datetime ParseExact and Parse
[datetime]::ParseExact('05/12/2024', 'dd/MM/yyyy', $null).ToString('MMMM yyyy'); [datetime]::ParseExact('2024-03-01 14:05', 'yyyy-MM-dd HH:mm', [Globalization.CultureInfo]::InvariantCulture).Hour; [datetime]::Parse('2024-01-02').Day
[datetime]::ParseExact('x', 'yyyy', $null)

#### ordered dictionary Contains and hashtable ContainsValue
$h = [ordered]@{ Tenant = 'contoso' }; $h.Contains('tenant'); $h.Contains('x'); @{ a = 'x' }.ContainsValue('x'); @{ a = 'x' }.ContainsValue('X')

#### script: site quotas from a CSV with ShouldProcess | -f
<#
.SYNOPSIS
  Sets storage quotas on a list of sites read from a CSV file.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$AdminUrl = 'https://contoso-admin.sharepoint.com',
    [string]$CsvPath = './sites.csv',
    [int]$DefaultQuotaMB = 1024
)

$ErrorActionPreference = 'Stop'
$timestamp = Get-Date -Format 'yyyyMMdd'
$logFile = "./quota-log-$timestamp.csv"

function Write-Log {
    param(
        [Parameter(Mandatory = $true)][string]$Message,
        [ValidateSet('Info', 'Warning', 'Error')][string]$Level = 'Info'
    )
    $line = '[{0}] {1}' -f $Level.ToUpper(), $Message
    Write-Host $line
}

function Set-SiteQuota {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [Alias('SiteUrl')]
        [string]$Url,
        [Parameter(ValueFromPipelineByPropertyName)]
        [int]$QuotaMB = 500,
        [switch]$Force
    )
    begin {
        $count = 0
        Write-Verbose "Starting quota update"
    }
    process {
        $count++
        if ($PSCmdlet.ShouldProcess($Url, "Set storage quota to $QuotaMB MB")) {
            [pscustomobject]@{ Url = $Url; QuotaMB = $QuotaMB; Status = 'Updated' }
        } else {
            [pscustomobject]@{ Url = $Url; QuotaMB = $QuotaMB; Status = 'Skipped' }
        }
    }
    end {
        Write-Log "Processed $count site(s)"
    }
}

@'
SiteUrl,QuotaMB,Owner
https://contoso.sharepoint.com/sites/hr,2048,alice@contoso.com
https://contoso.sharepoint.com/sites/finance,4096,bob@contoso.com
https://contoso.sharepoint.com/sites/it,1024,carol@contoso.com
'@ | Set-Content -Path $CsvPath

$sites = Import-Csv -Path $CsvPath
Write-Log "Loaded $($sites.Count) sites from $CsvPath"
$results = $sites | Set-SiteQuota -WhatIf
$results | Format-Table -AutoSize
$results = $sites | Set-SiteQuota
$results | Select-Object Url, @{Name = 'QuotaGB'; Expression = { '{0:N2}' -f ($_.QuotaMB / 1024) } }, Status
$total = ($sites | Measure-Object -Property QuotaMB -Sum).Sum
"Total quota: {0:N0} MB" -f $total
$report = @()
foreach ($s in $sites) {
    $report += [pscustomobject]@{
        Site   = $s.SiteUrl.Split('/')[-1]
        Owner  = $s.Owner.Substring(0, $s.Owner.IndexOf('@'))
        Domain = ($s.Owner -split '@')[1]
        Large  = [int]$s.QuotaMB -ge 2048
    }
}
$report | Sort-Object Site | Format-Table
$report | Group-Object Large | Select-Object Name, Count | Format-Table | Out-String -Stream | Where-Object { $_ }
$report | Export-Csv -Path $logFile -NoTypeInformation
Get-Content $logFile
Remove-Item $logFile, $CsvPath
try {
    Get-Item './missing-file.txt' -ErrorAction Stop
} catch {
    Write-Log "Could not read: $($_.Exception.Message)" -Level Warning
}
Write-Log 'Done' -Level Info

#### script: site inventory CSV round trips and reports | -f
# Site inventory report: CSV round trips, grouping and formatting
$ErrorActionPreference = 'Stop'
$reportPath = Join-Path (Get-Location) 'inventory.csv'
$sites = @(
    [pscustomobject]@{ Url = 'https://contoso.sharepoint.com/sites/hr'; Title = 'Human Resources'; StorageMB = 1536.75; Template = 'GROUP#0'; Owner = 'alice@contoso.com'; LastModified = [datetime]'2024-03-01 10:15:00' }
    [pscustomobject]@{ Url = 'https://contoso.sharepoint.com/sites/fin'; Title = 'Finance, Budget & "Plans"'; StorageMB = 20480.5; Template = 'STS#3'; Owner = 'bob@contoso.com'; LastModified = [datetime]'2023-11-20 08:00:00' }
    [pscustomobject]@{ Url = 'https://contoso.sharepoint.com/sites/it'; Title = "IT`nSupport"; StorageMB = 512.25; Template = 'GROUP#0'; Owner = ''; LastModified = [datetime]'2024-06-15 17:45:30' }
    [pscustomobject]@{ Url = 'https://contoso.sharepoint.com/sites/ops'; Title = 'Operations'; StorageMB = 0; Template = 'SITEPAGEPUBLISHING#0'; Owner = 'dan@contoso.com'; LastModified = [datetime]'2022-01-05 12:00:00' }
)
$sites | Export-Csv -Path $reportPath -NoTypeInformation -Encoding UTF8
Get-Content $reportPath
$back = Import-Csv $reportPath
$back.Count
$back[1].Title
$back[2].Title
($back | Where-Object { [double]$_.StorageMB -gt 1000 }).Url
$back | Select-Object Url, @{n='GB';e={'{0:N2}' -f ([double]$_.StorageMB / 1024)}} | Format-Table -AutoSize
$sites | Group-Object Template | Sort-Object Count -Descending | Format-Table Count, Name -AutoSize
($sites | Measure-Object StorageMB -Sum -Average -Maximum -Minimum).Maximum
$stats = $sites | Measure-Object StorageMB -Sum
"Total: {0:N1} MB across {1} sites" -f $stats.Sum, $stats.Count
$sites | Where-Object { -not $_.Owner } | ForEach-Object { Write-Warning "No owner: $($_.Url)" }
$sites | Sort-Object LastModified | Select-Object -First 2 -Property Title, @{Name='Modified'; Expression={ $_.LastModified.ToString('yyyy-MM-dd') }}
$sites | ForEach-Object { '{0,-45} {1,10:N0} {2}' -f $_.Url, $_.StorageMB, $_.Template }
$csv = $sites | Select-Object Url, Title | ConvertTo-Csv -NoTypeInformation
$csv
$csv | ConvertFrom-Csv | Select-Object -Last 1
$csv2 = $sites | Select-Object Url, StorageMB | ConvertTo-Csv -Delimiter ';' -NoTypeInformation
$csv2
$sites | Select-Object Url, Owner | Export-Csv -Path ./owners.csv -NoTypeInformation -Delimiter ';'
[pscustomobject]@{ Url = 'https://x'; Owner = 'zed' } | Export-Csv -Path ./owners.csv -NoTypeInformation -Delimiter ';' -Append
Get-Content ./owners.csv
Import-Csv ./owners.csv -Delimiter ';' | Format-Table
Import-Csv ./owners.csv -Delimiter ';' -Header 'A', 'B' | Select-Object -First 2
"Url,Count`nhttps://a,1`nhttps://b,2" | Set-Content ./h.csv
Import-Csv ./h.csv | ForEach-Object { $_.Count = [int]$_.Count * 10; $_ }
$templates = @{}
foreach ($s in $sites) { $templates[$s.Template] += 1 }
$templates.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Name): $($_.Value)" }
$now = Get-Date '2024-07-01'
foreach ($s in $sites) {
    $age = ($now - $s.LastModified).Days
    $status = if ($age -gt 365) { 'Stale' } elseif ($age -gt 90) { 'Quiet' } else { 'Active' }
    '{0,-12} {1,5} days  {2}' -f ($s.Url -split '/')[-1], $age, $status
}
$sites.Title -join ' | '
($sites | Select-Object -ExpandProperty Owner | Where-Object { $_ }) -replace '@contoso\.com$', ''
$sites[0].Url.ToUpper().Replace('HTTPS://', '').TrimEnd('/')
'{0:yyyy-MM-dd HH:mm}' -f $sites[0].LastModified
$sites[0].LastModified.AddDays(30).ToString('dddd d MMMM yyyy')
Remove-Item ./owners.csv, ./h.csv, $reportPath

#### script: URL validation, batches, sizes and splatting | -f
#Requires -Version 5.1
[CmdletBinding()]
param(
    [Parameter()][ValidateNotNullOrEmpty()][string]$TenantName = 'contoso',
    [ValidateRange(1, 100)][int]$BatchSize = 2
)
$script:processed = 0
$script:errors = [System.Collections.Generic.List[string]]::new()
$adminUrl = "https://$TenantName-admin.sharepoint.com"
Write-Verbose "Admin URL: $adminUrl"
Write-Host "Connecting to $adminUrl" -ForegroundColor Cyan

function Get-SiteBatch {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [object[]]$InputObject,
        [int]$Size = 2
    )
    begin { $batch = @() }
    process {
        foreach ($item in $InputObject) {
            $batch += $item
            if ($batch.Count -ge $Size) {
                , $batch
                $batch = @()
            }
        }
    }
    end { if ($batch.Count) { , $batch } }
}

function Test-SiteUrl {
    param([Parameter(Mandatory)][string]$Url)
    if ($Url -notmatch '^https://[\w-]+\.sharepoint\.com/(sites|teams)/[\w-]+$') {
        throw [System.ArgumentException]::new("Invalid site URL: $Url")
    }
    $true
}

function Convert-Size {
    param([long]$Bytes)
    switch ($Bytes) {
        { $_ -ge 1GB } { '{0:N2} GB' -f ($_ / 1GB); break }
        { $_ -ge 1MB } { '{0:N2} MB' -f ($_ / 1MB); break }
        { $_ -ge 1KB } { '{0:N2} KB' -f ($_ / 1KB); break }
        default { "$_ B" }
    }
}

$urls = @(
    "https://$TenantName.sharepoint.com/sites/marketing"
    "https://$TenantName.sharepoint.com/teams/dev-team"
    "http://bad.example.com/x"
    "https://$TenantName.sharepoint.com/sites/legal"
    "https://$TenantName.sharepoint.com/sites/sales_emea"
)
$valid = foreach ($u in $urls) {
    try {
        $null = Test-SiteUrl -Url $u
        $u
    } catch [System.ArgumentException] {
        $script:errors.Add($_.Exception.Message)
        Write-Warning $_.Exception.Message
    } catch {
        Write-Error "Unexpected: $_"
    } finally {
        $script:processed++
    }
}
"Valid: $($valid.Count) of $($urls.Count); processed $script:processed"
$i = 0
$valid | Get-SiteBatch -Size $BatchSize | ForEach-Object {
    $i++
    Write-Progress -Activity 'Processing batches' -Status "Batch $i" -PercentComplete ($i * 50)
    "Batch {0}: {1}" -f $i, ($_ -join ', ')
}
Write-Progress -Activity 'Processing batches' -Completed
$sizes = 512, 2048, 5MB, 3.5GB, 1023
$sizes | ForEach-Object { Convert-Size -Bytes $_ }
$params = @{
    Path        = './out.txt'
    Value       = 'line1', 'line2'
    Encoding    = 'utf8'
}
Set-Content @params
Add-Content -Path $params.Path -Value 'line3'
(Get-Content $params.Path).Count
Get-Content $params.Path -TotalCount 1
Remove-Item $params.Path
$users = 'Alice Smith <alice@contoso.com>', 'bob jones <BOB@Contoso.com>', ' carol  <carol@contoso.com> '
foreach ($u in $users) {
    if ($u -match '^\s*(?<name>.+?)\s*<(?<mail>[^>]+)>\s*$') {
        $name = (Get-Culture).TextInfo.ToTitleCase($Matches.name.ToLower())
        [pscustomobject]@{ Name = $name; Mail = $Matches.mail.ToLower(); Domain = $Matches.mail.Split('@')[1].ToLower() }
    }
}
$errors.Count
$errors | ForEach-Object { "ERR: $_" }
try {
    Get-Content './does-not-exist.txt' -ErrorAction Stop
} catch [System.Management.Automation.ItemNotFoundException] {
    "Not found: $($_.Exception.GetType().Name)"
}
try {
    [int]'abc'
} catch {
    "Cast failed: $($_.Exception.Message)"
}
$result = 1..5 | Where-Object { $_ % 2 } | ForEach-Object { $_ * $_ }
$result -join '+'
"{0:P1}" -f (3 / 8)
"{0:C}" -f 1234.5
'{0:D5}' -f 42
[string]::Format('{0} has {1} sites', $TenantName, $valid.Count)
$TenantName.PadRight(10, '.') + '|'
'a,b;c d' -split '[,; ]'
('x' * 3), ('-' * 10)

#### script: JSON config, ordered tables and file paths | -f
# OneDrive / site owner audit: JSON config, ordered hashtables, script paths, hashtable-driven logic
param([string]$ConfigPath = (Join-Path $PSScriptRoot 'audit-config.json'))
$scriptName = Split-Path -Leaf $MyInvocation.MyCommand.Path
"Running $scriptName"
$config = [ordered]@{
    Tenant    = 'contoso'
    Threshold = 75
    Exclude   = @('https://contoso.sharepoint.com/sites/archive', 'https://contoso.sharepoint.com/sites/test')
    Notify    = @{ To = 'admin@contoso.com'; Subject = 'Storage report' }
}
$config | ConvertTo-Json -Depth 3 | Set-Content $ConfigPath
$loaded = Get-Content $ConfigPath -Raw | ConvertFrom-Json
$loaded.Tenant
$loaded.Exclude.Count
$loaded.Notify.Subject
$loaded.PSObject.Properties.Name -join ', '
$config.Keys -join ','
$config['Threshold'] += 5
$config.Threshold
$config.Contains('Tenant')
$config.Remove('Notify')
$config.Count
$usage = [ordered]@{}
'hr', 'fin', 'it', 'archive' | ForEach-Object -Begin { $n = 10 } -Process { $usage[$_] = $n; $n *= 3 } -End { 'filled' }
$usage
$over = $usage.GetEnumerator() | Where-Object { $_.Value -gt $config.Threshold } | ForEach-Object { $_.Key }
"Over threshold: $($over -join ', ')"
$owners = @{
    hr  = @('alice', 'bob')
    fin = @('carol')
}
$owners['it'] = @()
foreach ($site in ($owners.Keys | Sort-Object)) {
    $list = $owners[$site]
    if (-not $list -or $list.Count -eq 0) { "${site}: no owners" ; continue }
    "${site}: $($list.Count) owner(s): $($list -join '; ')"
}
$all = $owners.Values | ForEach-Object { $_ } | Sort-Object -Unique
$all
$objects = 1..6 | ForEach-Object { [pscustomobject]@{ Id = $_; Kind = if ($_ % 3) { 'Team' } else { 'Comm' }; Size = $_ * 1.5 } }
$objects | Select-Object Kind -Unique
$objects | Sort-Object Kind, @{Expression = 'Size'; Descending = $true} | Format-Table -AutoSize
$objects | Group-Object Kind | ForEach-Object { [pscustomobject]@{ Kind = $_.Name; Count = $_.Count; Total = ($_.Group | Measure-Object Size -Sum).Sum } }
$objects | Where-Object Kind -eq 'Comm' | Select-Object -ExpandProperty Id
$objects.Where({ $_.Size -gt 6 }).Id
$objects.ForEach({ $_.Id * 10 }) -join ','
($objects | Measure-Object).Count
$lines = [System.IO.File]::ReadAllLines($ConfigPath)
$lines.Count -gt 3
$text = [System.IO.File]::ReadAllText($ConfigPath)
$text.Contains('"Tenant"')
[System.IO.Path]::GetFileNameWithoutExtension($ConfigPath)
[System.IO.Path]::GetExtension($ConfigPath)
Test-Path $ConfigPath -PathType Leaf
(Get-Item $ConfigPath).Name
Get-ChildItem -Path $PSScriptRoot -Filter '*.json' | Select-Object -ExpandProperty Name
Remove-Item $ConfigPath
"a{0}b" -f [Environment]::NewLine
$sb = [System.Text.StringBuilder]::new()
[void]$sb.AppendLine('Report')
[void]$sb.AppendFormat('{0} sites', 4)
$sb.ToString()
$date = Get-Date -Year 2024 -Month 2 -Day 29 -Hour 0 -Minute 0 -Second 0
$date.AddYears(1).ToString('yyyy-MM-dd')
(New-TimeSpan -Start $date -End $date.AddHours(36)).TotalHours
$date.DayOfWeek
[datetime]::ParseExact('05/12/2024', 'dd/MM/yyyy', $null).ToString('MMMM')

#### Set-StrictMode in a script
Set-StrictMode -Version Latest
$x = 1; "x=$x"

#### Math Round of an integer shown in a table
$q = 2048; [pscustomobject]@{ GB = [math]::Round($q / 1024, 2) }; [math]::Round(3, 1).GetType().Name

#### verbose text between a function's outputs
function Remove-Site { [CmdletBinding(SupportsShouldProcess)] param([Parameter(ValueFromPipeline)]$Url) process { if ($PSCmdlet.ShouldProcess($Url, 'Delete')) { "deleted $Url" } } }
'a', 'b' | Remove-Site -Verbose

#### script: sharing report with loops, switch and objects | -f
# External sharing report: nested functions, switch, while/do loops, arrays of hashtables, string building
function Get-SharingLabel {
    param([Parameter(Mandatory)][ValidateSet('Disabled', 'ExistingExternalUserSharingOnly', 'ExternalUserSharingOnly', 'ExternalUserAndGuestSharing')][string]$Capability)
    switch ($Capability) {
        'Disabled' { 'Internal only' }
        'ExistingExternalUserSharingOnly' { 'Existing guests' }
        'ExternalUserSharingOnly' { 'New and existing guests' }
        default { 'Anyone' }
    }
}
function Format-Row {
    param([hashtable]$Row, [string[]]$Columns)
    ($Columns | ForEach-Object { "$($Row[$_])".PadRight(12) }) -join ''
}
$rows = @(
    @{ Site = 'hr'; Sharing = 'Disabled'; Guests = 0 }
    @{ Site = 'marketing'; Sharing = 'ExternalUserAndGuestSharing'; Guests = 14 }
    @{ Site = 'partners'; Sharing = 'ExternalUserSharingOnly'; Guests = 6 }
)
Format-Row -Row @{ Site = 'SITE'; Sharing = 'LABEL'; Guests = 'GUESTS' } -Columns Site, Sharing, Guests
foreach ($r in $rows) {
    $r.Sharing = Get-SharingLabel -Capability $r.Sharing
    Format-Row -Row $r -Columns Site, Sharing, Guests
}
try { Get-SharingLabel -Capability 'Everyone' } catch { $_.Exception.Message }
try { Get-SharingLabel } catch { $_.FullyQualifiedErrorId }
$total = 0
$i = 0
while ($i -lt $rows.Count) { $total += $rows[$i].Guests; $i++ }
"Guests: $total"
$attempt = 0
do {
    $attempt++
    $ok = $attempt -ge 3
    "attempt $attempt ok=$ok"
} until ($ok)
$retry = 0
do { $retry++ } while ($retry -lt 5)
$retry
for ($n = 10; $n -gt 0; $n -= 4) { "n=$n" }
:outer foreach ($a in 1..3) {
    foreach ($b in 1..3) {
        if ($b -eq 2) { continue outer }
        if ($a -eq 3) { break outer }
        "$a-$b"
    }
}
$summary = switch -Regex ('GROUP#0', 'STS#3', 'SITEPAGEPUBLISHING#0', 'TEAMCHANNEL#1') {
    '^GROUP' { 'Microsoft 365 group'; continue }
    '^STS' { 'Team site (classic)'; continue }
    'PUBLISHING' { 'Communication site'; continue }
    default { "Other ($_)" }
}
$summary
switch -Wildcard ('report.csv') { '*.csv' { 'CSV file' } '*.json' { 'JSON file' } }
$text = ''
foreach ($w in 'alpha', 'beta', 'gamma') { $text += $w.Substring(0, 1).ToUpper() + $w.Substring(1) + ' ' }
$text.Trim()
$list = New-Object System.Collections.ArrayList
[void]$list.Add('one'); $null = $list.Add('two'); $list.Add('three') | Out-Null
$list.Count; $list -join ','
$list.Remove('two'); $list
$arr = @(); $arr += 'a'; $arr += @('b', 'c'); $arr.Count
$arr -contains 'b'; 'c' -in $arr; $arr -notcontains 'z'
$arr[-1]; $arr[0..1] -join ''
$h = @{}; $h.Add('k1', 'v1'); $h['k2'] = 'v2'; $h.k3 = 'v3'; ($h.Keys | Sort-Object) -join ','
$h.ContainsKey('K1')
$obj = New-Object PSObject -Property ([ordered]@{ Name = 'x'; Value = 1 })
$obj | Add-Member -MemberType NoteProperty -Name Extra -Value 'e'
$obj | Add-Member -NotePropertyName Computed -NotePropertyValue 42 -PassThru | Select-Object Name, Extra, Computed
$obj.psobject.Properties | ForEach-Object { '{0}={1}' -f $_.Name, $_.Value }
$null -eq $obj.Missing
[string]::IsNullOrWhiteSpace('  ')
[string]::IsNullOrEmpty($null)
'{0:N0} bytes' -f 1234567
'{0,8:F2}|' -f 3.14159
"Tab`tSeparated"
'single $notExpanded'
"double $($rows.Count) expanded and `$escaped"
$multi = @"
Report for $((Get-Date -Year 2024 -Month 1 -Day 1).Year)
Sites: $($rows.Count)
"@
$multi

#### a Double is rounded from its exact value, half to even on an exact tie; P shifts its digits
'{0:F2}' -f 2.675; '{0:N2}' -f 2.675; (2.675).ToString('F2'); '{0:P2}' -f 0.12345; '{0:P1}' -f 0.0125
'{0:F1}' -f 0.05; '{0:F1}' -f 0.15; '{0:F1}' -f 0.25; '{0:F0}' -f 0.5; '{0:F0}' -f 1.5; '{0:F0}' -f 2.5
'{0:N0}' -f 1234567.5; '{0:N2}' -f -0.001; '{0:F2}' -f 1e22; '{0:F20}' -f 0.1; '{0:P0}' -f 0.125

#### dates written with a month's name, and ParseExact's day names
$f = 'yyyy-MM-dd HH:mm:ss'
([datetime]::Parse('March 5, 2024')).ToString($f); ([datetime]'5 Mar 2024 10:00').ToString($f); ([datetime]'Tuesday, March 5, 2024').ToString($f)
([datetime]'Mar 5 2024').ToString($f); ([datetime]'2024 March 5').ToString($f); ([datetime]'March 2024').ToString($f); ([datetime]'March 5, 2024 3:04 PM').ToString($f)
$g = [datetime]'Tue, 05 Mar 2024 10:00:00 GMT'; $g.Kind; $g.ToUniversalTime().ToString($f)
([datetime]::ParseExact('Tue, 05 Mar 2024', 'ddd, dd MMM yyyy', $null)).ToString($f); ([datetime]::ParseExact('Tuesday 05 March 2024', 'dddd dd MMMM yyyy', $null)).ToString($f)
[datetime]'Monday, March 5, 2024'
[datetime]'Smarch 5, 2024'

#### Sort-Object -Unique keeps the first of equal objects
'b','A','a','B' | Sort-Object -Unique; 'apple','Apple','APPLE' | Sort-Object -Unique; 'b','A','a','B' | Sort-Object -Unique -Descending
[pscustomobject]@{n='x';v=1},[pscustomobject]@{n='X';v=2} | Sort-Object n -Unique | ForEach-Object v

#### Import-Csv of a missing file or a wildcard that matches nothing, and a column name given twice
Import-Csv ./nope*.csv -ErrorAction SilentlyContinue; 'x'
'a,a,b','1,2,3' | ConvertFrom-Csv -ErrorAction SilentlyContinue; 'y'
'a,b','1,2' | ConvertFrom-Csv -Header a,A; "$($Error[0].CategoryInfo)"; "$($Error[2].CategoryInfo)"

#### Add-Member -TypeName goes first in the type names
$o = [pscustomobject]@{a=1}; $o | Add-Member -TypeName My.T; $o.PSObject.TypeNames[0]
$o | Add-Member -NotePropertyName b -NotePropertyValue 2 -TypeName My.U; $o.PSObject.TypeNames -join ','
(Add-Member -InputObject ([pscustomobject]@{}) -TypeName Z.Z -PassThru).pstypenames[0]

#### Select-Object -ExpandProperty with -Property gives each value the selected properties
$o = [pscustomobject]@{Name='x';Tags=@('a','b')}; $o | Select-Object -ExpandProperty Tags -Property Name | ForEach-Object { "$_ $($_.Name)" }
[pscustomobject]@{N=1;P=[pscustomobject]@{a=2}} | Select-Object -Property N -ExpandProperty P
$o | Select-Object -ExpandProperty Nope -Property Name

#### -PipelineVariable of an advanced function is set where the pipeline runs
function PV { [CmdletBinding()] param([Parameter(ValueFromPipeline)]$x) process { $x } }; 1..2 | PV -PipelineVariable pv | ForEach-Object { "$pv-$_" }
function Q { [CmdletBinding()] param() 5; 6 }; Q -PipelineVariable q | ForEach-Object { "q=$q" }; "after [$pv]"

#### ConvertTo-Json past -Depth writes a list of custom objects made in the script as their .NET text, nothing
@{a=@(@{b=@([pscustomobject]@{c=1})})} | ConvertTo-Json -Compress; [pscustomobject]@{a=@([pscustomobject]@{x=1})} | ConvertTo-Json -Depth 0 -Compress

#### a string converts to an exception through its constructor
try { throw [System.InvalidOperationException]'bad op' } catch { $_.Exception.GetType().FullName; $_.Exception.Message; $_.FullyQualifiedErrorId }
([Exception]'m').Message; ([System.ArgumentException]'x').Message; ([Exception]([System.ArgumentException]'y')).GetType().Name

#### Sort-Object sorts with .NET's unstable sort, unless -Stable (equal objects in .NET's order)
'b','B','a' | Sort-Object; 'b','A','a','B' | Sort-Object; 'b','B','a' | Sort-Object -Stable
'b','B','a' | Sort-Object -Unique; 'B','b' | Sort-Object -Unique; 'b','B','a','A' | Sort-Object -Unique
$words = 'delta','Alpha','charlie','ALPHA','bravo','Delta','alpha','Charlie','BRAVO','echo','Echo','foxtrot','golf','Golf','hotel','Hotel','india','India','juliet','Juliet'
($words | Sort-Object) -join ','; ($words | Sort-Object -Descending) -join ','; ($words | Sort-Object -Unique) -join ','

#### a path casts to FileInfo or DirectoryInfo, taken against the process's working folder
$f = [System.IO.FileInfo]'/tmp/spo-no-such-file.txt'; $f.Name; $f.BaseName; $f.Extension; $f.Exists; $f.FullName; $f.DirectoryName; $f.Directory.FullName
([System.IO.DirectoryInfo]'/tmp').Exists; ([System.IO.FileInfo]'/etc/hostname').Exists; (Get-Item /etc/hostname) -is [System.IO.FileInfo]; (Get-Item /tmp) -is [IO.DirectoryInfo]
function t([System.IO.FileInfo]$p) { $p.Name }; t /etc/hostname; ([IO.FileInfo]'/tmp/a.b.c').BaseName; ([IO.DirectoryInfo]'/spo-nope/dir').Parent.FullName; "$([IO.FileInfo]'/tmp/q.txt')"; ([System.IO.FileInfo]'/tmp').Exists
