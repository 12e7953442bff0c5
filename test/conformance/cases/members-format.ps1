# Get-Member on collections and member objects, method groups, New-Object's argument conversions and
# the formatter's rules (FormatString, headings cut at the width, tables after a content-sized one, out of
# band objects), recorded from pwsh 7.6.10.

#### Get-Member of a List[string]: its own members with their overloads
Get-Member -InputObject ([System.Collections.Generic.List[string]]::new()) | Format-Table -Wrap

#### Get-Member of an ArrayList, an OrderedDictionary and the non-generic Queue and Stack
foreach ($v in [System.Collections.ArrayList]::new(), [ordered]@{}, [System.Collections.Queue]::new(), [System.Collections.Stack]::new()) {
  Get-Member -InputObject $v | ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.TypeName, $_.Name, $_.MemberType, $_.Definition }
}

#### Get-Member of generic collections: the type arguments in the definitions (accelerators, full and short names)
$values = @(
  [System.Collections.Generic.List[object]]::new()
  [System.Collections.Generic.List[psobject]]::new()
  [System.Collections.Generic.Dictionary[string,object]]::new()
  [System.Collections.Generic.Dictionary[string,System.Collections.Generic.List[int]]]::new()
  [System.Collections.Generic.HashSet[int]]::new()
  [System.Collections.Generic.Queue[string]]::new()
  [System.Collections.Generic.Stack[datetime]]::new()
  [System.Collections.Generic.SortedSet[string]]::new()
  [System.Collections.Generic.SortedDictionary[string,int]]::new()
  [System.Collections.Generic.SortedList[string,object]]::new()
  [System.Collections.Concurrent.ConcurrentDictionary[string,int]]::new()
  [System.Collections.Concurrent.ConcurrentBag[object]]::new()
  [System.Collections.Concurrent.ConcurrentQueue[int]]::new()
  [System.Collections.Concurrent.ConcurrentStack[string]]::new()
)
foreach ($v in $values) {
  $members = @(Get-Member -InputObject $v)
  $members[0].TypeName
  $members | ForEach-Object { '  {0}|{1}|{2}' -f $_.Name, $_.MemberType, $_.Definition }
}

#### Get-Member of arrays of other element types: Address, Get and Set name the element type
foreach ($v in [string[]]@('a'), [int[]]@(1), [byte[]]::new(2), [psobject[]]@(1), [hashtable[]]@(@{})) {
  Get-Member -InputObject $v -Name Address, Get, Set, Count | ForEach-Object { '{0}|{1}|{2}' -f $_.TypeName, $_.Name, $_.Definition }
}

#### An array and a collection piped whole, and a hashtable
,@(1,2) | Get-Member -MemberType Property
,[System.Collections.Generic.List[int]]@(1,2) | Get-Member -Name Count, Capacity, Item
@{a=1} | Get-Member -MemberType Method | Select-Object -First 4

#### A collection's method groups: shown, as text, called
$l = [System.Collections.Generic.List[string]]::new()
$l.Add
"$($l.IndexOf)"
$l.Add.Invoke('x')
$l.Count
$l.Contains -is [System.Management.Automation.PSMethod]
$a = [System.Collections.ArrayList]::new()
$a.Add
(@(1,2)).Contains

#### A constructor's method group: its name, type and Invoke
$g = [datetime]::new
$g -is [object]
$g.Name
$g.GetType().FullName
$g.Invoke(2026, 1, 2).Year
$g | Format-List Name, MemberType, IsInstance
try { $g.Invoke('x', 1, 1) } catch { $_.Exception.Message }
try { ([timespan]::new).Invoke(1, 'y', 3) } catch { $_.Exception.Message }

#### An instance method group's members and list
$m = 'abc'.Substring
$m -is [System.Management.Automation.PSMethodInfo]
$m.OverloadDefinitions.Count
$m | Format-List

