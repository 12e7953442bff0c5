# PowerShell's `enum` and `class` statements: a script's own types (docs/language.md, "Enums and
# classes"). Each case names its types afresh, as a session keeps the types it defined.

#### enum members with newlines, semicolons and explicit values
enum Color { Red; Green = 5
  Blue }
[Color]::Red; [Color]'Blue'; [Color]5; [int][Color]::Blue

#### enum comparisons with names and numbers
enum Shade { Light; Dark = 5 }
[Shade]::Dark -eq 'Dark'; [Shade]::Dark -eq 5; [Shade]::Dark -eq 'Light'; [Shade]::Light -lt [Shade]::Dark

#### enum GetNames and GetValues
enum Fruit { Apple; Pear = 7; Plum }
[enum]::GetNames([Fruit]) -join ','; [enum]::GetValues([Fruit]); ([Fruit]::Plum).ToString()

#### enum names are listed in value order
enum Order1 { A = 2; B; C = 1; D }
[enum]::GetNames([Order1]); ([enum]::GetValues([Order1]) | ForEach-Object { [int]$_ }) -join ','

#### flags enum combines and displays its flags
[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }
[Perm]::Read -bor [Perm]::Write; [Perm]'Read, Exec'; [Perm]7; [Perm]0

#### flags enum refuses a value no flags make
[Flags()] enum Perm2 { Read = 1; Write = 2 }
[Perm2]8

#### enum cast of an unknown name
enum Color2 { Red; Green; Blue }
try { [Color2]'Purple' } catch { $_.Exception.Message }
[Color2]'Purple'

#### enum cast of an undefined number
enum Color3 { Red; Green; Blue }
[Color3]9

#### enum value type and -is
enum Color4 { Red; Green }
[Color4]::Red -is [Color4]; [Color4]::Red.GetType().FullName; [Color4]::Red.GetType().BaseType.FullName; [Color4].Name; [Color4]::Green.value__

#### enum with an underlying type
enum Small : byte { A; B }
[int][Small]::B; [Small]'A'

#### enum as a parameter type
enum Color5 { Red; Green = 5; Blue }
function f { param([Color5]$c) "got $c" }
f Green; f 6
f Purple

#### enum in a table
enum Color6 { Red; Green = 5; Blue }
[pscustomobject]@{ N = 1; C = [Color6]::Blue } | Format-Table

#### enum arithmetic gives a number
enum Color7 { Red; Green }
$x = [Color7]::Red; $x++; $x; [Color7]::Red + 1

#### enum used above its definition
[Late]::B
enum Late { A; B }

#### enum parse errors
enum E1 { A; A }

#### enum value must be constant
enum E2 { A = $x }

#### enum value must be a number
enum E3 { A = "x" }

#### enum without a name
enum { A }

#### enum without a body
enum E4 A

#### class with properties, constructors and methods
class Person {
  [string]$Name
  [int]$Age = 30
  hidden [string]$Secret = 's'
  static [int]$Count = 0
  $Untyped
  Person() { }
  Person([string]$n) { $this.Name = $n; [Person]::Count += 1 }
  Person([string]$n, [int]$a) { $this.Name = $n; $this.Age = $a }
  [string] Greet([string]$greeting) { return "$greeting, $($this.Name)" }
  [void] Birthday() { $this.Age += 1 }
  static [string] Describe() { return 'people' }
  [string] ToString() { return "Person($($this.Name))" }
}
$p = [Person]::new('Ann')
$p
$p | Format-List
$p.Greet('Hi')
$p.Birthday(); $p.Age
[Person]::Describe()
[Person]::Count
"$p"
$q = New-Object Person -ArgumentList 'Bob', 40
$q.Age
$r = [Person]@{ Name = 'Cy'; Age = 5 }
$r.Name; $r.Age; "$r"
$p.Secret
$p.Age = '42'; $p.Age
@($p, $q) | Format-Table

#### class property conversion error
class Person2 { [int]$Age }
$p = [Person2]::new()
try { $p.Age = 'abc' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
$p.Age = 'abc'

#### class object type
class Person3 { [string]$Name }
$p = [Person3]::new()
$p -is [Person3]; $p.GetType().FullName; $p.GetType().BaseType.FullName; [Person3].Name

#### class constructor overload by count
class Person4 { Person4([string]$n) { } }
[Person4]::new('a','b','c')

#### class without a parameterless constructor
class Person5 { Person5([string]$n) { } }
[Person5]::new()

#### class inheritance with base constructor and override
class Animal {
  [string]$Name
  Animal([string]$n) { $this.Name = $n }
  [string] Speak() { return "$($this.Name) makes a sound" }
}
class Dog : Animal {
  [string]$Breed
  Dog([string]$n, [string]$b) : base($n) { $this.Breed = $b }
  [string] Speak() { return "Dog: " + ([Animal]$this).Speak() }
}
$d = [Dog]::new('Rex', 'Lab')
$d
$d.Speak()
$d -is [Animal]; $d -is [Dog]

#### class unknown property assignment
class Person6 { [string]$Name }
$p = [Person6]::new()
$p.Nope = 1

#### class method argument count
class Person7 { [string] Greet([string]$g) { return $g } }
[Person7]::new().Greet()

#### class methods return only their return value
class Box {
  [int]$W = 2
  [int]$H = 3
  [int] Area() { return $this.W * $this.H }
  [void] Grow([int]$by) { $this.W += $by; 'ignored output' }
  Describe() { 'untyped output' }
  [int[]] Dims() { return $this.W, $this.H }
}
$b = [Box]::new()
$b.Area()
$b.Grow(3); $b.W
$x = $b.Grow(1); $null -eq $x
$b.Dims() -join 'x'
$b.Describe()

#### class method throw is caught
class Box2 { [string] Fail() { throw 'boom' } }
try { [Box2]::new().Fail() } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }

