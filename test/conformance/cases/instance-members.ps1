# Add-Member on objects that are not custom objects: pwsh adds instance members through the object's
# PSObject wrapper. A reference object (hashtable, array, list) keeps them wherever it goes; a value kept in
# a variable ($d = Get-Date) has them there; a string or number gets them only in the PSObject that
# -PassThru writes, which keeps them while it travels (assigned, in an array) but not once converted
# ([string]$s). Numbers used here are ones no other case uses: pwsh shares boxed literals.

#### a hashtable gets a note property
$h = @{}; $h | Add-Member -NotePropertyName x -NotePropertyValue 1; $h.x; $h.Count; $h['x']

#### a date in a variable gets a note property
$d = Get-Date; Add-Member -InputObject $d -NotePropertyName tag -NotePropertyValue t; $d.tag
$e = [datetime]'2020-01-02'; Add-Member -InputObject $e -NotePropertyName tag -NotePropertyValue u; $e.tag

#### a string through -PassThru keeps its members while the wrapper travels
$s = 'abc' | Add-Member -NotePropertyName n -NotePropertyValue 5 -PassThru
$s.n; $s.Length; $s; $s.ToUpper(); $s -eq 'abc'; "$s!"; $s.GetType().FullName; $s -is [string]
$s3 = $s; $s3.n
$a = @($s); $a[0].n
$s2 = [string]$s; "[$($s2.n)]"

#### a string in a variable without -PassThru gets nothing
$t = 'abc'; $t | Add-Member -NotePropertyName n -NotePropertyValue 5; "[$($t.n)]"
Add-Member -InputObject $t -NotePropertyName n -NotePropertyValue 5; "[$($t.n)]"

#### a number through -PassThru
$j = 7331 | Add-Member -NotePropertyName n -NotePropertyValue 6 -PassThru; $j.n; $j + 1; $j; $j.GetType().Name

#### an array gets a note property
$arr = 7341, 7342; Add-Member -InputObject $arr -NotePropertyName q -NotePropertyValue 7; $arr.q; $arr.Count

#### already exists, and -Force
$h = @{}; $h | Add-Member x 1; $h | Add-Member x 2; $h.x; $h | Add-Member x 3 -Force; $h.x
$h | Add-Member -NotePropertyName Count -NotePropertyValue 9; $h.Count

#### member types on a hashtable
$h = @{a = 2}
$h | Add-Member -MemberType ScriptProperty -Name Twice -Value { $this.a * 2 }; $h.Twice
$h | Add-Member -MemberType ScriptMethod -Name Plus -Value { param($n) $this.a + $n }; $h.Plus(5)
$h | Add-Member -MemberType AliasProperty -Name Size -Value Count; $h.Size
$h | Add-Member -MemberType NoteProperty -Name Note -Value 'n'; $h.Note

#### member types on a custom object
$o = [pscustomobject]@{a = 3}
Add-Member -InputObject $o -MemberType ScriptProperty -Name Sq -Value { $this.a * $this.a }; $o.Sq
$o | Add-Member -MemberType ScriptMethod -Name Hi -Value { "hi $($this.a)" }; $o.Hi()
$o | Add-Member -MemberType AliasProperty -Name A2 -Value a; $o.A2
$o.a = 4; $o.Sq; $o.A2

#### a script method on a string through -PassThru
$s = 'abc' | Add-Member -MemberType ScriptMethod -Name Twice -Value { "$this$this" } -PassThru; $s.Twice()

#### Get-Member shows instance members
$h = @{}; $h | Add-Member -NotePropertyName x -NotePropertyValue 1; $h | Get-Member -MemberType NoteProperty
$s = 'abc' | Add-Member -NotePropertyName n -NotePropertyValue 5 -PassThru; $s | Get-Member -MemberType NoteProperty

#### Format-List and Select-Object show note properties of a date
$e = [datetime]'2020-01-02'; Add-Member -InputObject $e -NotePropertyName tag -NotePropertyValue u
$e | Select-Object Year, tag

