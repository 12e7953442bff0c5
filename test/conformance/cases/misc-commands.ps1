# Test-Json, Get-Verb, Convert-Path, Get-Uptime: the utility commands pwsh 7.6 has beside the everyday ones.

#### Test-Json valid and invalid text
Test-Json '{}'; Test-Json '1'; Test-Json '"s"'; Test-Json 'null'; Test-Json '  {"a":1}  '; Test-Json '{"a":1, "a":2}'; Test-Json '-0'; Test-Json '1e5'; Test-Json '"\u00e9"'
Test-Json '{"a":1,}'
Test-Json '[1,2,]'
Test-Json '{/*c*/ "a":1}'
Test-Json "{'a':1}"
Test-Json '{"a":1} x'
Test-Json 'abc'; Test-Json '  '; Test-Json '1.'; Test-Json '.5'; Test-Json '"\x"'; Test-Json 'tru'; Test-Json 'NaN'; Test-Json '[1 2]'; Test-Json '{"a":01}'; Test-Json "[`"a`tb`"]"
Test-Json ('[' * 64 + ']' * 64); Test-Json ('[' * 65 + ']' * 65)

#### Test-Json error records and -ErrorAction
Test-Json '{' -ErrorVariable e 2>$null; $e[0].FullyQualifiedErrorId; $e[0].CategoryInfo.ToString(); $e[0].Exception.GetType().FullName; $e[0].TargetObject
Test-Json '{"a":1,}' -ErrorAction SilentlyContinue
try { Test-Json '[' -ErrorAction Stop } catch { 'caught: ' + $_.Exception.Message }
'{}', 'x' | Test-Json
Test-Json ''
Test-Json '{}' -Options Foo

#### Test-Json options
Test-Json '{"a":1,}' -Options AllowTrailingCommas; Test-Json '[1,]' -Options AllowTrailingCommas; Test-Json '[,]' -Options AllowTrailingCommas
Test-Json "{/*c*/ `"a`":1 // x`n}" -Options IgnoreComments; Test-Json '// only' -Options IgnoreComments; Test-Json '[1 /* x' -Options IgnoreComments
Test-Json '[1,/*c*/]' -Options IgnoreComments, AllowTrailingCommas; Test-Json '{"a":1,}' -Options ignorecomments

#### Test-Json files
Set-Content ./tj1.json '{"a":1,}'
Test-Json -Path ./tj1.json; Test-Json -LiteralPath ./tj1.json -Options AllowTrailingCommas
Test-Json -Path ./nope.json; 'after'
Test-Json -LiteralPath ./nope.json; 'after'
Remove-Item ./tj1.json

#### Test-Json schemas
Test-Json -Json '{"a":1}' -Schema '{"type":"object","required":["b"],"properties":{"a":{"type":"string"}}}'
Test-Json -Json '[1,"x"]' -Schema '{"type":"array","items":{"type":"integer"},"minItems":3}'
Test-Json -Json '{"n":5,"s":"abc","e":"q"}' -Schema '{"properties":{"n":{"minimum":10,"maximum":1},"s":{"maxLength":2,"pattern":"^z"},"e":{"enum":["a","b"]}},"additionalProperties":false}'
Test-Json -Json '{"n":5,"x":1}' -Schema '{"properties":{"n":{"type":"number"}},"additionalProperties":false}' -ErrorVariable e 2>$null; $e[0].FullyQualifiedErrorId; $e[0].CategoryInfo.ToString()
Test-Json -Json '{"a":1.0, "b":true}' -Schema '{"properties":{"a":{"type":"integer"},"b":{"type":["string","null"]}}}'
Test-Json -Json '1.5' -Schema '{"type":"integer","minimum":2,"exclusiveMaximum":1,"multipleOf":2}'
Test-Json -Json '"ab"' -Schema '{"minLength":3,"const":"x"}'
Test-Json -Json '[1,1,1]' -Schema '{"maxItems":1,"uniqueItems":true}'
Test-Json -Json '{}' -Schema '{"minProperties":1}'
Test-Json -Json '5' -Schema '{"exclusiveMinimum":6}'
Test-Json -Json '{"a":1}' -Schema 'true'; Test-Json -Json '{"a":1}' -Schema 'false'
Test-Json -Json '{"a":{"b":"x","c":1},"d":2}' -Schema '{"required":["z"],"properties":{"a":{"required":["q"],"properties":{"b":{"type":"integer"},"c":{"type":"string"}}},"d":{"type":"string"}},"maxProperties":1}'
Test-Json -Json '{"a~/b":1}' -Schema '{"properties":{"a~/b":{"type":"string"}}}'
Test-Json -Json '{"a":1}' -Schema '{"properties":{"a":{"const":{"x":[1,"y"]}}}}'
Test-Json -Json '{"a":1}' -Schema '{"additionalProperties":{"type":"string"}}'

