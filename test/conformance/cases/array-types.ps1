# Array type literals [T[]] for every type the shell casts to: each element converts as [T] does; the
# errors of a failing element or scalar; GetType, -is, -as, typed variables and typed parameters.

#### [datetime[]] of an array
$r = [datetime[]]@('2020-01-01', '2021-06-30'); $r.GetType().FullName; $r.Count; $r[1].Month

#### [datetime[]] of one string
$r = [datetime[]]'2020-01-01'; $r.GetType().Name; $r.Count; $r[0].Year

#### [System.DateTime[]] full name
([System.DateTime[]]'2020-01-01').GetType().FullName

#### [bool[]] of numbers and text
$r = [bool[]]@(1, 0, 'x', ''); $r.GetType().FullName; $r

#### [hashtable[]]
$r = [hashtable[]]@(@{ a = 1 }, @{ b = 2 }); $r.GetType().Name; $r[1].b

#### [psobject[]] keeps the elements' types
$r = [psobject[]]@(1, 'a'); $r.GetType().FullName; $r | ForEach-Object { $_.GetType().Name }

#### [pscustomobject[]] is a PSObject[] that keeps hashtables
$r = [pscustomobject[]]@(@{ a = 1 }); $r.GetType().FullName; $r[0].GetType().FullName

#### [guid[]]
$r = [guid[]]@('7d9f1ea4-3f6b-4b59-9b7f-5a6a8d9e1c2b'); $r.GetType().Name; "$($r[0])"

#### [timespan[]]
$r = [timespan[]]@('01:00', '2'); $r.GetType().Name; $r -join '|'

#### [uri[]]
$r = [uri[]]@('http://contoso.com/a', 'b'); $r.GetType().FullName; $r[0].Host; $r[1].IsAbsoluteUri

#### [regex[]] and [type[]]
([regex[]]'a+').GetType().FullName; ([type[]]@('int', 'string')).FullName

#### enum array
$r = [ConsoleColor[]]@('Red', 2); $r.GetType().FullName; $r

#### type literal of an array type
[datetime[]]; [datetime[]].FullName; [datetime[]].Name; [guid[]].FullName

#### -is and -isnot
([bool[]]@(1)) -is [bool[]]; @(1) -is [bool[]]; (,[datetime]'2020-01-01') -is [datetime[]]; ([timespan[]]'1') -isnot [timespan[]]

#### -as
(@('2020-01-01') -as [datetime[]]).GetType().FullName; $null -eq (@('x') -as [datetime[]]); $null -eq ($null -as [guid[]])

#### $null cast to an array type
$null -eq [datetime[]]$null

#### element that fails: datetime
[datetime[]]@('2020-01-01', 'x')

#### element that fails: int
[int[]]@('1', 'a')

#### element that fails: timespan
[timespan[]]@('x')

#### element that fails: guid
[guid[]]@(1)

#### element with no conversion: hashtable
[hashtable[]]@(1)

#### element with no conversion: uri
[uri[]]@(@{})

#### scalar that fails: datetime
[datetime[]]'x'

#### scalar that fails: guid
[guid[]]'x'

#### scalar with no conversion to the element type
[hashtable[]]1

#### scalar through IConvertible
[datetime[]]$true

#### scalar Boolean to timespan and guid arrays
[timespan[]]$true

#### scalar Boolean to a guid array
[guid[]]$true

#### scalar to a switch array
[switch[]]1

#### scalar to a scriptblock array
[scriptblock[]]'a'

#### scalar to a type array
[type[]]'nosuch'

#### scalar to a regex array
[regex[]]'('

#### hashtable to an int array
[int[]]@{}

#### unknown element type
[foo[]]1

#### unknown element type alone
[foo[]]

#### unknown element type with -is
1 -is [foo[]]

#### typed variable converts later assignments
[bool[]]$x = 1, 0; $x.GetType().FullName; $x = 'a', ''; $x; $x = 5; $x.GetType().FullName; $x.Count

#### typed variable: a later assignment fails (scalar)
[datetime[]]$x = '2020-01-01'; $x = 'bad'

#### typed variable: a later assignment fails (element)
[datetime[]]$x = '2020-01-01'; $x = @('2020-01-01', 'bad')

#### typed variable from $null
[bool[]]$b = $null; $null -eq $b

#### guid array variable
[guid[]]$ids = '7d9f1ea4-3f6b-4b59-9b7f-5a6a8d9e1c2b'; $ids.GetType().Name; $ids[0].GetType().Name

#### parameter: one value becomes a one-element array
function f { param([datetime[]]$d) $d.GetType().FullName; $d.Count; $d[0].Year }; f '2020-01-01'

#### parameter: several values
function f { param([datetime[]]$Dates, [bool[]]$Flags) $Dates.Count; $Flags -join '|' }; f -Dates '2020-01-01', '2021-01-01' -Flags 1, 0, '', $null

#### parameter: timespan array
function f { param([timespan[]]$t) $t -join '|' }; f -t '01:00', '2'

#### parameter binding fails: scalar
function f { param([datetime[]]$d) $d.Count }; f 'x'

#### parameter binding fails: element
function f { param([datetime[]]$d) $d.Count }; f '2020-01-01', 'x'

#### parameter binding fails: guid
function f { param([guid[]]$g) $g.Count }; f 'nope'

#### parameter binding fails: no conversion
function f { param([hashtable[]]$h) $h.Count }; f 1

#### scalar casts the elements share: guid
[guid]'x'

#### scalar casts the elements share: guid from a Boolean
[guid]$true

#### scalar casts the elements share: timespan from a Boolean
[timespan]$true

#### scalar casts the elements share: regex
[regex]'('

#### scalar casts the elements share: type
[type]'nosuch'

#### System.Array statics: IndexOf, LastIndexOf, Reverse, Sort
$a = 1..5
[array]::IndexOf($a, 4); [array]::IndexOf($a, '4'); [array]::IndexOf($a, 9); [array]::IndexOf($a, 2, 2); [array]::IndexOf($a, 4, 1, 2)
[array]::LastIndexOf(@(1,2,1), 1); [System.Array]::IndexOf(@('a','B'), 'b'); [array]::IndexOf(@('a','B'), 'B')
[array]::Reverse($a); $a -join ','; [array]::Reverse($a, 1, 2); $a -join ','
$s = 'pear','Apple','banana','apple'; [array]::Sort($s); $s -join ','
$n = 10, 2, 33, 4; [array]::Sort($n); $n -join ','

#### System.Array statics: Resize and Clear keep the element type
$m = 3.5, 1, 2; [array]::Sort($m); $m -join ','
$r = 1,2,3; [array]::Resize([ref]$r, 5); $r.Count; $r.GetType().FullName; [array]::Resize([ref]$r, 2); $r -join ','
[int[]]$t = 1,2,3; [array]::Resize([ref]$t, 4); $t -join ','

#### System.Array statics' errors
'x'
$c = 1,2,3; [array]::Clear($c); $c.Count; $null -eq $c[0]; [int[]]$ci = 1,2,3; [array]::Clear($ci, 0, 2); $ci -join ','
[array]::IndexOf($null, 1)
[array]::Reverse($null)
[array]::IndexOf($a)
[array]::Sort(@(1, 'a'))
