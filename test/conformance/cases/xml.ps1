# [xml] (System.Xml.XmlDocument) as SharePoint administrators use it: casts from text and from
# Get-Content's lines, pwsh's XML adapter (child elements and attributes as properties), the display of
# documents and elements, the methods scripts call, XPath, Save and the conversion errors .NET words.

#### cast and navigate
$x = [xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i><!-- c --><j>just text</j></r>'
$x.r.i.Count; $x.r.i[0].n; $x.r.i | % n; $x.r.i[1].b; $x.r.a; $x.r.j; $x.r.'#comment'
$x.GetType().FullName; $x.r.GetType().FullName; $x.r.j.GetType().FullName

#### typed variable from lines
[xml]$z = '<a>', '<b>t</b>', '</a>'
$z.a.b; $z.OuterXml; $z.GetType().Name
$z = '<c/>'; $z.OuterXml

#### lines are joined with a line feed
$a = ([xml]@('<a>x', 'y</a>')).a; [int[]][char[]]$a -join ','

#### Get-Content of a config file
Set-Content ./xml-cfg.xml -Value '<?xml version="1.0" encoding="utf-8"?>', '<config>', '  <site url="https://contoso.sharepoint.com/sites/a" owner="admin@contoso.com" />', '  <site url="https://contoso.sharepoint.com/sites/b" owner="it@contoso.com" />', '  <quota>1024</quota>', '</config>'
$cfg = [xml](Get-Content ./xml-cfg.xml)
$cfg.config.site | ForEach-Object { "$($_.url) -> $($_.owner)" }
[int]$cfg.config.quota + 1
[xml]$c2 = Get-Content ./xml-cfg.xml -Raw
$c2.config.site.Count
Remove-Item ./xml-cfg.xml

#### System.Xml.XmlDocument cast
$q = [System.Xml.XmlDocument]'<q><w>1</w></q>'; $q.q.w; $q -is [xml]; ([xml]$null) -eq $null

#### document display
[xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i><!-- c --><j>just text</j></r>'

#### element display
$x = [xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i><!-- c --><j>just text</j></r>'; $x.r

#### elements display as a table
$x = [xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i><!-- c --><j>just text</j></r>'; $x.r.i

#### one element of several
$x = [xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i></r>'; $x.r.i[1]

#### Format-List of elements
$x = [xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i></r>'; $x.r.i | Format-List

#### Format-List of the document
$x = [xml]'<r a="1"><i>t1</i></r>'; $x | Format-List

#### declaration property
$y = [xml]'<?xml version="1.0" encoding="utf-8"?><r><i>1</i></r>'; $y; $y.xml; $y.xml.GetType().Name

#### five children make a list
([xml]'<a><b>1</b><c>2</c><d>3</d><e>4</e><f>5</f></a>').a

#### string conversion and ToString
$x = [xml]'<r><i n="1">a</i><i n="2">b</i></r>'
"$x"; "$($x.r)"; "$($x.r.i)"; $x.ToString(); $x.r.ToString(); $x.r.i[0].ToString()
$at = $x.SelectSingleNode('//@n'); "$at"; $at.ToString()

#### mixed content and CDATA
$m = [xml]'<r>a<b>x</b>c</r>'; $m.r.'#text'; $m.r.InnerText; $m.r.b
$c = [xml]'<r><![CDATA[<hi>]]></r>'; $c.r.GetType().Name; $c.r.'#cdata-section'; $c.r.OuterXml; $c.r.InnerXml

#### empty elements
$n = [xml]'<r><e/><f></f></r>'; $n.r.e.GetType().Name; $n.r.e.Length; $n.r.OuterXml

#### entities
$e = [xml]'<a x="a&quot;b&apos;c&lt;&gt;&amp;">&lt;&amp;&#65;&#x42;"''&gt;</a>'; $e.a.x; $e.a.'#text'; $e.OuterXml

#### names without regard to case
$x = [xml]'<r a="1"><I>1</I><i>2</i><A>up</A></r>'; $x.R.i.Count; $x.r.a

#### namespaces and local names
$x = [xml]'<feed xmlns="http://www.w3.org/2005/Atom" xmlns:d="urn:d" xmlns:m="urn:m"><entry><content type="application/xml"><m:properties><d:Title>Home</d:Title><d:Id m:type="Edm.Int32">1</d:Id></m:properties></content></entry></feed>'
$p = $x.feed.entry.content.properties
$p.Title; $p.Id.'#text'; $p.Id.type; $x.feed.xmlns; $x.feed.d
$p.Name; $p.LocalName; $p.Prefix; $p.NamespaceURI; $x.feed.NamespaceURI
$x.SelectNodes('//entry').Count

#### setting attributes and text
$x = [xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i><j>t</j></r>'
$x.r.a = 5; $x.r.a
$x.r.j = 'new'; $x.r.j
$x.r.i[0].n = 'eins'; $x.r.i[1].b = 3; $x.r.i[1].n = $null
$x.r.OuterXml

#### setting a property that names several nodes
$x = [xml]'<r><i>1</i><i>2</i></r>'
try { $x.r.i = 'a' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }

#### setting a property that is not there
$x = [xml]'<r><i>1</i></r>'
try { $x.r.zz = 1 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
$x.r.zz -eq $null

#### InnerText and InnerXml
$x = [xml]'<r><i n="one">t1</i><m>a<b>x</b>c</m></r>'
$x.r.i.InnerText = 'changed'; $x.r.OuterXml; $x.r.m.InnerXml; $x.r.InnerText
$x.r.m.InnerXml = '<z>1</z><z>2</z>'; $x.r.m.z.Count; $x.r.OuterXml

#### .NET properties
$x = [xml]'<?xml version="1.0"?><r a="1"><i n="one">t1</i><!--c--><j/></r>'
$i = $x.r.i
$i.Name; $i.LocalName; $i.NodeType; $i.ParentNode.Name; $i.NextSibling.Name; $i.PreviousSibling -eq $null
$i.HasAttributes; $i.Attributes.Count; $i.Attributes[0].Name; $i.Attributes.GetType().FullName
$x.r.ChildNodes.Count; $x.r.ChildNodes.GetType().FullName; $x.r.FirstChild.Name; $x.r.LastChild.Name; $x.r.HasChildNodes
$x.DocumentElement.Name; $x.FirstChild.GetType().FullName; $x.FirstChild.Version; $x.FirstChild.OuterXml
$x.r.i.FirstChild.Value; $x.r.i.FirstChild.NodeType; $x.OwnerDocument -eq $null; $x.r.OwnerDocument.Name

#### type names
$x = [xml]'<r a="1"><i>1</i></r>'
$x.r.pstypenames
$x.r -is [System.Xml.XmlElement]; $x.r -is [xml]

#### methods that read
$x = [xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i></r>'
$x.r.i[0].GetAttribute('n'); $x.r.i[0].GetAttribute('zz') -eq ''; $x.r.i[1].HasAttribute('n'); $x.r.HasAttribute('zz')
$x.GetElementsByTagName('i').Count; $x.r.GetAttributeNode('a').Value

#### methods that change
$x = [xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i><j>t</j></r>'
$x.r.i[0].SetAttribute('n', 'uno'); $x.r.i[0].SetAttribute('new', 'v'); $x.r.i[0].OuterXml
$e = $x.CreateElement('k'); $e.InnerText = 'kk'; $x.r.AppendChild($e); $x.r.k
$null = $x.r.RemoveChild($x.r.j); $x.r.i[1].RemoveAttribute('n')
$c = $x.CreateComment('note'); $null = $x.r.InsertBefore($c, $x.r.FirstChild)
$x.OuterXml
$x.r.RemoveAll(); $x.OuterXml

#### create nodes
$x = [xml]'<r/>'
$x.CreateElement('k').OuterXml; $x.CreateComment('hey').OuterXml; $x.CreateTextNode('a<b').OuterXml; $x.CreateAttribute('w').OuterXml
$e = $x.CreateElement('k'); $e.SetAttribute('v', 'a"b<>&'); $e.OuterXml
$d = $x.CreateXmlDeclaration('1.0', 'utf-8', $null); $null = $x.InsertBefore($d, $x.r); $x.OuterXml
$clone = $x.r.CloneNode($true); $clone.OuterXml

#### method errors
$x = [xml]'<r><i>1</i></r>'; $o = [xml]'<o><p>1</p></o>'
try { $x.r.AppendChild($o.o) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { $x.r.AppendChild('x') } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { $x.AppendChild($x.CreateElement('z')) } catch { $_.Exception.Message }
try { $x.r.GetAttribute() } catch { $_.Exception.Message }
try { $x.r.NoSuch() } catch { $_.Exception.Message }

#### LoadXml
$d = [xml]'<r/>'
foreach ($s in @('junk', '<a/><b/>', '', '<a>', ' <a/>', '<a/>x')) { try { $d.LoadXml($s); "ok $s" } catch { $_.Exception.Message } }
$d.LoadXml('<n><m>1</m></n>'); $d.n.m

#### Load and Save
$x = [xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i><!--c--><j>t</j><e/><m>a<b>x</b>c</m></r>'
$x.Save("$PWD/xml-o1.xml"); Get-Content ./xml-o1.xml -Raw
$y = [xml]'<?xml version="1.0" encoding="utf-8"?><r><i>1</i></r>'; $y.Save("$PWD/xml-o2.xml")
Get-Content ./xml-o2.xml -Raw
$l = [xml]'<x/>'; $l.Load("$PWD/xml-o1.xml"); $l.r.j
try { $l.Load("$PWD/xml-nope.xml") } catch { $_.Exception.Message -replace [regex]::Escape("$PWD"), 'PWD'; $_.FullyQualifiedErrorId }
$l.OuterXml -eq ''
try { ([xml]'').Save("$PWD/xml-o3.xml") } catch { $_.Exception.Message }
Remove-Item ./xml-o1.xml, ./xml-o2.xml

#### XPath paths
$x = [xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i><!--c--><j>t</j></r>'
foreach ($e in @('r/i[last()]/@n', '/r/*', '//@*', 'r/i[position()>1]/@n', '//i[b]/@n', '//i[not(b)]/@n', "//i[@n='one']", '//i[contains(@n,"w")]/@n', '/r/i[2]/b/text()', '//comment()', '..', '/', 'r/node()', '//i | //j', '//i[1][@n]', 'ancestor::r', '/r/i/../j', '/r/i[3]', "//i[@n='two']/b")) {
  $r = $x.SelectNodes($e); "[$e] $($r.Count): " + (($r | % { $_.Name + '=' + $_.Value }) -join ',')
}

#### XPath results
$x = [xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i><j>t</j></r>'
$x.SelectNodes('//i').Count; $x.SelectNodes('//i').GetType().FullName
$x.SelectSingleNode('/r/i[2]/b').InnerText; $x.SelectSingleNode('//i[@n="two"]').n
$x.SelectNodes('/r/i/@n') | % Value
$x.SelectSingleNode('//nope') -eq $null
$x.r.SelectNodes('i').Count; $x.r.SelectSingleNode('i/@n').Value; $x.r.i[1].SelectSingleNode('..').Name; $x.r.i[1].SelectNodes('//j').Count

#### XPath selection displays
$x = [xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i></r>'; $x.SelectNodes('//i')

#### XPath errors
$x = [xml]'<r><i>1</i></r>'
foreach ($e in @('//i[', '/r/', '//', 'i[1', '@', '1+1', 'foo(', '//i[@n=]', '$v', 'count(//i)', '//i)', '', 'foo()', '//x:y')) {
  try { $null = $x.SelectNodes($e); "ok $e" } catch { "[$e] " + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId }
}

#### conversion errors
foreach ($s in @('<a></b>', '<a/><b/>', 'junk', '<a x=1/>', '<a><b></a>', '<a>&foo;</a>', 'x<a/>', '<ab>', '<a>x', '<a><b>', '<a>x</a>junk', '<a', '<a x="1">', '<a/>x', '<a>1</a><b/>', '<a><b/></a></c>', '<a b="1" b="2"/>', '<1a/>', '<a></a', '<ab', '<', '<>', ' <a>', '<!--')) {
  try { $null = [xml]$s; "ok: $s" } catch { "ERR: " + $_.Exception.Message + ' | ' + $_.FullyQualifiedErrorId }
}

#### more conversion errors
foreach ($s in @('<a x/>', '<a x="1/>', '<a x="<"/>', '<a$>', '<a>x</a', '</a>', '<a/>]]>', '<a>]]></a>', '<a x="1"y="2"/>', '<a><!-- x -- y --></a>', '<a>&amp</a>', '<?xml version="1.0"?><?xml version="1.0"?><a/>', '<a/><?xml version="1.0"?>', '<a:b/>', "<a>`n<b>")) {
  try { $null = [xml]$s; "ok: $s" } catch { "ERR: " + $_.Exception.Message }
}

#### accepted documents
foreach ($s in @('', '<a/><!--c-->', '  <a/>  ', '<?pi data?><a/>', '<a><b>x</b  ></a>', "<a>`r`n<b/></a>", '<a x="1" />', '<a xmlns="urn:x"><b/></a>')) {
  $d = [xml]$s; "[$s] " + $d.OuterXml
}

#### conversion error at the top level
[xml]'<a>'

#### empty document
[xml]''

#### ConvertTo-Json writes a node as its child nodes
$x = [xml]'<?xml version="1.0"?><r a="1"><i n="one">t1</i><!--c--></r>'
$x.r.i | ConvertTo-Json -Compress
$x | ConvertTo-Json -Compress
$x.r | ConvertTo-Json

#### Format-List star of an element
$x = [xml]'<?xml version="1.0"?><r a="1"><i n="one">t1</i><!--c--></r>'
$x.r | Format-List *

#### local names in cells and strings
$x = [xml]'<a:r xmlns:a="u"><a:i>1</a:i><a:i>2</a:i></a:r>'; $x.r.ToString(); $x; $x.r | Format-List; "$($x.SelectNodes('//*'))"

#### base types with -is
$x = [xml]'<r a="1"><i>1</i></r>'
$x.r -is [System.Xml.XmlNode]; $x.r -is [System.Xml.XmlLinkedNode]; $x -is [System.Xml.XmlNode]; $x -is [System.Xml.XmlElement]; 'x' -is [System.Xml.XmlNode]
