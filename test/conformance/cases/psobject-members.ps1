# `.psobject` of values: BaseObject, ImmediateBaseObject, Properties, Methods, Members, TypeNames.

#### a custom object's psobject
$o = [pscustomobject]@{a = 1}
$o.psobject.BaseObject
"[$($o.psobject.BaseObject)]"
$o.psobject.BaseObject.GetType().FullName
$o.psobject.ImmediateBaseObject.GetType().Name
$o.psobject.GetType().FullName
$o.psobject
$o.psobject.Properties
$o.psobject.TypeNames

#### a custom object's psobject methods and members
$o = [pscustomobject]@{a = 1; b = 'x'}
$o.psobject.Methods | Format-List
$o.psobject.Members | Select-Object -ExpandProperty Name

#### psobject of numbers and text
(1).psobject.BaseObject
('x').psobject.BaseObject
(1).psobject.Properties
'--'
('x').psobject.Properties
('x').psobject.TypeNames
(1).psobject.TypeNames
@{a = 1}.psobject.BaseObject
@{a = 1}.psobject.TypeNames
(1, 2).psobject.BaseObject.GetType().Name
(Get-Date).psobject.BaseObject.GetType().Name
[System.Exception]::new('m').psobject.BaseObject.Message
