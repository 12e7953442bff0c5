# Update-TypeData, Get-TypeData and Remove-TypeData (the session's extended type data), recorded from pwsh 7.6.10.
# Each case uses type names of its own.

#### A script property given to System.String: every string has it, Get-Member lists it
Update-TypeData -TypeName System.String -MemberType ScriptProperty -MemberName Shout -Value { $this.ToUpper() }
'abc'.Shout
"x$('def'.Shout)"
'abc' | Get-Member -MemberType ScriptProperty

#### The member is already present without -Force; -Force replaces it
Update-TypeData -TypeName Td.Dup -MemberType NoteProperty -MemberName N -Value 1
Update-TypeData -TypeName Td.Dup -MemberType NoteProperty -MemberName N -Value 2
(Get-TypeData Td.Dup).Members['N'].Value
Update-TypeData -TypeName Td.Dup -MemberType NoteProperty -MemberName N -Value 3 -Force
(Get-TypeData Td.Dup).Members['N'].Value
$Error[1].FullyQualifiedErrorId
$Error[1].CategoryInfo.ToString()

#### The already-present error is non-terminating: -ErrorAction Stop makes it catchable
Update-TypeData -TypeName Td.Stop -MemberType NoteProperty -MemberName N -Value 1
try { Update-TypeData -TypeName Td.Stop -MemberType NoteProperty -MemberName N -Value 1 -ErrorAction Stop } catch { "caught: $_" }
Update-TypeData -TypeName Td.Stop -MemberType NoteProperty -MemberName N -Value 1 -ErrorAction SilentlyContinue
'after'

#### Members of a custom object's type name apply to it
$o = [pscustomobject]@{ A = 1; B = 2 }
$o.PSObject.TypeNames.Insert(0, 'Td.Custom')
Update-TypeData -TypeName Td.Custom -MemberType ScriptProperty -MemberName Sum -Value { $this.A + $this.B }
Update-TypeData -TypeName Td.Custom -MemberType AliasProperty -MemberName First -Value A
Update-TypeData -TypeName Td.Custom -MemberType NoteProperty -MemberName Kind -Value 'pair'
Update-TypeData -TypeName Td.Custom -MemberType ScriptMethod -MemberName Times -Value { param($n) $this.A * $n }
$o.Sum
$o.First
$o.Kind
$o.Times(5)
$o | Get-Member
$o | Format-List *
$o | Select-Object * | ConvertTo-Json -Compress

#### A script property with a setter (-SecondValue)
$o = [pscustomobject]@{ Raw = 'a' }
$o.PSObject.TypeNames.Insert(0, 'Td.Setter')
Update-TypeData -TypeName Td.Setter -MemberType ScriptProperty -MemberName Upper -Value { $this.Raw.ToUpper() } -SecondValue { $this.Raw = $args[0].ToLower() }
$o.Upper
$o.Upper = 'XYZ'
$o.Raw
$o.Upper

#### DefaultDisplayPropertySet: the table and list show only those properties
$o = [pscustomobject]@{ A = 1; B = 2; C = 3 }
$o.PSObject.TypeNames.Insert(0, 'Td.Display')
Update-TypeData -TypeName Td.Display -DefaultDisplayPropertySet A, C
$o
$o | Format-List
$o | Format-Table
$o | Format-List *
$o | Select-Object *

#### DefaultDisplayPropertySet of five properties: a list
$o = [pscustomobject]@{ A = 1; B = 2; C = 3; D = 4; E = 5; F = 6 }
$o.PSObject.TypeNames.Insert(0, 'Td.Five')
Update-TypeData -TypeName Td.Five -DefaultDisplayPropertySet A, B, C, D, E
$o

#### Several objects of a type with a display set make one table
$list = 1..3 | ForEach-Object { $x = [pscustomobject]@{ Id = $_; Name = "n$_"; Secret = 'x' }; $x.PSObject.TypeNames.Insert(0, 'Td.Rows'); $x }
Update-TypeData -TypeName Td.Rows -DefaultDisplayPropertySet Id, Name
$list

#### Standard members already present: one error each, in pwsh's order; the rest still applies
Update-TypeData -TypeName Td.Std -MemberType NoteProperty -MemberName X -Value 1 -DefaultDisplayPropertySet A -DefaultDisplayProperty A -DefaultKeyPropertySet A -SerializationDepth 2
Update-TypeData -TypeName Td.Std -MemberType NoteProperty -MemberName X -Value 1 -DefaultDisplayPropertySet A -DefaultDisplayProperty A -DefaultKeyPropertySet A -SerializationDepth 2
Update-TypeData -TypeName Td.Std -MemberType NoteProperty -MemberName Y -Value 1 -DefaultDisplayPropertySet B
(Get-TypeData Td.Std).Members.Keys
(Get-TypeData Td.Std).DefaultDisplayPropertySet.ReferencedProperties
Update-TypeData -TypeName Td.Std -DefaultDisplayPropertySet B -Force
(Get-TypeData Td.Std).DefaultDisplayPropertySet.ReferencedProperties

