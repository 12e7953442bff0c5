# A fourth battery of admin idioms against pwsh 7.6.10: member enumeration of properties that hold
# lists (REST and JSON results, groups), a script's trap that exits, and Measure-Object over CSV text.

#### member enumeration flattens the lists the objects hold
$o = [pscustomobject]@{ T = @('a', 'b') }, [pscustomobject]@{ T = @('c') }
$o.T.Count
$o.T -join ','
$o.T -contains 'c'
$o.T | ForEach-Object { "[$_]" }
(1..3 | Group-Object { $_ % 2 }).Group.Count
$j = '{"value":[{"tags":["a","b"]},{"tags":["c"]}]}' | ConvertFrom-Json
$j.value.tags.Count

#### a script's trap that exits ends the script with its code
trap { "Error: $_"; exit 3 }
'before'
throw 'boom'
'after'

#### a script's trap that returns ends the script
trap { 'trapped'; return }
throw 'x'
'after'

#### Measure-Object converts CSV text as a [double] cast does
"Url,Quota`na,100`nb,9" | ConvertFrom-Csv | Measure-Object Quota -Maximum -Minimum | Select-Object Maximum, Minimum
"Url,Quota`na,100`nb,`nc,20" | ConvertFrom-Csv | Measure-Object Quota -Sum | Select-Object Count, Sum
' 7 ', '0x10', '1,000' | Measure-Object -Sum -Maximum -Minimum | Select-Object Sum, Maximum, Minimum

#### Measure-Object skips what is not numeric after its error, and compares a number with text as text
'a', '5' | Measure-Object -Sum -Maximum
'5', 'a', '7' | Measure-Object -Sum -Average | Select-Object Count, Sum, Average
3, 'a' | Measure-Object -Maximum | ForEach-Object Maximum

#### a compound assignment in a function starts from the function's own variable
$n = 5
function f1 { $n += 1; "plus=$n" }
f1
function f2 { $n *= 2; "times=$n" }
f2
function f3 { $n ??= 3; "coalesce=$n" }
f3
function f4 { $script:n += 1; "script=$script:n" }
f4
function f5 { $n = 10; & { $n += 1; "inner=$n" } }
f5
function m { $n++; "m=$n" }
m
. { $n += 1; "dot=$n" }
1..3 | ForEach-Object { $t += $_ }
"t=$t"

#### a function with only a body sees the last object bound from the pipeline
function f { param([Parameter(ValueFromPipeline)]$x) "x=$x" }
1, 2, 3 | f
function g { param([Parameter(ValueFromPipeline)]$x) begin { "begin=$x" } end { "end=$x"; "input=$input" } }
1, 2 | g

#### a slice leaves out the positions past either end
$a = 1..5
$a[3..7].Count
$a[0, 9, 1] -join '|'
$a[-1..-9].Count
'abc'[1..5] -join ','
$l = [System.Collections.Generic.List[int]]@(1, 2, 3)
$l[1..5].Count

#### New-Item reports a folder it cannot make as .NET words it
$d = Join-Path ([IO.Path]::GetTempPath()) "spo-ni-$PID"
New-Item -ItemType Directory -Path $d | Out-Null
New-Item -ItemType File -Path (Join-Path $d 'x.txt') | Out-Null
try { New-Item -ItemType Directory -Path (Join-Path $d 'x.txt/sub') -ErrorAction Stop } catch { $_.Exception.Message.Replace($d, '<d>'); $_.FullyQualifiedErrorId }
try { New-Item -ItemType Directory -Path /proc/spo-nope -ErrorAction Stop } catch { $_.Exception.Message; $_.Exception.GetType().Name }
Remove-Item $d -Recurse

#### a Guid's text in a format, and Guids and Uris in JSON
$g = [guid]'0f8fad5b-d9cb-469f-a165-70867728950e'
$g.ToString('N')
$g.ToString('B')
$g.ToString('P')
$g.ToString('X')
[pscustomobject]@{ Id = $g; Url = [uri]'https://contoso.sharepoint.com/sites/A?x=1' } | ConvertTo-Json -Compress
[uri]'https://x/a' | ConvertTo-Json -Compress
[guid]::Empty | ConvertTo-Json -Compress
ConvertTo-Json ([guid]::Empty) -Compress

#### an old CSOM script loads the SharePoint client assemblies by partial name
[void][Reflection.Assembly]::LoadWithPartialName('Microsoft.SharePoint.Client')
[System.Reflection.Assembly]::LoadWithPartialName('Microsoft.SharePoint.Client.Runtime') | Out-Null
$null -eq [System.Reflection.Assembly]::LoadWithPartialName('Microsoft.SharePoint.Client')
'loaded'

#### Text.Encoding's ASCII, Default and GetEncoding
[Text.Encoding]::ASCII.GetBytes('Aé') -join ','
[Text.Encoding]::ASCII.GetString([byte[]](65, 200))
[Text.Encoding]::ASCII | Select-Object EncodingName, WebName, CodePage
[Text.Encoding]::Default.GetType().FullName
[Text.Encoding]::Default.GetPreamble().Count
[Text.Encoding]::GetEncoding('utf-8').GetPreamble().Count
[Text.Encoding]::GetEncoding(1200).WebName
[Text.Encoding]::GetEncoding('ascii').WebName
[Text.Encoding]::GetEncoding('nope')

#### a link whose folder cannot be made
New-Item -ItemType SymbolicLink -Path /proc/spo-nope/link -Target / -Force
'after'
