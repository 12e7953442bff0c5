# ConvertFrom-Csv's -InputObject is PSObject[] in pwsh: any object binds (by value, before a property of
# the same name) and is read as its text; [ValidateNotNull] refuses $null and a null element, with its own
# messages, before a mandatory parameter's "because it is null" (functions' [ValidateNotNull] too).

#### the parameter's type
(Get-Command ConvertFrom-Csv).Parameters.InputObject.ParameterType.FullName
Get-Command ConvertFrom-Csv -Syntax

#### strings and other objects as lines
ConvertFrom-Csv -InputObject 'a,b','1,2'
ConvertFrom-Csv -InputObject 'h',5,$true | ConvertTo-Json -Compress
ConvertFrom-Csv -InputObject 'h',@{a=1} | ConvertTo-Json -Compress
ConvertFrom-Csv -InputObject 'h',(1,2) | ConvertTo-Json -Compress
ConvertFrom-Csv 'h',1.5 | ConvertTo-Json -Compress
'h',(1,2) | ConvertFrom-Csv | ConvertTo-Json -Compress

#### a custom object binds by value, not by its InputObject property
'h',[pscustomobject]@{InputObject='q,r'} | ConvertFrom-Csv | ConvertTo-Json -Compress

#### null input
$r = ConvertFrom-Csv -InputObject 'h',$null,'x'; 'after'
$r = ConvertFrom-Csv -InputObject $null; 'n'
$r = 'h',$null,'x' | ConvertFrom-Csv; @($r).Count

#### ValidateNotNull on a function parameter
function f1 { param([ValidateNotNull()][object[]]$a) "ok $($a.Count)" }
f1 1,$null
f1 @()
function f2 { param([ValidateNotNull()]$a) 'ok' }
f2 @(1,$null)
f2 $null
function f3 { param([Parameter(Mandatory)][ValidateNotNull()]$a) 'ok' }
f3 $null
function f4 { param([Parameter(Mandatory)][ValidateNotNullOrEmpty()]$a) 'ok' }
f4 $null
function f5 { param([Parameter(Mandatory)][ValidateNotNull()][string]$a) 'ok' }
f5 $null

#### ConvertTo-Csv and Export-Csv -NoHeader: the rows alone, no #TYPE line either
[pscustomobject]@{a=1;b=2},[pscustomobject]@{a=3;b=4} | ConvertTo-Csv -NoHeader -IncludeTypeInformation
[pscustomobject]@{a=1;b=2} | Export-Csv ./nh.csv -NoHeader
Get-Content ./nh.csv
[pscustomobject]@{a=5;b=6} | Export-Csv ./nh.csv -NoHeader -Append
Get-Content ./nh.csv
Remove-Item ./nh.csv

#### Export-Csv -Append: an object without one of the file's columns, and -Force
[pscustomobject]@{a=1} | Export-Csv ./ap.csv
try { [pscustomobject]@{b=1},[pscustomobject]@{a=2} | Export-Csv ./ap.csv -Append } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName; "[$($_.TargetObject)]" }
Get-Content ./ap.csv
[pscustomobject]@{b=1;a=3} | Export-Csv ./ap.csv -Append
[pscustomobject]@{b=1} | Export-Csv ./ap.csv -Append -Force
Get-Content ./ap.csv
Remove-Item ./ap.csv

#### the CSV writers' parameters and -UseCulture
(Get-Command ConvertTo-Csv).Parameters.Keys -join ','
Get-Command ConvertTo-Csv -Syntax
Get-Command Export-Csv -Syntax
[pscustomobject]@{a=1;b=2} | ConvertTo-Csv -UseCulture