#### Parameter errors: no -MemberType, no -MemberName, no -Value, a -SecondValue that does not belong
Update-TypeData -TypeName Td.Err -MemberName X -Value 1
Update-TypeData -TypeName Td.Err -MemberType ScriptProperty -Value { 1 }
Update-TypeData -TypeName Td.Err -MemberType AliasProperty -MemberName X
Update-TypeData -TypeName Td.Err -MemberType NoteProperty -MemberName X -Value 1 -SecondValue 2
Update-TypeData -TypeName Td.Err -MemberType ScriptMethod -MemberName X -Value { 1 } -SecondValue { 2 }
Update-TypeData -TypeName Td.Err -MemberType ScriptMethod -MemberName X -Value 5 -SecondValue { 2 }
Get-TypeData Td.Err

#### Parameter errors are terminating: the error ids
foreach ($s in { Update-TypeData -TypeName Td.E2 -MemberName X -Value 1 }, { Update-TypeData -TypeName Td.E2 -MemberType NoteProperty -Value 1 }, { Update-TypeData -TypeName Td.E2 -MemberType NoteProperty -MemberName X }, { Update-TypeData -TypeName Td.E2 -MemberType NoteProperty -MemberName X -Value 1 -SecondValue 1 }) {
  try { & $s -ErrorAction SilentlyContinue } catch { $_.FullyQualifiedErrorId + ' | ' + $_.CategoryInfo }
}

#### Values that do not convert: a script block expected, a MethodInfo for Code members
Update-TypeData -TypeName Td.Cast -MemberType ScriptProperty -MemberName X -Value 5
Update-TypeData -TypeName Td.Cast -MemberType ScriptMethod -MemberName X -Value '1+1'
Update-TypeData -TypeName Td.Cast -MemberType ScriptProperty -MemberName X -Value { 1 } -SecondValue 5
Update-TypeData -TypeName Td.Cast -MemberType CodeProperty -MemberName X -Value 5
Update-TypeData -TypeName Td.Cast -MemberType CodeMethod -MemberName X -Value 'abc'
Update-TypeData -TypeName Td.Cast -MemberType ScriptProperty -MemberName X -Value $null
try { Update-TypeData -TypeName Td.Cast -MemberType ScriptMethod -MemberName X -Value 5 } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }

#### A script property with only a setter
Update-TypeData -TypeName Td.SetOnly -MemberType ScriptProperty -MemberName S -Value $null -SecondValue { 'set' }
(Get-TypeData Td.SetOnly).Members.S | Format-List

#### -MemberType outside the set, or not a member type; an empty type or member name
Update-TypeData -TypeName Td.Bad -MemberType Property -MemberName X -Value 1
Update-TypeData -TypeName Td.Bad -MemberType Note -MemberName X -Value 1
Update-TypeData -TypeName '' -MemberType NoteProperty -MemberName X -Value 1
Update-TypeData -TypeName Td.Bad -MemberType NoteProperty -MemberName '' -Value 1
Update-TypeData -TypeName Td.Bad -DefaultDisplayPropertySet @()
Update-TypeData -TypeName Td.Bad -SerializationDepth -1

#### Nothing to update: TypeDataEmpty, non-terminating
Update-TypeData -TypeName Td.Empty
'next'
$Error[0].FullyQualifiedErrorId
Get-TypeData Td.Empty

#### Get-TypeData: the TypeData object and its members' data
Update-TypeData -TypeName Td.Get -MemberType NoteProperty -MemberName N -Value 5
Update-TypeData -TypeName Td.Get -MemberType AliasProperty -MemberName Al -Value N
Update-TypeData -TypeName Td.Get -MemberType ScriptMethod -MemberName M -Value { 'm' }
Update-TypeData -TypeName Td.Get -DefaultKeyPropertySet N -DefaultDisplayProperty N -SerializationDepth 3
$t = Get-TypeData Td.Get
$t.GetType().FullName
$t.TypeName
$t.Members.Count
$t.Members['N'] | Format-List
$t.Members['Al'] | Format-List
$t.Members['M'] | Format-List
$t.Members['N'].GetType().FullName
$t.SerializationDepth
$t.SerializationDepth.GetType().Name
$t.DefaultKeyPropertySet.ReferencedProperties
$t | Format-List

#### Get-TypeData's table, and wildcards
Update-TypeData -TypeName Td.Wild.Long.Type.Name -MemberType NoteProperty -MemberName N -Value 5
Get-TypeData Td.Wild.*
Get-TypeData td.wild.long.type.name | ForEach-Object TypeName
Get-TypeData Td.Nothing.Here
Get-TypeData Td.Nothing*
'none'

