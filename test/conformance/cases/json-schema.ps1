# Test-Json's JSON Schema applicators: allOf/anyOf/oneOf/not, $ref into the schema, if/then/else,
# dependentRequired/dependentSchemas, propertyNames, patternProperties, prefixItems, contains,
# unevaluatedProperties; the order pwsh writes their failures in, and the schema errors they bring.

#### combinators
function t($j, $s) { $r = Test-Json -Json $j -Schema $s -ErrorAction SilentlyContinue -ErrorVariable e; "$r"; $e | % { $_.ErrorDetails.Message ?? $_.Exception.Message } }
t '5' '{"allOf":[{"type":"string"},{"minLength":3}]}'
t '5' '{"anyOf":[{"type":"string"},{"type":"boolean"}]}'
t '5' '{"oneOf":[{"type":"integer"},{"minimum":2}]}'
t '5' '{"oneOf":[{"type":"string"},{"type":"boolean"}]}'
t '5' '{"not":{"type":"integer"}}'
t '"x"' '{"not":{"type":"integer"}}'

#### a passing combinator's failed branches are reported when something else fails
function t($j, $s) { $r = Test-Json -Json $j -Schema $s -ErrorAction SilentlyContinue -ErrorVariable e; "$r"; $e | % { $_.ErrorDetails.Message ?? $_.Exception.Message } }
t '5' '{"anyOf":[{"type":"string"},{"type":"integer"}],"minimum":10}'
t '5' '{"oneOf":[{"type":"string"},{"type":"integer"}],"maximum":1}'
t '5' '{"not":{"type":"integer"},"maximum":1}'
t '5' '{"not":{"type":"string"},"maximum":1}'
t '[1,true]' '{"contains":{"type":"boolean"},"maxItems":1}'

#### failures level by level, in the schema's order
function t($j, $s) { $r = Test-Json -Json $j -Schema $s -ErrorAction SilentlyContinue -ErrorVariable e; "$r"; $e | % { $_.ErrorDetails.Message ?? $_.Exception.Message } }
t '{"a":"x","b":1}' '{"required":["z"],"allOf":[{"properties":{"a":{"type":"integer"}}},{"required":["y"]}],"properties":{"b":{"type":"string"}}}'
t '{"a":"x","b":1}' '{"properties":{"b":{"type":"string"}},"allOf":[{"properties":{"a":{"type":"integer"}}},{"required":["y"]}],"required":["z"]}'

#### $ref
function t($j, $s) { $r = Test-Json -Json $j -Schema $s -ErrorAction SilentlyContinue -ErrorVariable e; "$r"; $e | % { $_.ErrorDetails.Message ?? $_.Exception.Message } }
t '{"a":5}' '{"$defs":{"pos":{"type":"integer","minimum":10}},"properties":{"a":{"$ref":"#/$defs/pos"}}}'
t '{"a":5}' '{"definitions":{"s":{"type":"string"}},"properties":{"a":{"$ref":"#/definitions/s","minimum":9}}}'
t '{"a":{"b":1}}' '{"$defs":{"n":{"type":"object","properties":{"b":{"type":"string"}}}},"properties":{"a":{"$ref":"#/$defs/n"}}}'
t '{"a":{"a":{"a":5}}}' '{"type":"object","properties":{"a":{"anyOf":[{"$ref":"#"},{"type":"string"}]}}}'
t '{"a":1}' '{"properties":{"a":{"$ref":"#/definitions/x"}},"definitions":{"x":{"$ref":"#/definitions/y"},"y":{"type":"string"}}}'
t '{"b":5}' '{"$ref":"#/properties/b","properties":{"b":{"type":"integer"}}}'
t '"x"' '{"$ref":"#/properties/b","properties":{"b":{"type":"integer"}}}'
t '{"a":1}' '{"allOf":[{"$ref":"#/$defs/x"}],"$defs":{"x":{"not":{"required":["a"]}}}}'