#### the object -PassThru writes is a PSObject
$s = 'abc' | Add-Member -NotePropertyName n -NotePropertyValue 5 -PassThru; $s -is [psobject]; 'abc' -is [psobject]

#### a script property's setter and a note property assigned
$h = @{a = 1}
$h | Add-Member -MemberType ScriptProperty -Name A2 -Value { $this.a } -SecondValue { param($v) $this.a = $v * 10 }
$h.A2 = 5; $h.a; $h.A2
$h | Add-Member -NotePropertyName n -NotePropertyValue 1; $h.n = 2; $h.n; $h.Count

#### Get-Member definitions of the member types
$h = @{a = 2}
$h | Add-Member -MemberType ScriptProperty -Name Twice -Value { $this.a * 2 } -SecondValue { param($v) }
$h | Add-Member -MemberType ScriptMethod -Name Plus -Value { param($n) $this.a + $n }
$h | Add-Member -MemberType AliasProperty -Name Size -Value Count
$h | Get-Member -View Extended | Out-String -Width 200

#### ConvertTo-Json of a string and a number with note properties
'abc' | Add-Member -NotePropertyName n -NotePropertyValue 5 -PassThru | ConvertTo-Json -Compress
7001 | Add-Member -NotePropertyName m -NotePropertyValue 1 -PassThru | ConvertTo-Json -Compress

#### script properties are computed for formatting, Select-Object and serialisation
$o = [pscustomobject]@{a = 1}; $o | Add-Member -MemberType ScriptProperty -Name b -Value { $this.a * 2 }
$o | Format-List; $o | Format-Table; $o | Select-Object *; $o | ConvertTo-Json -Compress; $o | Out-String; $o
$o.a = 5; $o | Select-Object b; $o | Format-Table a, b; $o | Select-Object -ExpandProperty b
$o | ConvertTo-Csv; $o | Where-Object b -eq 10 | ForEach-Object a; $o | ForEach-Object b

#### added members keep their order among a custom object's notes; a failing getter is empty
$o = [pscustomobject]@{a = 1}; $o | Add-Member -MemberType ScriptProperty -Name b -Value { throw 'boom' }
$o | Add-Member -MemberType AliasProperty -Name c -Value a; $o | Add-Member d 4
$o | Format-List; $o | ConvertTo-Json -Compress; "$o"
$o | Add-Member -MemberType ScriptProperty -Name e -Value { $this.a + 10 }
$o | Sort-Object e | ForEach-Object e; $o | Group-Object e | ForEach-Object Name
[pscustomobject]@{a = 1} | Add-Member -MemberType ScriptProperty -Name b -Value { $this.a * 3 } -PassThru

#### Add-Member's member type is not a prefix
$h = @{}; $h | Add-Member d 4; $h.d; $h | Add-Member n 5; $h.n; ($h.n).GetType().Name

#### a script property of an object a table's view does not fit
$o = [pscustomobject]@{a = 1}; $o | Add-Member -MemberType ScriptProperty -Name b -Value { $this.a * 2 }
@{x = 1}, $o | Format-Table

#### a script property's getter that fails is $null, its errors kept in $Error only
'x'
$o = [pscustomobject]@{a=1}; $o | Add-Member ScriptProperty Q { Write-Error "qerr"; 5 }; $o | Add-Member ScriptProperty P { throw "pboom" }
$Error.Clear(); $o.Q; $Error.Count; $o.P; $Error.Count; $?; $x = $o.P; $null -eq $x
$o | Add-Member ScriptProperty R { exit 3 }; $o.R; "after exit"; $o | Format-List

#### a script method's error is the method call's | -f
'x'
$o = [pscustomobject]@{a=1}; $o | Add-Member ScriptMethod M { throw "boom" }; $o | Add-Member ScriptMethod W { param($a) Write-Error "w $a"; "ret" }
$o.M(); "after M"
try { $o.M() } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName; $_.Exception.InnerException.GetType().FullName }
$o.W(1)
