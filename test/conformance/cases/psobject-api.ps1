# The `.psobject` API as admin scripts use it: the member collections (indexer by name, Match, Add,
# Remove, .Count, enumeration), the member objects and their constructors ([psnoteproperty],
# [psscriptproperty], [psaliasproperty], [psscriptmethod]), Copy(), TypeNames, and the members of
# custom objects, hashtables, strings and numbers.

#### Properties indexed by name
$o = [pscustomobject]@{a = 1; b = 'x'}
$o.psobject.Properties["a"].Value
$o.psobject.Properties["B"].Value
$o.psobject.Properties["a"]

#### a missing name, a number, several names
$o = [pscustomobject]@{a = 1; b = 'x'}
$null -eq $o.psobject.Properties["zz"]
$o.psobject.Properties["zz"].Value
$null -eq $o.psobject.Properties[0]
($o.psobject.Properties['a', 'b']).Name
$o.psobject.Properties.Item('b').Value

#### setting a missing member's Value
$o = [pscustomobject]@{a = 1}
$o.psobject.Properties['zz'].Value = 1
'next'

#### the member collections have no Count of their own
$o = [pscustomobject]@{a = 1; b = 'x'}
$o.psobject.Properties.Count
'--'
@($o.psobject.Properties).Count
($o.psobject.Properties | Measure-Object).Count
$o.psobject.Properties.Match('*').Count
$e = [pscustomobject]@{}
$e.psobject.Properties.Count
@($e.psobject.Properties).Count

#### the collections' types
$o = [pscustomobject]@{a = 1}
$o.psobject.Properties.GetType().FullName
$o.psobject.Members.GetType().Name
$o.psobject.Methods.GetType().Name
$o.psobject.Properties.Match('a').GetType().Name
$o.psobject.Properties['a'].GetType().FullName
$o.psobject.Properties['a'].MemberType.GetType().FullName

#### Match by pattern and member type
$o = [pscustomobject]@{Name = 'n'; Size = 1; Site = 'x'}
$o.psobject.Properties.Match('s*').Name
$o.psobject.Properties.Match('SIZE').Value
$o.psobject.Properties.Match('*', 'NoteProperty').Count
$o.psobject.Properties.Match('*', 'Method').Count
$o.psobject.Members.Match('*', 'Method').Name
$o.psobject.Members.Match('*', 'Properties').Name

#### Match errors
$o = [pscustomobject]@{a = 1}
$o.psobject.Properties.Match()
$o.psobject.Properties.Match('*', 'NoteProperty, ScriptProperty')

#### enumerating the properties
$o = [pscustomobject]@{Name = 'n1'; Size = 10; Empty = $null}
foreach ($p in $o.psobject.Properties) { "$($p.Name)=$($p.Value)" }
$o.psobject.Properties.Name
$o.psobject.Properties.Value
$o.psobject.Properties | Where-Object { $null -eq $_.Value } | ForEach-Object Name
$o.psobject.Properties | Sort-Object Name | ForEach-Object Name
"$($o.psobject.Properties)"

#### a property's Value writes through to the object
$o = [pscustomobject]@{Name = 'n1'; Size = 10}
$o.psobject.Properties | ForEach-Object { $_.Value = "[$($_.Value)]" }
$o
$n = $o.psobject.Properties['Size']
$o.Size = 7
$n.Value
$n.TypeNameOfValue
$o.psobject.Properties['Size'] -eq $o.psobject.Properties['Size']

#### properties as a table and a selection
$o = [pscustomobject]@{Name = 'n1'; Size = 10}
$o.psobject.Properties | Select-Object Name, Value, TypeNameOfValue
$o.psobject.Properties | Format-Table

#### Members as a table: MemberType is a PSMemberTypes
$o = [pscustomobject]@{a = 1; b = 'x'}
$o.psobject.Members | Select-Object Name, MemberType

#### [psnoteproperty] and Add
$o = [pscustomobject]@{a = 1; b = 'x'}
$n = [psnoteproperty]::new('z', 3)
$n
$n.GetType().FullName
$n.ToString()
$o.psobject.Properties.Add($n)
$n.Value = 9
$o.z
$o

#### Add replaces a member of that name where it was
$o = [pscustomobject]@{a = 1; b = 'x'; c = 2}
$o.psobject.Properties.Add([psnoteproperty]::new('a', 'new'))
$o
$o.psobject.Properties.Add([psnoteproperty]::new('q', 1), $true)
$o.q

#### Add errors
$o = [pscustomobject]@{a = 1}
$o.psobject.Properties.Add($null)
$o.psobject.Properties.Add('str')
$o.psobject.Properties.Add([psscriptmethod]::new('m2', { 1 }))
$o.psobject.Methods.Add([psnoteproperty]::new('n2', 1))
$o.psobject.Properties.Add()

#### Remove
$o = [pscustomobject]@{a = 1; b = 'x'}
$o.psobject.Properties.Remove('nothere')
$o.psobject.Properties.Remove('A')
$o
$o.psobject.Properties.Remove($null)
$o.psobject.Properties.Remove('psobject')

#### a script property through Add
$o = [pscustomobject]@{c = 2}
$o.psobject.Properties.Add([psscriptproperty]::new('d', { $this.c * 2 }))
$o.d
$o.psobject.Properties['d'] | Format-List
$o.psobject.Properties['d'].ToString()
$o | Format-List