#### a $ref that names nothing
Test-Json -Json '{"b":5}' -Schema '{"properties":{"a":{"$ref":"#/definitions/missing"}}}'
$Error[0].CategoryInfo | Format-List *
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.GetType().FullName
Test-Json -Json '{"b":5}' -Schema '{"properties":{"a":{"$ref":"other.json#/x"}}}'
Test-Json -Json '{"a":1}' -Schema '{"properties":{"a":{"$ref":"#/definitions/missing"}}}' -FetchExternalReference -ErrorAction SilentlyContinue -ErrorVariable e2
$e2 | % { $_.Exception.Message; $_.FullyQualifiedErrorId }

#### if then else
function t($j, $s) { $r = Test-Json -Json $j -Schema $s -ErrorAction SilentlyContinue -ErrorVariable e; "$r"; $e | % { $_.ErrorDetails.Message ?? $_.Exception.Message } }
$s = '{"if":{"properties":{"a":{"const":1}}},"then":{"required":["b"]},"else":{"required":["c"]}}'
t '{"a":1}' $s
t '{"a":2}' $s
t '{"a":1,"b":0}' $s
t '{"a":1}' '{"if":{"properties":{"a":{"const":1}}}}'
t '{"a":2}' '{"if":{"properties":{"a":{"const":1}}},"then":{"required":["b"]}}'
t '{"a":2}' '{"if":{"properties":{"a":{"const":1}}},"then":{"required":["b"]},"maximum":3,"required":["q"]}'

#### object keywords
function t($j, $s) { $r = Test-Json -Json $j -Schema $s -ErrorAction SilentlyContinue -ErrorVariable e; "$r"; $e | % { $_.ErrorDetails.Message ?? $_.Exception.Message } }
t '{"a":1}' '{"dependentRequired":{"a":["b","c"]},"propertyNames":{"maxLength":0}}'
t '{"a":1}' '{"dependentRequired":{"a":["b"],"z":["q"]}}'
t '{"a":1,"b":2}' '{"dependentRequired":{"a":["b","c"],"b":["d"]}}'
t '{"a":5}' '{"dependentSchemas":{"a":{"required":["x"]}}}'
t '{"x1":1,"y":2}' '{"patternProperties":{"^x":{"type":"string"}},"additionalProperties":false}'
t '{"a":1}' '{"unevaluatedProperties":false}'
t '{"a":1,"b":2}' '{"properties":{"a":{}},"unevaluatedProperties":false}'
t '{"a":1,"b":2}' '{"allOf":[{"properties":{"b":{}}}],"properties":{"a":{}},"unevaluatedProperties":{"type":"string"}}'

#### array keywords
function t($j, $s) { $r = Test-Json -Json $j -Schema $s -ErrorAction SilentlyContinue -ErrorVariable e; "$r"; $e | % { $_.ErrorDetails.Message ?? $_.Exception.Message } }
t '[1,"a"]' '{"contains":{"type":"boolean"}}'
t '[1,"a"]' '{"contains":{"type":"string"}}'
t '[1,"a"]' '{"prefixItems":[{"type":"string"}],"items":{"type":"boolean"}}'
t '[1,2]' '{"items":[{"type":"string"}]}'

#### schemas that cannot be read
Test-Json -Json '5' -Schema '{"anyOf":{}}'
Test-Json -Json '5' -Schema '{"allOf":[5]}'
Test-Json -Json '5' -Schema '{"not":[]}'
Test-Json -Json '5' -Schema '{"$ref":5}'
Test-Json -Json 5 -Schema '{"dependentSchemas":5}'
foreach ($s in '{"anyOf":[]}','{"allOf":[]}','{"oneOf":[]}','{"prefixItems":[]}','{"properties":{"a":{"anyOf":[]}}}') {
  try { $r = Test-Json -Json '{"b":1}' -Schema $s -ErrorAction SilentlyContinue -ErrorVariable ev; "out: $r / $($ev.Count)" } catch { "caught: $($_.FullyQualifiedErrorId) | $($_.Exception.Message) | $($_.CategoryInfo.Category)" }
}
Test-Json -Json 5 -Schema '{"allOf":[{"anyOf":[]}]}'
'after'