#### Test-Json schema errors
Test-Json -Json '{"a":1}' -Schema '{"type":'
Test-Json -Json '{"a":1}' -Schema '{"type":"foo"}'
Test-Json -Json '{"a":1}' -Schema '[1]'
Test-Json -Json '{"a":1' -Schema '{"type":"object"}' -ErrorVariable e 2>$null; $e[0].TargetObject
Test-Json -Json '{"a":1}' -SchemaFile ./nope-schema.json; 'after'
Set-Content ./schema1.json '{"required":["b"]}'; Test-Json -Json '{"a":1}' -SchemaFile ./schema1.json; Remove-Item ./schema1.json
Test-Json '{"a":1}' -Schema '{"type":"object"}'
Get-Command Test-Json -Syntax

#### Get-Verb
Get-Verb | ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.Verb, $_.AliasPrefix, $_.Group, $_.Description }
(Get-Verb).Count
Get-Verb | Select-Object -First 3
Get-Verb Get | Format-List
Get-Verb Get, Set, Zz
Get-Verb a* -Group Common
Get-Verb G*, *et | ForEach-Object Verb
Get-Verb -Group Security, Other | ForEach-Object Verb
Get-Verb | Group-Object Group | ForEach-Object { $_.Name + ' ' + $_.Count }
(Get-Verb)[0].GetType().FullName; "$(Get-Verb Get)"
Get-Verb -Verb Get -Group Data; 'none'

#### Get-Verb errors
Get-Verb -Group Foo
'get' | Get-Verb
Get-Verb -Verb '[a' -ErrorVariable e 2>$null; $e[0].FullyQualifiedErrorId; $e[0].CategoryInfo.ToString()
Get-Command Get-Verb -Syntax

#### Convert-Path
$null = New-Item -ItemType Directory ./cp1; Set-Content ./cp1/a.txt 'a'; Set-Content ./cp1/b.txt 'b'
Convert-Path ./cp1 | Split-Path -Leaf
Convert-Path ./cp1/*.txt | ForEach-Object { $_ -replace '.*/cp1/', 'cp1/' }
Push-Location ./cp1; (Convert-Path .) -eq (Get-Location).Path; Convert-Path a.txt, ./b.txt | Split-Path -Leaf; Convert-Path -LiteralPath 'a.txt' | Split-Path -Leaf; (Convert-Path ..) -eq (Split-Path (Get-Location).Path); Pop-Location
(Convert-Path ~) -eq $HOME; (Convert-Path ~/) -eq $HOME
(Convert-Path ./cp1/) -replace '.*/(cp1/)$', '$1'
Get-Item ./cp1/a.txt | Convert-Path | Split-Path -Leaf
cvpa ./cp1/b.txt | Split-Path -Leaf; (Convert-Path ./cp1).GetType().FullName
Convert-Path ./cp1/none*.txt; 'wildcard without a match is silent'
Remove-Item ./cp1 -Recurse

#### Convert-Path errors
Convert-Path ./nope.txt, ./nope2.txt; 'after'
Convert-Path -LiteralPath './cp*'; 'after'
Convert-Path ./nope.txt -ErrorVariable e 2>$null; $e[0].FullyQualifiedErrorId; $e[0].CategoryInfo.Category; $e[0].Exception.GetType().FullName
Convert-Path C:\x
Convert-Path -Path ''
Convert-Path $null
Get-Command Convert-Path -Syntax

#### Get-Uptime
(Get-Uptime).GetType().FullName; (Get-Uptime -Since).GetType().FullName; (Get-Uptime -Since:$false).GetType().FullName
(Get-Uptime).Milliseconds; (Get-Uptime).TotalSeconds -gt 0
$u = Get-Uptime; $s = Get-Uptime -Since; [math]::Abs(((Get-Date) - $s - $u).TotalSeconds) -lt 5
Get-Uptime -Foo
Get-Command Get-Uptime -Syntax
