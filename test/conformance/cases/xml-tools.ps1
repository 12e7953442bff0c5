# Select-Xml, ConvertTo-Xml: XPath queries over documents, files and text; objects written as XML.

#### Select-Xml on documents
$x = [xml]'<r><i n="1">a</i><i n="2">b</i></r>'
Select-Xml -Xml $x -XPath '//i'
Select-Xml -Xml $x -XPath '//i' | Format-List
Select-Xml -Xml $x -XPath '//i/@n' | Select-Object -ExpandProperty Node
Select-Xml '//i' $x | ForEach-Object { $_.Node.InnerText }
$x | Select-Xml -XPath '//i[@n=2]' | ForEach-Object { $_.ToString(); $_.Path; $_.Pattern }
Select-Xml -Xml $x.r -XPath 'i[1]' | ForEach-Object { "$_" }
(Select-Xml -Xml $x -XPath '//i')[0].GetType().FullName

#### Select-Xml on text
Select-Xml -Content '<a><b>x</b></a>' -XPath '//b'
'<a><b>x</b></a>' | Select-Xml -XPath //b | ForEach-Object ToString
Select-Xml -Content '<a/>', '<b/>' -XPath '//*'
Select-Xml -Content '<a><b>x</b> </a>' -XPath '//a' | ForEach-Object ToString
Select-Xml -Content '<a b=" y "/>' -XPath '//@b' | ForEach-Object ToString
Select-Xml -Content '<a>x</a>' -XPath '//a/text()' | Format-List
Select-Xml -Content '<a><!--c--></a>' -XPath '//comment()' | ForEach-Object ToString
Select-Xml -Content '<r> <i/> </r>' -XPath '//text()' | Measure-Object | ForEach-Object Count

#### Select-Xml namespaces
$doc = '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:d="urn:d"><entry><d:Title>One</d:Title></entry><entry><d:Title>Two</d:Title></entry></feed>'
Select-Xml -Content $doc -XPath '//entry' | Measure-Object | ForEach-Object Count
Select-Xml -Content $doc -XPath '//a:entry/d:Title' -Namespace @{ a = 'http://www.w3.org/2005/Atom'; d = 'urn:d' } | ForEach-Object ToString
Select-Xml -Content $doc -XPath '//d:*' -Namespace @{ d = 'urn:d' } | ForEach-Object { $_.Node.InnerText }
Select-Xml -Content '<a xml:lang="en"/>' -XPath '//@xml:lang' -Namespace @{ q = 'u' } | ForEach-Object ToString

#### Select-Xml files
$null = New-Item -ItemType Directory ./sx1
Set-Content ./sx1/a.xml '<?xml version="1.0"?>', '<root xmlns:d="urn:d">', '  <d:item id="1">one</d:item>', '  <item id="2">two</item>', '</root>'
Set-Content ./sx1/b.xml '<r><i>z</i></r>' -NoNewline
Select-Xml -Path ./sx1/a.xml, ./sx1/b.xml -XPath '//item|//i' | ForEach-Object { $_.Node.Name; $_.Path -replace '.*/sx1/', '' }
Select-Xml -Path ./sx1/*.xml -XPath '//i' | ForEach-Object { $_.ToString() -replace ':.*/sx1/', ':' }
Select-Xml -LiteralPath ./sx1/a.xml -XPath '//d:item' -Namespace @{ d = 'urn:d' } | ForEach-Object { $_.Node.id }
Select-Xml -Path ./sx1/a.xml -XPath '//text()' | ForEach-Object { '[' + $_.Node.Value + ']' }
Get-ChildItem ./sx1/b.xml | Select-Xml -XPath '//i' | ForEach-Object { $_.Node.InnerText }
Select-Xml -Path ./sx1/none*.xml -XPath '//a'; 'no match is silent'
Remove-Item ./sx1 -Recurse