#### Remove-TypeData: the members are gone
Update-TypeData -TypeName System.Int32 -MemberType ScriptProperty -MemberName Twice -Value { $this * 2 }
(21).Twice
Remove-TypeData -TypeName System.Int32
(21).Twice
$null -eq (Get-TypeData System.Int32)
(21 | Get-Member -MemberType ScriptProperty) -eq $null

#### Remove-TypeData of a type without type data; by TypeData object and from the pipeline
Remove-TypeData Td.Missing
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.ToString()
Update-TypeData -TypeName Td.Obj -MemberType NoteProperty -MemberName N -Value 1
$td = Get-TypeData Td.Obj
Remove-TypeData -TypeData $td
Get-TypeData Td.Obj
'removed'
Update-TypeData -TypeData $td
(Get-TypeData Td.Obj).Members.Keys
$td | Remove-TypeData
'Td.Obj' | Remove-TypeData

#### Update-TypeData -TypeData from a name, and -WhatIf
Update-TypeData -TypeData 'Td.FromName'
Update-TypeData -TypeName Td.WhatIf -MemberType NoteProperty -MemberName N -Value 1 -WhatIf
Get-TypeData Td.WhatIf
Update-TypeData -TypeName Td.WhatIf -MemberType NoteProperty -MemberName N -Value 1
Remove-TypeData -TypeName Td.WhatIf -WhatIf
(Get-TypeData Td.WhatIf).TypeName

#### Files: a missing path, a file without the ps1xml extension
Update-TypeData -Path ./no-such-types.ps1xml
$Error[0].FullyQualifiedErrorId
Update-TypeData ./no-such-types.ps1xml
Remove-TypeData -Path ./no-such-types.ps1xml
$Error[0].FullyQualifiedErrorId
Set-Content types.txt 'x'
Update-TypeData -Path ./types.txt
$Error[0].FullyQualifiedErrorId
Remove-Item types.txt
Update-TypeData
'no path: nothing'

#### An instance member of the same name wins over the type's
$o = [pscustomobject]@{ A = 1 }
$o.PSObject.TypeNames.Insert(0, 'Td.Instance')
Update-TypeData -TypeName Td.Instance -MemberType NoteProperty -MemberName A -Value 'type'
Update-TypeData -TypeName Td.Instance -MemberType NoteProperty -MemberName B -Value 'type'
$o.A
$o.B
$o | Add-Member -NotePropertyName B -NotePropertyValue 'instance'
$o.B

#### A type member on System.Object reaches every value
Update-TypeData -TypeName System.Object -MemberType ScriptProperty -MemberName TdTypeName -Value { $this.GetType().Name }
(1).TdTypeName
'a'.TdTypeName
@{}.TdTypeName
[pscustomobject]@{}.TdTypeName
Remove-TypeData System.Object
(1).TdTypeName

#### The commands' syntax
Get-Command Update-TypeData, Get-TypeData, Remove-TypeData -Syntax

#### Type members through Select-Object, ForEach-Object and Where-Object; a type's note property is read-only
Update-TypeData -TypeName System.String -MemberType ScriptProperty -MemberName TdUpper -Value { $this.ToUpper() }
'abc' | Select-Object TdUpper
'abc' | ForEach-Object TdUpper
'abc', 'de' | Where-Object TdUpper -eq 'DE'
$o = [pscustomobject]@{ A = 1 }
$o.PSObject.TypeNames.Insert(0, 'Td.ReadOnly')
Update-TypeData -TypeName Td.ReadOnly -MemberType NoteProperty -MemberName N -Value 7
$o.N = 9
$o.N
try { $o.N = 9 } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString() }

#### A type's members are not the instance's own (IsInstance)
$o = [pscustomobject]@{ A = 1 }
$o.PSObject.TypeNames.Insert(0, 'Td.IsInstance')
Update-TypeData -TypeName Td.IsInstance -MemberType NoteProperty -MemberName N -Value 7
Update-TypeData -TypeName Td.IsInstance -MemberType ScriptProperty -MemberName S -Value { 1 }
Update-TypeData -TypeName Td.IsInstance -MemberType ScriptMethod -MemberName M -Value { 2 }
$o.PSObject.Properties | Select-Object Name, IsInstance, MemberType | Format-Table
$o.PSObject.Methods['M'].IsInstance

#### DefaultDisplayProperty: what Format-Wide shows
$l = 1..3 | ForEach-Object { $o = [pscustomobject]@{ A = $_; B = "b$_" }; $o.PSObject.TypeNames.Insert(0, 'Td.Wide'); $o }
$l | Format-Wide
Update-TypeData -TypeName Td.Wide -DefaultDisplayProperty B
$l | Format-Wide
$l | Format-Wide -Column 3
$l | Format-Wide A
Update-TypeData -TypeName Td.Wide -DefaultDisplayProperty Nope -Force
$l | Format-Wide
