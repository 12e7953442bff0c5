# Member names computed when read: `$o.$name`, `$o.$(…)`, `$o.(…)`, `$o."a$b"`, and the same for
# methods and static members, in expressions, assignments and command arguments.

#### property by variable
$o = [pscustomobject]@{ a = 1; ab = 2; 'x y' = 3 }
$n = 'a'
$o.$n
$o."$n"
$o."$($n)b"
$o.($n + 'b')
$o.'x y'

#### method by variable
$m = 'ToUpper'
'abc'.$m()
'abc'.($m)()
'a-b'.$('Split')('-')

#### assignment to a computed name
$o = [pscustomobject]@{ a = 1 }
$n = 'a'
$o.$n = 10
$o.a
$o.($n) += 5
$o.a
$h = @{}
$k = 'key'
$h.$k = 'v'
$h.key

#### static members by variable
$s = 'PI'
[math]::$s
[math]::$('Max')(1, 5)
$f = 'Round'; [math]::$f(2.5)

#### hashtables, arrays and strings
$h = @{ k = 'v' }; $k = 'k'; $h.$k
$arr = @([pscustomobject]@{ a = 1 }, [pscustomobject]@{ a = 2 }); $n = 'a'; $arr.$n
$p = 'Length'; 'hello'.$p

#### a name that is not a string, or nothing
$o = [pscustomobject]@{ a = 1; 1 = 'one' }
$o.(1)
$i = $null; $o.$i
'[' + $o.$missing + ']'

#### chained after a computed name
$o = [pscustomobject]@{ a = [pscustomobject]@{ b = 'deep' } }
$n = 'a'
$o.$n.b
$o.$n.b.Length

#### in a loop over property names
$row = [pscustomobject]@{ Url = 'https://contoso.sharepoint.com'; Owner = 'admin'; Storage = 100 }
foreach ($p in 'Url', 'Owner', 'Storage') { '{0} = {1}' -f $p, $row.$p }
$row.PSObject.Properties.Name | ForEach-Object { $row.$_ }

#### as a command argument
$o = [pscustomobject]@{ a = 'arg' }
$n = 'a'
Write-Output $o.$n
Write-Output $o.($n)

#### strict mode
Set-StrictMode -Version Latest
$o = [pscustomobject]@{ a = 1 }
$n = 'a'
$o.$n
$o.$nope