#### class method throw ends the script
class Box3 { [string] Fail() { throw 'boom' } }
[Box3]::new().Fail()
'not reached'

#### class method argument conversion error
class Box4 { [void] Grow([int]$by) { } }
[Box4]::new().Grow('abc')

#### class cast of a number
class Box5 { }
[Box5]5

#### class cast of a hashtable with an unknown key
class Box6 { [int]$W }
[Box6]@{ W = 10; Z = 1 }

#### class cast of a hashtable with a bad value
class Box7 { [int]$W }
[Box7]@{ W = 'q' }

#### class cast of a hashtable in a table
class Box8 { [int]$W = 2; [int]$H = 3 }
[Box8]@{ W = 10 } | Format-Table

#### class with many properties shows a list
class Wide { $A = 1; $B = 2; $C = 3; $D = 4; $E = 5 }
[Wide]::new()

#### class static members
class Stat { static [int]$N = 7; static [string] Hello([string]$n) { return "hi $n" } }
[Stat]::N; [Stat]::N = 9; [Stat]::N; [Stat]::Hello('x')
[Stat]::Hello()

#### class static property conversion error
class Stat2 { static [int]$N = 7 }
[Stat2]::N = 'z'

#### class objects in a generic list and as a parameter type
class Box9 { [int]$W = 2; [int] Area() { return $this.W * 2 } }
$l = [System.Collections.Generic.List[Box9]]::new(); $l.Add([Box9]::new()); $l.Count
function g([Box9]$b) { $b.Area() }
g ([Box9]::new())
g 5

#### class method with a typed return value converts it
class Conv { [int] Num() { return '42' }
  [string] Text() { return 5 } }
$c = [Conv]::new(); $c.Num() + 1; $c.Text().GetType().Name

#### class method missing a return
class Bad1 { [int] M() { 1 } }

#### class method returning on one path only
class Bad2 { [int] M() { if ($true) { return 1 } } }

#### class method returning on every path
class Good1 { [int] M([int]$x) { if ($x) { return 1 } else { return 2 } } }
[Good1]::new().M(0)

#### class property defined twice
class Bad3 { [string]$a; [string]$a }

#### class with an unknown base type
class Bad4 : Nope { }

#### class used above its definition
[Later]::new().V
class Later { [int]$V = 3 }

#### class method calls another method and a static one
class Calc {
  static [int] Twice([int]$x) { return $x * 2 }
  [int] Quad([int]$x) { return [Calc]::Twice([Calc]::Twice($x)) }
  [int] Plus1([int]$x) { return $this.Quad($x) + 1 }
}
[Calc]::new().Plus1(3)

#### class New-Object without arguments
class Box10 { [int]$W = 4 }
(New-Object Box10).W

#### class method followed by a semicolon
class Bad5 { [int] Num() { return 1 }; [int] Two() { return 2 } }

#### enum member that is not a name
enum E5 { 1A }

#### class member that is not a member
class Bad6 { 5 }

#### enum of a script used in a switch and a hashtable key
enum Level { Low; High }
$l = [Level]::High
switch ($l) { 'High' { 'is high' } default { 'other' } }
$h = @{ [Level]::Low = 'l' }; $h[[Level]::Low]

#### class object in Select-Object and Sort-Object
class Item { [string]$N; [int]$V; Item([string]$n, [int]$v) { $this.N = $n; $this.V = $v } }
$items = [Item]::new('b', 2), [Item]::new('a', 1), [Item]::new('c', 3)
$items | Sort-Object V | Select-Object -ExpandProperty N
($items | Measure-Object V -Sum).Sum
$items | Where-Object V -gt 1 | ForEach-Object N

#### class object converts to JSON
class Js { [string]$N = 'x'; [int]$V = 1; hidden [int]$H = 2 }
[Js]::new() | ConvertTo-Json -Compress

#### class object in Get-Member
class Gm {
  [string]$Name
  [int]$Age
  hidden [string]$Secret
  $Untyped
  [string] Greet([string]$greeting) { return $greeting }
  [void] Birthday() { }
  [string] ToString() { return 'gm' }
}
[Gm]::new() | Get-Member

#### derived class object in Get-Member
class GmBase { [string]$Name; [string] Speak() { return 'x' } }
class GmDerived : GmBase { [int]$Level; [string] Speak() { return 'y' }
  [int] Up([int]$by) { return $by } }
[GmDerived]::new() | Get-Member

#### New-Object of a class whose constructor throws
'x'
class C { C() { throw "ctor boom" } }
$c = New-Object C
"after1"
try { New-Object C -ErrorAction Stop } catch { "caught " + $_.FullyQualifiedErrorId }

#### Write-Error in a class constructor points at the statement
'x'
class D { [int]$v
 D([int]$x) { Write-Error "werr"; $this.v = $x } }
$d = [D]::new(5); $d.v