#### Select-Xml file errors
$null = New-Item -ItemType Directory ./sx2
Set-Content ./sx2/bad.txt 'not xml' -NoNewline
Set-Content ./sx2/two.xml '<a/><b/>' -NoNewline
Set-Content ./sx2/mis.xml '<a></b>' -NoNewline
Set-Content ./sx2/empty.xml '' -NoNewline
Select-Xml -Path ./sx2/bad.txt, ./sx2/two.xml, ./sx2/mis.xml, ./sx2/empty.xml -XPath '//a' -ErrorVariable e 2>$null; $e.Count
$e | ForEach-Object { ($_.Exception.Message -replace "'[^']*/sx2/", "'") + ' | ' + $_.FullyQualifiedErrorId + ' | ' + $_.CategoryInfo.Category }
Select-Xml -Path ./sx2 -XPath '//a' -ErrorVariable e 2>$null; $e[0].Exception.Message -replace "'[^']*/sx2'", "'sx2'"
Select-Xml -LiteralPath ./sx2/nope.xml -XPath '//a' -ErrorVariable e 2>$null; $e[0].Exception.Message -replace "'[^']*/sx2/", "'"
try { Select-Xml -Path ./sx2/nope.xml, ./sx2/two.xml -XPath '//a' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
Remove-Item ./sx2 -Recurse

#### Select-Xml query and content errors
Select-Xml -Content '<a/>' -XPath '//a['; 'after'
Select-Xml -Content '<a/>' -XPath 'count(//a)'
Select-Xml -Content '<a/>' -XPath '//p:a'
Select-Xml -Content '<a/>' -XPath '//p:a' -Namespace @{ q = 'u' }
Select-Xml -Content '<a/>' -XPath '//a[foo()]' -Namespace @{ q = 'u' }
try { Select-Xml -Content '<a/>', '<b/>' -XPath '//a[' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }
Select-Xml -Content '<a/>', '<b>', '<c/>' -XPath '//*'
$Error[0].FullyQualifiedErrorId
Select-Xml -Content '<a/><b/>' -XPath '//a'

#### Select-Xml binding errors
Select-Xml -Xml 'notxml' -XPath '//a'
Select-Xml -Xml 1, 'x' -XPath '//a'
Select-Xml -Xml @() -XPath '//a'
Select-Xml -Xml $null -XPath '//a'
Select-Xml -Content '' -XPath '//a'
Select-Xml -Content '<a/>' -XPath ''
Select-Xml -Content '<a/>' -XPath '//a', '//b'
Select-Xml -Content '<a/>' -XPath '//a' -Namespace @{}
Select-Xml -Content '<a/>' -XPath '//a' -Namespace @{ xml = 'u' }
Select-Xml -Content '<a/>' -XPath '//a' -Namespace @{ xmlns = 'u' }
Select-Xml -Content '<a/>' -XPath '//a' -Namespace @{ d = $null }
Get-Command Select-Xml -Syntax

#### ConvertTo-Xml values as strings
'abc' | ConvertTo-Xml -As String
5, 'x', $true, [long]12345678901, [decimal]2.5, [char]'c', [byte]3 | ConvertTo-Xml -As String
0.1 + 0.2, 1e-5, 0.0001, 1e16, 1e17, [double]::MaxValue | ConvertTo-Xml -As String
[datetime]'2024-01-02T03:04:05', [guid]::Empty, [version]'1.2', [timespan]'1:00', [uri]'http://x/', { a b } | ConvertTo-Xml -As String
'', "a`nb", "x`r`ny", '<&>"' | ConvertTo-Xml -As String
$null | ConvertTo-Xml -As String
@() | ConvertTo-Xml -As String

#### ConvertTo-Xml objects, lists and dictionaries
[pscustomobject]@{ a = 1; b = 'x'; n = $null; e = @(); l = 1, 2 } | ConvertTo-Xml -As String
ConvertTo-Xml -InputObject 1, 'a' -As String
@{ k = 1 } | ConvertTo-Xml -As String
[ordered]@{ k = 1; j = @(1, 2); h = [ordered]@{ q = 'r' } } | ConvertTo-Xml -As String
[pscustomobject]@{ 'a<b' = 'q"r' } | ConvertTo-Xml -As String
[System.DayOfWeek]::Monday | ConvertTo-Xml -As String
[pscustomobject]@{ d = [System.ConsoleColor]::Red } | ConvertTo-Xml -As String
[pscustomobject]@{ d = [System.ConsoleColor]::Red } | ConvertTo-Xml -As String -Depth 2

#### ConvertTo-Xml depth
$o = [pscustomobject]@{ k = [pscustomobject]@{ x = 1; y = @(1, [pscustomobject]@{ z = 2 }) }; h = @{ q = 1 } }
$o | ConvertTo-Xml -As String
$o | ConvertTo-Xml -As String -Depth 3
"$($o.k)"
[pscustomobject]@{ k = [pscustomobject]@{ x = $null } } | ConvertTo-Xml -As String; 'after'
$Error[0].FullyQualifiedErrorId

#### ConvertTo-Xml as a document and a stream
$d = 1, 'a' | ConvertTo-Xml
$d
$d.GetType().FullName
$d.OuterXml
$d.Objects.Object | ForEach-Object { $_.Type + '=' + $_.'#text' }
'a', 'b' | ConvertTo-Xml -As Stream
[pscustomobject]@{ x = 1 } | ConvertTo-Xml -As Stream
1..3 | ConvertTo-Xml -As String -NoTypeInformation
[pscustomobject]@{ a = 1 } | ConvertTo-Xml -NoTypeInformation | ForEach-Object OuterXml
(@() | ConvertTo-Xml).OuterXml

#### ConvertTo-Xml parameter errors
ConvertTo-Xml -InputObject 1 -As Foo
ConvertTo-Xml -InputObject 1 -Depth 0
ConvertTo-Xml -InputObject 1 -As ''
Get-Command ConvertTo-Xml -Syntax
