# The cmdlets SharePoint administrators use to produce and ship reports: ConvertTo-Html, Get-FileHash,
# Compress-Archive and Expand-Archive (file cases work in their own folder under the case directory and remove it).

#### ConvertTo-Html: the page around a table of custom objects
[pscustomobject]@{Name='a<b'; Length=5; X=$null} | ConvertTo-Html
([pscustomobject]@{A=1} | ConvertTo-Html).Count
([pscustomobject]@{A=1} | ConvertTo-Html -Fragment).GetType().FullName

#### ConvertTo-Html: syntax and parameters
Get-Command ConvertTo-Html -Syntax
(Get-Command ConvertTo-Html).Parameters.CssUri.Aliases
(Get-Command ConvertTo-Html).ParameterSets.Name

#### ConvertTo-Html: strings, numbers, hashtables and nothing
1,2 | ConvertTo-Html -Fragment
'ab','c' | ConvertTo-Html -Fragment
@{a=1} | ConvertTo-Html -Fragment
@{a=1} | ConvertTo-Html -Fragment -Property a,b
ConvertTo-Html -Fragment
$null | ConvertTo-Html -Fragment
ConvertTo-Html

#### ConvertTo-Html: values are HTML-encoded, header names are not
[pscustomobject]@{'a<b'="x`"y'z & é ü"; N=[pscustomobject]@{x=1}; L=[System.Collections.Generic.List[int]]@(1,2); S=[char]'c'; Arr=1,2; B=$true; D=1.5} | ConvertTo-Html -Fragment
[pscustomobject]@{A="line1`nline2";B='  sp  '} | ConvertTo-Html -Fragment

#### ConvertTo-Html: -Property names, wildcards and calculated properties
[pscustomobject]@{A=1;B='x';C=3} | ConvertTo-Html -Fragment -Property A,@{l='Dbl';e={$_.A*2}},@{n='W';e={'w'};width=10;alignment='right'}
[pscustomobject]@{A=1;B='x';C=3} | ConvertTo-Html -Fragment -Property A*,C
[pscustomobject]@{A=1} | ConvertTo-Html -Fragment -Property @{e='A';width=5},@{e='A';a='left';l='B'}
[pscustomobject]@{A=1} | ConvertTo-Html -Fragment -Property {$_.A + 1}
[pscustomobject]@{A=1} | ConvertTo-Html -Fragment -Property nope,A
[pscustomobject]@{A=1} | ConvertTo-Html -Fragment -Property nope
[pscustomobject]@{A=1;B=2} | ConvertTo-Html -Fragment -Property A,@{e={throw 'boom'}}
1,[pscustomobject]@{A=1} | ConvertTo-Html -Fragment -Property A

#### ConvertTo-Html: the first object's columns hold for the rest
[pscustomobject]@{A=1},[pscustomobject]@{B=2;A=3} | ConvertTo-Html -Fragment
[pscustomobject]@{A=1;B=2},[pscustomobject]@{B=4} | ConvertTo-Html -Fragment
1,[pscustomobject]@{A=1} | ConvertTo-Html -Fragment
[pscustomobject]@{A=1},$null,[pscustomobject]@{A=2} | ConvertTo-Html -Fragment

#### ConvertTo-Html -As List
[pscustomobject]@{A=1;B='x'},[pscustomobject]@{A=2;B='y'} | ConvertTo-Html -As List
[pscustomobject]@{A=1},'str',[pscustomobject]@{B=1} | ConvertTo-Html -Fragment -As List
1,[pscustomobject]@{A=1} | ConvertTo-Html -Fragment -As List
[pscustomobject]@{A=1},1,[pscustomobject]@{A=2} | ConvertTo-Html -Fragment -As List
[pscustomobject]@{A=1;B=2;C=3} | ConvertTo-Html -Fragment -As List -Property A*,@{l='X';e={'<x>'};width=4}

#### ConvertTo-Html -Title, -Body, -PreContent, -PostContent
[pscustomobject]@{A=1;B='x'} | ConvertTo-Html -Title 'T<' -Body '<b>body</b>','b2' -PreContent 'pre1','pre2' -PostContent 'post'
[pscustomobject]@{A=1;B='x'} | ConvertTo-Html -Fragment -PreContent '<h2>Sites</h2>' -PostContent 'end'
[pscustomobject]@{A=1} | ConvertTo-Html 'A' '<style>td{}</style>' 'Title' 'Body'

#### ConvertTo-Html -Head, -CssUri, -Charset, -Meta, -Transitional
[pscustomobject]@{A=1;B='x'} | ConvertTo-Html -Head '<h>','h2' -CssUri 'style.css' -Charset 'UTF-8' -Meta @{author='me'} -Transitional
[pscustomobject]@{A=1} | ConvertTo-Html -CssUri 'a b.css?x=1&y=2' -Title 'x&y'
[pscustomobject]@{A=1} | ConvertTo-Html -Meta @{'content-type'='text/html'}
[pscustomobject]@{A=1} | ConvertTo-Html -Meta @{viewport='w<'} -Head 'hh' -Title tt
[pscustomobject]@{A=1} | ConvertTo-Html -Meta @{refresh=10} -Fragment:$false

#### ConvertTo-Html errors
[pscustomobject]@{A=1} | ConvertTo-Html -As Foo
[pscustomobject]@{A=1} | ConvertTo-Html -Property @{e={1};x=2}
[pscustomobject]@{A=1} | ConvertTo-Html -Fragment -Property @{l='X'}
[pscustomobject]@{A=1} | ConvertTo-Html -Charset 'x<'
[pscustomobject]@{A=1} | ConvertTo-Html -Title $null
[pscustomobject]@{A=1} | ConvertTo-Html -Fragment -Meta @{a=1}
[pscustomobject]@{A=1} | ConvertTo-Html -Fragment -Title x
try { [pscustomobject]@{A=1} | ConvertTo-Html -Property @{x=1} } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }

#### ConvertTo-Html: the typical report line
$null = New-Item -ItemType Directory ./rep1/in; Set-Content ./rep1/in/a.txt hello; Set-Content ./rep1/in/b.txt 'hello world'
Get-ChildItem ./rep1/in | Select-Object Name, Length | ConvertTo-Html -Title 'Sites' | Out-File ./rep1/report.html
Get-Content ./rep1/report.html
Get-ChildItem ./rep1/in/*.txt | ConvertTo-Html -Property Name,Length -Fragment
Remove-Item ./rep1 -Recurse

#### Get-FileHash: syntax and algorithms
Get-Command Get-FileHash -Syntax
(Get-Command Get-FileHash).ModuleName

#### Get-FileHash: each algorithm
$null = New-Item -ItemType Directory ./fh1; Set-Content ./fh1/a.txt hello -NoNewline; Set-Content ./fh1/b.log 'x'
foreach ($a in 'SHA1','SHA256','SHA384','SHA512','MD5','md5') { $h = Get-FileHash ./fh1/a.txt -Algorithm $a; $h.Algorithm; $h.Hash; (Split-Path $h.Path -Leaf) }
(Get-FileHash ./fh1/a.txt).psobject.TypeNames
Get-FileHash ./fh1/a.txt -Algorithm MD5 | Format-List Algorithm, Hash
(Get-FileHash ./fh1/*).Path | Split-Path -Leaf
(Get-FileHash -LiteralPath ./fh1/a.txt, ./fh1/b.log SHA1).Hash
(Get-ChildItem ./fh1 | Get-FileHash -Algorithm MD5).Hash
(Get-FileHash ./fh1).Count
Remove-Item ./fh1 -Recurse

#### Get-FileHash: its table
$null = New-Item -ItemType Directory ./fh2; Set-Content ./fh2/a.txt hello
Get-FileHash ./fh2/a.txt -Algorithm MD5 | Format-Table Algorithm, Hash
Get-FileHash ./fh2/a.txt -Algorithm SHA1 | Select-Object Algorithm, Hash
Remove-Item ./fh2 -Recurse

#### Get-FileHash errors
Get-FileHash ./fh-nope.txt
Get-FileHash -LiteralPath ./fh-nope.txt
Get-FileHash ./fh-nope*.txt; 'nothing'
Get-FileHash ./x.txt -Algorithm Foo
Get-FileHash -InputStream 'abc'
$null = New-Item -ItemType Directory ./fh3; Get-FileHash ./fh3 -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category; Remove-Item ./fh3
Get-FileHash -LiteralPath ./fh-nope.txt -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category