#### New-Object: an argument that does not convert names its index and the type
try { New-Object DateTime 'abc', 1, 1 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
try { New-Object DateTime 'abc' } catch { $_.Exception.Message }
try { New-Object TimeSpan 1, 'y', 3 } catch { $_.Exception.Message }
try { New-Object Version 1, 'b' } catch { $_.Exception.Message }
try { New-Object System.Text.StringBuilder 'a', 'b' } catch { $_.Exception.Message }
try { New-Object System.Text.StringBuilder 'a', 1, 'x', 3 } catch { $_.Exception.Message }
try { New-Object Random 'abc' } catch { $_.Exception.Message }
try { New-Object System.Collections.ArrayList 'x' } catch { $_.Exception.Message }
try { New-Object System.Collections.Generic.List[int] 'abc' } catch { $_.Exception.Message }
(New-Object System.Collections.ArrayList '5').Count

#### New-Object: no overload, and a constructor that throws, as errors
New-Object System.Text.StringBuilder 'a','b','c','d','e'
New-Object System.Uri 5
New-Object DateTime 'abc', 1, 1

#### ::new's argument names for StringBuilder, Random and the lists
try { [System.Text.StringBuilder]::new('a', 'b') } catch { $_.Exception.Message }
try { [System.Text.StringBuilder]::new('a', 1, 'x', 3) } catch { $_.Exception.Message }
try { [Random]::new('abc') } catch { $_.Exception.Message }
try { [System.Collections.Generic.List[int]]::new('abc') } catch { $_.Exception.Message }

#### Get-Member of .PSObject.Properties and .Methods: the member objects' own rows
$o = [pscustomobject]@{a=1}
$o | Add-Member -MemberType ScriptProperty -Name D -Value { 1 }
$o | Add-Member -MemberType AliasProperty -Name E -Value a
$o | Add-Member ScriptMethod M { 1 }
$o.PSObject.Properties | Get-Member | Format-Table -Wrap
$o.PSObject.Methods['M'] | Get-Member -MemberType Property
'x'.PSObject.Properties | Get-Member -MemberType Property

#### A script method named without parentheses is its PSScriptMethod
$o = [pscustomobject]@{a=1}
$o | Add-Member -MemberType ScriptMethod -Name Hi -Value { "hi $($this.a) $args" }
$o.Hi('bob')
$o.Hi
$o.Hi.Invoke('x')

#### FormatString in Format-Table, Format-List and Format-Wide
[pscustomobject]@{Name='a';Size=1234.5678} | Format-Table Name, @{Label='KB';Expression={$_.Size/1KB};FormatString='N3'}
[pscustomobject]@{when=[datetime]'2026-01-02 03:04:05'} | Format-Table @{n='When';e={$_.when};FormatString='yyyy-MM-dd'}
[pscustomobject]@{a='x';n=5} | Format-Table @{e='a';FormatString='{0}'}, @{e='a';FormatString='N2'}, @{e='n';FormatString='{0:N1} KB'}, @{e='n';FormatString='{1}'}, @{e='n';FormatString='X4'}
[pscustomobject]@{a=1.23456;b=$null} | Format-List @{n='A';e={$_.a};FormatString='F2'}, @{n='B';e={$_.b};FormatString='F2'}
1..4 | ForEach-Object { [pscustomobject]@{v=$_ * 1000} } | Format-Wide @{e='v';FormatString='N0'}
[pscustomobject]@{Size=1536} | Format-Table @{n='Size(KB)';e={$_.Size/1KB};FormatString='N1';Width=10}

#### -GroupBy's FormatString is not applied to the group's value
1..3 | ForEach-Object { [pscustomobject]@{g=$_*0.5;v=$_} } | Format-Table v -GroupBy @{e='g';FormatString='P0'}

#### A property named twice: Format-* show it twice, Select-Object refuses it
[pscustomobject]@{a=1;b=2} | Format-Table a, a
[pscustomobject]@{a=1;b=2} | Format-Table a, *
[pscustomobject]@{a=1;b=2} | Format-List a, a
[pscustomobject]@{a=1;b=2},[pscustomobject]@{a=3;b=4} | Select-Object a, * -ErrorVariable ev | Format-List
$ev.Count
$ev[0].FullyQualifiedErrorId
"$($ev[0].CategoryInfo)"

#### A heading longer than the line is cut at the width
Get-Member -InputObject ([System.Collections.Generic.List[string]]::new()) -MemberType Property
Get-Member -InputObject ([System.Collections.Generic.Dictionary[string,int]]::new()) -Name Count | Out-String -Width 40
1..2 | ForEach-Object { [pscustomobject]@{G='x' * 90; V=$_} } | Format-Table V -GroupBy G

#### A folder's heading longer than the line
$d = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/cccccccccccccccccccccc'
$null = New-Item -ItemType Directory -Path $d -Force
$f = New-Item -ItemType File -Path "$d/f.txt" -Force
$f.LastWriteTime = [datetime]'2026-01-01'
Get-ChildItem $d | Format-List Name
Get-ChildItem $d | Format-Table Name -GroupBy Directory
Remove-Item aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa -Recurse -Force

#### After a content-sized table, a view's table is sized to its contents
[pscustomobject]@{a=1} | Format-Table
[Environment]::Version
$PSVersionTable.PSVersion
[version]'1.2.3.4'

#### A view's table keeps its widths after a table of fixed widths
Get-Alias gci | Format-Table
[version]'1.2.3.4'

#### A folder listing after a content-sized table
$null = New-Item -ItemType Directory -Path listing -Force
$f = New-Item -ItemType File -Path listing/f.txt -Force
$f.LastWriteTime = [datetime]'2026-01-01'
Get-ChildItem listing | Format-Table Name
Get-ChildItem listing
Remove-Item listing -Recurse -Force

#### A file written out of band lists its DefaultDisplayPropertySet
$f = New-Item -ItemType File -Path oob.txt -Force -Value 'abc'
$f.LastWriteTime = [datetime]'2026-01-01'
[version]'1.2.3.4'
Get-Item oob.txt
[version]'5.6.7.8'
Remove-Item oob.txt

#### Version after text and in Format-Table
'hello'
[Environment]::Version
[Environment]::Version | Format-Table
[Environment]::Version | Format-List

#### PSObject.Properties loops and tables
$o = [pscustomobject]@{a=1;b='x'}
foreach ($p in $o.PSObject.Properties) { "$($p.Name)=$($p.Value) $($p.MemberType) $($p.TypeNameOfValue)" }
$o.PSObject.Properties | Format-Table Name, Value, MemberType
$o.PSObject.Properties['a']
$o.PSObject.Properties.Match('b*') | Format-List

#### Add-Member script and alias properties with Get-Member and Format-List
$o = [pscustomobject]@{a=1}
$o | Add-Member -MemberType ScriptProperty -Name Dbl -Value { $this.a * 2 } -SecondValue { param($v) $this.a = $v / 2 }
$o | Add-Member -MemberType AliasProperty -Name A2 -Value a
$o.Dbl = 10
$o.a
$o | Format-List
$o | Get-Member -MemberType AliasProperty, ScriptProperty

#### Format-Wide, Format-List -GroupBy and Out-String -Width
'alpha','beta','gamma','delta','epsilon' | Format-Wide -AutoSize
1..12 | Format-Wide -Column 4
1..3 | ForEach-Object { [pscustomobject]@{G='g' + ($_ % 2); V=$_} } | Format-List -GroupBy G
[pscustomobject]@{a='x'*100} | Out-String -Width 50 -Stream | ForEach-Object { $_.Length }
[pscustomobject]@{Alpha=1;Beta=2;Gamma=3} | Format-Table -Property *a

#### A dictionary's entries: KeyValuePair and DictionaryEntry members
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d['a'] = 1
$d.GetEnumerator() | Get-Member
@{a=1}.GetEnumerator() | Get-Member
([ordered]@{a=1}).GetEnumerator() | Get-Member -MemberType Property

#### A List[T]'s ToArray is a T[]
$l = [System.Collections.Generic.List[string]]::new()
$l.Add('a')
$l.ToArray().GetType().FullName
$n = [System.Collections.Generic.List[int]]::new()
$n.Add(2)
$t = $n.ToArray()
$t.GetType().FullName
$t[0] = '5'
$t[0].GetType().Name
([System.Collections.ArrayList]@(1)).ToArray().GetType().FullName

#### a property that is not a name, script block or dictionary is refused by the property cmdlets
$d = Get-Date '2026-01-02'
$d | Format-Table -Property Year, 1
$d | Format-List -Property $true
$d | Select-Object -Property ([char]'Y')
$d | Select-Object -Property ([pscustomobject]@{a=1})
$d | Sort-Object -Property 1.5 | ForEach-Object Year
$d | Group-Object -Property (Get-Date)
$d | Select-Object -Property ([ordered]@{e='Year'})
'after'
