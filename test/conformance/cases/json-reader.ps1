# ConvertFrom-Json on malformed and edge input: what Newtonsoft.Json's JsonTextReader (and the serializer and
# JTokenWriter around it) accepts, and its messages with their JSON path, line and position.

#### text cut short inside objects, arrays and strings
foreach ($j in '{', '[', '{"a"', '{"a":', '{"a":[1', '{"a":[', '"abc', "'abc", '{"a":{', '{"a":{"b":1', '{"a":1,', '{"a":"x', '[[', '[[1,', '[{', '[{"a"', '[{"a":', '[{"a":1,', '{"a":[{"b":', ' [ ', '{"a" ') {
  "== $j"
  try { $j | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
}

#### a top-level array cut short after a value still reads
foreach ($j in '[1,2', '[1', '[1,]', '[1,', '[1,2,', '[[1', '[[1]', '[{"a":1}', '[{"a":1', '["a","b"', '[1 ', '[true', '[null', '[1,2 /* c */') {
  "== $j"
  try { $j | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
}

#### literals cut short or misspelt
foreach ($j in 'tru', 'fals', 'nul', 'n', 'N', 'Na', 'Infinit', '-Infinit', 'undefine', 'tru}', '{"a":tru}', '{"a":nul}', '{"a":fals}', 'truex', 'true1', 'nullx', 'NaNx', 'Infinityx', '[true false]', '{"a":nx}', 'nope') {
  "== $j"
  try { $j | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
}

#### literals Newtonsoft reads besides JSON's
foreach ($j in 'NaN', 'Infinity', '-Infinity', 'undefined', '[undefined, 1]', '[1,,2]', '[,]', '[,1]', '{"a":undefined}', '{"a":,}') {
  "== $j"
  try { $j | ConvertFrom-Json | ForEach-Object { if ($null -eq $_) { '(null)' } else { $_ } } | Out-String -Stream } catch { $_.Exception.Message }
}

#### numbers
foreach ($j in '-', '1e', '{"a":1e}', '{"a":-}', '{"a":01}', '{"a":09}', '0x1F', '0X10', '0xFFFFFFFFFFFFFFFF', '0x', '0xG', '017', '1.2.3', '.5', '-.5', '1.', '1e5', '1E+2', '-0', '00', '1x', '1a', '1-2', '1/2', '[1.5e]', '--1', '-a', '1.5e3x', '{"a":1$}') {
  "== $j"
  try { $j | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
}

#### strings and escapes
foreach ($j in '"\q"', '{"a":"\q"}', '"\x41"', '"\u0041"', '"\u004"', '"\u004G"', '"\u00', '"\', '"a\', '"\"', "'it''s'", '"\''"', '"\/"', '"\uD800" | Out-Null', '["\u0041\u0042", "x\ty"]') {
  "== $j"
  try { ($j -replace ' \| Out-Null$') | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
}

#### lone and paired surrogates
function codes($s) { (0..($s.Length - 1) | ForEach-Object { [int]$s[$_] }) -join ',' }
codes ('"\uD83D\uDE00"' | ConvertFrom-Json)
codes ('"\uD800"' | ConvertFrom-Json)
codes ('"\uDC00x"' | ConvertFrom-Json)
codes ('"\uD800\uD800\uDC00"' | ConvertFrom-Json)
codes ('"\uD800x"' | ConvertFrom-Json)
codes ('"\uD800\u0041"' | ConvertFrom-Json)
codes ('"\uD800\u"' | ConvertFrom-Json)

#### structure errors and their paths
foreach ($j in '1 2', '{"a":1}}', '[1]]', ']', '}', ')', ',', '[1}', '{"a":[1,2}', '{"a":1]', '{"a":[1,2]]', '[1 2]', '[[1] 2]', '{"a":{"b":[1, 2 3]}}', '{"a" 1}', '{"a"}', '{,}', '{"a":1,,}', '{"a":1 "b":2}', '{"a":"b" "c"}', '[{"a":1},{"b":[1,{"c" 3}]}]', '{"a":x}', '[1,x]', '[1,[2,[3,x]]]') {
  "== $j"
  try { $j | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
}

#### property names: unquoted, single-quoted, invalid
foreach ($j in '{a:1}', '{a b:1}', '{a-b:1}', '{1:2}', '{$a:1}', '{_a:1}', "{'a':'b'}", '{a', '{ab', '{@:1}', '{"a":1, b :2}', '{a:1 , "c" :3}') {
  "== $j"
  try { $j | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
}

#### names with special characters in the path
foreach ($j in '{"a b":[1 2]}', '{"a.b":{"c":x}}', "{`"it's`":[1,x]}", '{"x[0]":{"y":x}}', '{"a\\b":x}', '{"tab\there":x}') {
  "== $j"
  try { $j | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
}

#### unexpected characters where a value starts
foreach ($j in 'x', ' x', '@', '{"a":@}', '[#]', '{"a":+1}', '[+1]', '{"a":=}', "`u{00A0}1", "`u{FEFF}1", '٣') {
  "== $j"
  try { $j | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
}

#### comments
foreach ($j in '/* c */', '// c', '/* c */ 1', '1 /* c */', '1 // c', '[1, /* c */ 2]', '{"a": /* c */ 1}', '{/* c */ "a":1}', '{"a"/* c */:1}', '[{"a": /* c */ 1}]', '{"x":{"a": /* c */ 1}}', '/*', '/* x', '//', '1 /', '1 /x', '[1 /x]', '/x', '[1, /* c */ ]', '{"a":1 /* c */ }') {
  "== $j"
  try { $j | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
}

#### constructors
foreach ($j in '{"a":new Date(0)}', '[new Date(86400000)]', '{"a":new Date(2020, 0, 15)}', '{"a":new Date(2020, 0, 15, 10, 30, 5, 7)}', '{"a":new Date(-1)}', '{"a" : new  Date ( 5 ) }') {
  "== $j"
  $v = $j | ConvertFrom-Json
  if ($v -is [datetime]) { $v.ToString('o'); $v.Kind } else { $v.a.ToString('o'); $v.a.Kind }
}
foreach ($j in '{"a":new Date()}', '{"a":new Date("x")}', '{"a":new Date(1,2,3,4,5,6,7,8)}', '{"a":new Date(1', '{"a":new Foo(1), "b":2}', '[new Foo(1), 2]', '{"a":new (1)}', '{"a":newx}', '{"a":ne}', '{"a":new Date 5}', '{"a":new Da-te(1)}', 'new Date(0)', 'new Foo()', '{"a":new Foo(1), "A":2}') {
  "== $j"
  try { $j | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
}

#### line numbers and positions over several lines
foreach ($j in "{`n  `"a`": tru`n}", "[`r`n1,`r`n2 x]", "`n`nx", "`r`n`r`nx", "[1,`n`n  x]", "{`"a`":`n`"b`nc`" x}", "/* a`nb */ x", "[1,`r`nfoo]", "{`n`"a`":1,`n`"b`"`n}", "[`n1,`n2", "`n[`n", "{`r`"a`"`r:`rx}", "[1,`r", "[1,`n", "`"a`nb", "[`n  1`n  2`n]") {
  "== $($j -replace "`r", '\r' -replace "`n", '\n')"
  try { $j | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
}

#### empty and blank text
@('' | ConvertFrom-Json).Count
$null -eq ('' | ConvertFrom-Json)
@('   ' | ConvertFrom-Json).Count
@("`n`t " | ConvertFrom-Json).Count
@('/* c */' | ConvertFrom-Json).Count
@('null' | ConvertFrom-Json).Count
@(ConvertFrom-Json -InputObject '').Count
@(@() | ConvertFrom-Json).Count

#### several piped strings: separate texts when the first reads, else one text
'1', '2' | ConvertFrom-Json
'{"a":1}', '{"b":2}' | ConvertFrom-Json | Out-String -Stream
'{', '"a": 1', '}' | ConvertFrom-Json | Out-String -Stream
'[1,', '2]' | ConvertFrom-Json
'[', '1,', '2', ']' | ConvertFrom-Json
@('', '1' | ConvertFrom-Json).Count
@('null', '1' | ConvertFrom-Json).Count
try { '[1,2', ']' | ConvertFrom-Json } catch { $_.Exception.Message }
try { '1', 'x' | ConvertFrom-Json } catch { $_.Exception.Message }
try { 'x', '1' | ConvertFrom-Json } catch { $_.Exception.Message }
try { '{"a":', 'x}' | ConvertFrom-Json } catch { $_.Exception.Message }
'[1,2]', '[3]' | ConvertFrom-Json -NoEnumerate | ForEach-Object { $_.Count }

#### -Depth is the reader's maximum nesting
foreach ($d in 1, 2, 3) {
  "== $d"
  try { '[[[1]]]' | ConvertFrom-Json -Depth $d | ConvertTo-Json -Compress } catch { $_.Exception.Message }
  try { '{"a":{"b":{"c":1}}}' | ConvertFrom-Json -Depth $d | ConvertTo-Json -Compress } catch { $_.Exception.Message }
  try { '[{"a":[1]}]' | ConvertFrom-Json -AsHashtable -Depth $d | ConvertTo-Json -Compress } catch { $_.Exception.Message }
}
try { '[[[[1]]], [[2]]]' | ConvertFrom-Json -Depth 2 } catch { $_.Exception.Message }
try { '1' | ConvertFrom-Json -Depth 0 } catch { $_.Exception.Message }

#### property names pwsh refuses for custom objects but not for hashtables
foreach ($j in '{"":1}', '{"a":1,"A":2}', '{"a":1,"a":2}', '{"x":{"Ab":1,"aB":2}}', '[{"":1}]', '{"a":1,"A":x}') {
  "== $j"
  try { $j | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
  try { $j | ConvertFrom-Json -AsHashtable | ForEach-Object { $_.Keys -join ',' } } catch { $_.Exception.Message }
}
$h = '{"a":1,"A":2}' | ConvertFrom-Json -AsHashtable
$h['a'], $h['A'], $h.Count
$h.GetType().FullName

#### which refused name is reported first
foreach ($j in '{"x":{"":1},"a":1,"A":2}', '{"a":1,"A":2,"x":{"":1}}', '[{"b":1},{"a":{"c":1,"C":2}},{"":1}]', '{"a":{"b":1,"B":2},"a":3}') {
  "== $j"
  try { $j | ConvertFrom-Json | Out-String -Stream } catch { $_.Exception.Message }
}

#### numbers' types
foreach ($j in '1', '-0', '1.0', '1.5', '1e2', '0x10', '017', '9223372036854775807', '-9223372036854775808', '9223372036854775808', '-9223372036854775809', '123456789012345678901234567890', '0xFFFFFFFFFFFFFFFF', '1e400', 'NaN', '-Infinity', '12345678901234567') {
  $v = $j | ConvertFrom-Json
  "$j -> $v $($v.GetType().Name)"
}
$o = '{"a":2147483647,"b":[1,2.5]}' | ConvertFrom-Json
($o.a + 1).GetType().Name; $o.a + 1; $o.b[0].GetType().Name; $o | ConvertTo-Json -Compress

#### strings that read as dates (ISO 8601 as Newtonsoft's parser takes it, /Date(ms)/)
foreach ($s in '2020-01-02T03:04:05', '2020-01-02T03:04:05Z', '2020-01-02T03:04:05z', '2020-01-02T03:04:05.1234567Z', '2020-01-02T03:04:05.12345678Z', '2020-01-02T03:04:05.123456789', '2020-01-02T03:04:05.5', '2020-01-02T03:04:05.', '2020-01-02T03:04:05+02:00', '2020-01-02T03:04:05-0130', '2020-01-02T03:04:05+02', '2020-01-02T24:00:00', '2020-01-02T24:00:01', '2020-02-30T00:00:00', '2020-13-01T00:00:00', '0000-01-01T00:00:00', '2020-01-02 03:04:05', '2020-01-02T3:04:05', '2020-01-02T03:04:05 ', '2020-01-02T03:04:05X', '2020-01-02T03:04:05+2:00', '/Date(0)/', '/Date(1234567890123)/', '/Date(-1000)/', '/Date(0+0100)/', '/Date(0-05)/', '/Date(x)/', '/Date()/', '2020-01-02', '12345678901T', '9999-12-31T23:59:59.9999999') {
  $v = ConvertFrom-Json ('"' + $s + '"')
  if ($v -is [datetime]) { "$s -> $($v.ToString('o')) $($v.Kind)" } else { "$s -> string" }
}
$o = '{"when":"2021-06-01T12:00:00Z","list":["2021-06-01T12:00:00"]}' | ConvertFrom-Json
$o.when.GetType().Name; $o.list[0].Kind
'{"2020-01-02T03:04:05":1}' | ConvertFrom-Json | % { $_.psobject.Properties.Name }

#### the error a script sees
try { '{"a":' | ConvertFrom-Json } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName }
try { '{"":1}' | ConvertFrom-Json } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName }
try { '{"a":1,"A":1}' | ConvertFrom-Json } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }

#### uncaught: text cut short
'{"a":[1' | ConvertFrom-Json

#### uncaught: the writer's message without a position
'[[' | ConvertFrom-Json

#### uncaught: a bad escape in a line of several
"{`n  `"a`": `"\q`"`n}" | ConvertFrom-Json

#### uncaught: keys with different casing
'{"a":1,"A":2}' | ConvertFrom-Json