#### a script property's setter and its absence
$o = [pscustomobject]@{a = 1}
$o.psobject.Properties.Add([psscriptproperty]::new('d', { $this.a * 2 }, { param($v) $this.a = $v / 2 }))
$o.psobject.Properties['d'].Value = 10
$o.a
$o.d = 6
$o.a
$o.psobject.Properties['d'].IsSettable
$o.psobject.Properties['d'].ToString()
$o.psobject.Properties.Add([psscriptproperty]::new('ro', { 5 }))
$o.ro = 1
$o.psobject.Properties['ro'].Value = 1

#### an alias property through Add
$o = [pscustomobject]@{c = 2}
$o.psobject.Properties.Add([psaliasproperty]::new('al', 'c'))
$o.al
$o.psobject.Properties['al'] | Format-List
[psaliasproperty]::new('x', 'y') | Format-List

#### a script method through Methods.Add
$o = [pscustomobject]@{c = 2}
$o.psobject.Methods.Add([psscriptmethod]::new('m', { param($x) "m$x" + $this.c }))
$o.m(5)
$o.psobject.Methods['m'].Invoke(7)
$o.psobject.Methods['m'] | Format-List
$o.psobject.Methods.Remove('m')
$o.m(1)

#### all the members after adding some
$o = [pscustomobject]@{a = 1; b = 'x'}
$o.psobject.Properties.Add([psscriptproperty]::new('d', { 1 }))
$o.psobject.Properties.Add([psaliasproperty]::new('al', 'a'))
$o.psobject.Methods.Add([psscriptmethod]::new('m', { 1 }))
$o.psobject.Members | Format-Table Name, MemberType, TypeNameOfValue
"$($o.psobject.Members)"
$o.psobject.Properties | ForEach-Object { $_.GetType().Name }
$o.psobject.Members['ToString'] | Format-List

#### member objects are read-only but for Value
$n = [psnoteproperty]::new('a', 1)
$n.Name = 'b'
$n.IsSettable = $false
$n.ToString()
"$n"
[psnoteproperty]::new('a', @(1, 2)).ToString()
[psnoteproperty]::new('n', $null) | Format-List

#### member constructors' errors
[psnoteproperty]::new('', 1)
[psnoteproperty]::new()
[psnoteproperty]::new('a')
[psscriptproperty]::new('n', 'notascript')
[psscriptmethod]::new('n', $null)
[psscriptproperty]::new('n', { 1 }, { 2 }).ToString()
[psscriptproperty]::new('n', { 1 }) | Format-List

#### New-Object makes member objects too
$n = New-Object System.Management.Automation.PSNoteProperty 'n', 1
$n.Name
$n.Value

#### Copy of a custom object
$o = [pscustomobject]@{a = 1; b = 'x'}
$o | Add-Member -MemberType ScriptMethod -Name m -Value { 'hi' }
$c = $o.psobject.Copy()
$c.b = 'changed'
$o.b
$c.b
$c.m()
$o.psobject.TypeNames.Insert(0, 'My.Type')
$o.psobject.TypeNames
'--'
$c.psobject.TypeNames

#### Copy of a hashtable, an array and a string
$h = @{a = 1}
$c = $h.psobject.Copy()
$c.b = 2
$h.Count
$c.GetType().Name
$a = 1, 2
$b = $a.psobject.Copy()
$b[0] = 9
$a[0]
'abc'.psobject.Copy()

#### TypeNames Add and Insert
$o = New-Object psobject
$o | Add-Member n 1
$o.psobject.TypeNames.Add('Extra.Type')
$o.pstypenames
$o.psobject.TypeNames.Insert(0, 'First.Type')
$o.pstypenames[0]
($o | Get-Member | Select-Object -First 1).TypeName

#### [psobject]::new
$x = [psobject]::new()
$x.GetType().FullName
$x | Get-Member
$y = [psobject]::new('abc')
$y
$y.Length

#### a hashtable's members
$h = @{a = 1}
$h.psobject.Properties | Format-Table Name, MemberType, Value
($h.psobject.Members | ForEach-Object Name) -join ','
$h.psobject.Properties.Add([psnoteproperty]::new('z', 1))
$h.z
$h.Count
$h.psobject.Properties['z'].Value
$h.psobject.BaseObject.GetType().Name

#### a string's and a number's members
($h = 'hi').psobject.Members | ForEach-Object { "$($_.Name)|$($_.MemberType)" } | Select-Object -First 5
'hi'.psobject.Properties | Format-List
(5).psobject.Properties.Count
@((5).psobject.Properties).Count
((5).psobject.Methods | ForEach-Object Name) -join ','
(5).psobject
'x'.psobject | Format-List

#### a method's Invoke
$o = [pscustomobject]@{a = 1}
"[$($o.psobject.Methods['ToString'].Invoke())]"
'abc'.psobject.Methods['ToUpper'].Invoke()
'abc'.psobject.Methods['Substring'].Invoke(1)

#### the API under strict mode
Set-StrictMode -Version Latest
$o = [pscustomobject]@{a = 1}
$o.psobject.Properties['a'].Value
$null -eq $o.psobject.Properties['zz']
$o.psobject.Properties.Match('a').Count
