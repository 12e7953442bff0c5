# Type objects' BaseType chain, and $OFS, which a session does not define until a script sets it.

#### BaseType of an array type is a type
[int[]].BaseType

#### BaseType chain
[int[]].BaseType.BaseType.FullName; "$([int[]].BaseType)"; [int].BaseType.Name; $null -eq [object].BaseType

#### An enum's base
[System.DayOfWeek].BaseType; [System.DayOfWeek].BaseType.BaseType.Name

#### The type of a type
[int].GetType(); [int].GetType().BaseType.BaseType.FullName

#### Reflection types
[type], [System.Reflection.MemberInfo], [System.ValueType], [enum], [array] | Format-Table

#### $OFS is not defined
$null -eq $OFS; Get-Variable OFS

#### $OFS when set and removed
"$(1, 2)"; $OFS = '-'; "$(1, 2)"; [string](3, 4); 1, 2 | Join-String; Remove-Variable OFS; "$(1, 2)"; 1, 2 | Join-String
