// Writes the generated areas of the conformance corpus (test/conformance/cases/<area>.ps1): families of
// cases built from tables (every number form, every escape, every operator over typical operands, every
// parameter of every built-in cmdlet ...). Edit the tables here, run `node scripts/conformance-generate.mjs`,
// then `npm run conformance:record -- <area>`. The other case files are written by hand.
import { writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const areas = {};
function area(name, description) {
  const list = [];
  areas[name] = { description, list };
  const names = new Set();
  return (caseName, script, flags = '') => {
    let n = caseName.replace(/\|/g, '¦').replace(/\s+/g, ' ').trim();
    if (names.has(n)) { let i = 2; while (names.has(`${n} #${i}`)) i++; n = `${n} #${i}`; }
    names.add(n);
    list.push({ name: n, script, flags });
  };
}

// ---------------------------------------------------------------- numbers
{
  const add = area('numbers', 'Numeric literals of every form: value and the .NET type PowerShell gives each, as an expression and as a command argument.');
  const literals = [
    '0', '1', '-1', '42', '007', '2147483647', '2147483648', '-2147483648', '-2147483649', '9223372036854775807', '9223372036854775808',
    '79228162514264337593543950335', '79228162514264337593543950336', '1.5', '.5', '1.', '-0.0', '1e3', '1E3', '1e+3', '1e-3', '1.5e2', '12e-1', '1e308', '1e309',
    '0x0', '0x1F', '0xff', '0XFF', '0x7FFFFFFF', '0x80000000', '0xFFFFFFFF', '0x100000000', '0x7FFFFFFFFFFFFFFF', '0x8000000000000000', '0xFFFFFFFFFFFFFFFF', '0x10000000000000000',
    '0b0', '0b101', '0B11', '0b01111111111111111111111111111111', '0b10000000000000000000000000000000', '0b11111111111111111111111111111111',
    '1l', '1L', '0x10l', '2147483648l', '1u', '4294967295u', '4294967296u', '1ul', '1lu', '0xFFul', '1d', '1.5d', '1e2d', '1y', '255uy', '127y', '128y', '-1y', '1s', '32767s', '32768s', '1us', '65535us',
    '1n', '123456789012345678901234567890n', '0x10n', '1.5n',
    '1kb', '1KB', '1mb', '1gb', '1tb', '1pb', '1.5kb', '0x10kb', '2gb', '3gb', '1lkb', '1dkb', '1ukb', '1e2kb', '0b1kb', '-1kb', '8pb', '9pb',
    '1_000', '1,5', '0x', '0b2', '0xG', '1e', '1.2.3', '1kbx', '1lx', '1ll', '1xb', '1..3', '1ul3',
    '1e309d', '1e400l', '-1e309', '1e30d',
  ];
  for (const lit of literals) {
    add(`expression ${lit}`, `$x = ${lit}\n$x\n$x.GetType().FullName`);
  }
  const asArgs = ['42', '0x10', '1kb', '1.5', '1e3', '1l', '0b11', '1d', '-5', '+5', '1_000', '0xFFFFFFFF', '1n', '1y', '1.5kb', '1kbx', '007', '1e'];
  for (const lit of asArgs) add(`argument ${lit}`, `Write-Output ${lit}\n(Write-Output ${lit}).GetType().FullName`);
  const arith = [['2147483647 + 1', 'Int32 overflow widens'], ['9223372036854775807 + 1', 'Int64 overflow widens to Double'], ['5 / 2', 'division gives Double'], ['4 / 2', 'exact division stays Int32'],
    ['7 % 3', ''], ['-7 % 3', ''], ['1kb * 1kb', ''], ['1gb * 4', ''], ['0x10 + 0b10', ''], ['1.5d + 1', 'decimal stays decimal'], ['1d / 3', ''], ['1 / 3', ''], ['2 * 1.5', ''], ['1e3 - 1', ''],
    ['10 / 4d', ''], ['[int]::MaxValue', ''], ['[long]::MaxValue', ''], ['1y + 1y', 'sbyte arithmetic widens'], ['1u + 1', ''], ['255uy + 1', ''], ['0.1 + 0.2', ''], ['1e308 * 10', ''],
    ['1 / 0', 'division by zero'], ['1.0 / 0', ''], ['1d / 0', ''], ['5 % 0', ''], ['-2147483648 - 1', ''], ['3 * -2', ''], ['- -5', ''], ['-(-5)', '']];
  for (const [e] of arith) add(`arithmetic ${e}`, `$x = ${e}\n$x\n$x.GetType().FullName`);
}

// ---------------------------------------------------------------- strings
{
  const add = area('strings', 'Strings of every kind: escapes in double quotes, bare arguments and here-strings, single-quote rules, expansion.');
  const escapes = ['0', 'a', 'b', 'e', 'f', 'n', 'r', 't', 'v', "'", '"', '$', '`', 'x', 'q', 'u{41}', 'u{e9}', 'u{1F600}', 'u{10FFFF}', 'u{110000}', 'u{}', 'u{0041}', 'u{1234567}', 'u{G}', 'u41', 'u{ 41}', 'N'];
  for (const e of escapes) {
    add(`double-quoted \`${e}`, `$s = "a\`${e}b"\n$s.Length\n$s -replace '[^ -~]', '?'`);
  }
  for (const e of escapes) {
    add(`bare argument \`${e}`, `Write-Output a\`${e}b\n(Write-Output a\`${e}b).Length`);
  }
  for (const e of ['n', 't', '0', 'u{41}', '$', '"']) add(`single-quoted \`${e} is literal`, `'a\`${e}b'\n'a\`${e}b'.Length`);
  for (const e of ['n', 't', 'u{263A}', '$', 'r']) add(`expandable here-string \`${e}`, `$s = @"\nx\`${e}y\n"@\n$s.Length\n$s -replace '[^ -~]', '?'`);
  const exprs = [
    ["'it''s'", 'doubled single quote'], ['"say ""hi"""', 'doubled double quote'], ['"a`"b"', ''], ["'a\"b'", ''], ['"a\'b"', ''], ['""', 'empty'], ["''", 'empty single'],
    ['"$x"', ''], ['"${x}"', ''], ['"$x.Length"', 'member not expanded'], ['"$($x.Length)"', ''], ['"$x[0]"', 'index not expanded'], ['"$($x[0])"', ''], ['"$(1+2)"', ''], ['"$()"', ''],
    ['"$(1;2)"', ''], ['"$(1,2,3)"', 'array joined with spaces'], ['"@(1,2)"', ''], ['"$a1"', 'undefined'], ['"$x$x"', ''], ['"$x-$x"', ''], ['"$x:y"', 'drive-qualified'], ['"${x}:y"', ''],
    ['"$env:SPO_CONFORMANCE_UNSET"', ''], ['"$true $false $null"', ''], ['"$"', 'lone dollar'], ['"a $ b"', ''], ['"$(\'q\')"', ''], ['"`$x"', 'escaped dollar'], ['"$(Write-Output w)"', ''],
    ['"x" + "y"', ''], ['"x" * 3', ''], ["'ab' + 1", ''], ['"$x" * 2', ''], ['"a" -join ","', ''], ["@'\nsingle $x `n\n'@", 'single here-string is literal'], ['@"\nline1\nline2\n"@', ''],
    ['@"\n$x and $(1+1)\n"@', ''], ['@"\n"@', 'empty here-string'], ['@"\n\n"@', 'one empty line'], ["‘typographic’", 'typographic single quotes'], ['“typographic”', 'typographic double quotes'], ['"a‘b"', ''],
    ["'a''b'.Length", ''], ['"tab`there"', ''], ['"{0}-{1}" -f 1, 2', ''], ["'{0:N2}' -f 1234.5", ''], ["'{0:D3}' -f 7", ''], ["'{0:X}' -f 255", ''], ["'{0,8:0.00}|' -f 3.14159", ''], ["'{0,-6}|' -f 'ab'", ''],
    ["'{0:P1}' -f 0.256", ''], ["'{0:C}' -f 1", ''], ["'{0:E2}' -f 12345", ''], ["'{0:x4}' -f 255", ''], ["'{1}{0}' -f 'a', 'b'", ''], ["'{2}' -f 'a'", 'index out of range'], ["'{0' -f 1", 'bad format'], ["'{{0}}' -f 1", 'escaped braces'],
    ["'{0:yyyy}' -f 5", ''], ["'{0:0.##}' -f 2.5", ''], ["'{0:#,0}' -f 1234567", ''], ["'{0:F0}' -f 2.5", ''], ["'{0:F0}' -f 3.5", ''], ["'{0:N0}' -f 0.5", ''], ["'{0:G}' -f 1e20", ''], ["'{0}' -f $null", ''], ["'{0}' -f @(1,2)", ''],
    ["'{a}' -f 1", 'bad format'], ["'x}y' -f 1", 'bad format'], ["'{0,x}' -f 1", 'bad format'], ["'{0 x}' -f 1", 'bad format'], ["'{0}}' -f 1", 'bad format'], ["'{0:x{' -f 1", 'bad format'],
    ["'{0 }|{0,  -3}|' -f 1", ''], ["'{0}-{1}' -f @('c'), 'x'", 'array argument'],
  ];
  for (const [e, why] of exprs) add(`${why ? why + ': ' : ''}${e.replace(/\n/g, '⏎')}`, `$x = 'abc'\n${e}`);
}

// ---------------------------------------------------------------- operators
{
  const add = area('operators', 'Binary operators over typical operand pairs: the value and its type, or the exact error.');
  const ops = ['+', '-', '*', '/', '%', '-eq', '-ne', '-gt', '-ge', '-lt', '-le', '-ceq', '-ieq', '-cne', '-clt', '-like', '-notlike', '-clike', '-match', '-notmatch', '-cmatch', '-contains', '-notcontains', '-in', '-notin', '-replace', '-creplace', '-and', '-or', '-xor', '-join', '-split', '-csplit', '-is', '-isnot', '-as', '-band', '-bor', '-shl'];
  const pairs = [['1', '2'], ["'a'", "'A'"], ["'10'", '9'], ['9', "'10'"], ['1.5', '2'], ['$null', '1'], ['@(1,2,3)', '2'], ["'abc'", "'a*'"], ['$true', '1'], ["'x,y'", "','"]];
  for (const op of ops) for (const [a, b] of pairs) {
    const rhs = op === '-is' || op === '-isnot' || op === '-as' ? ({ '1': '[int]', '2': '[int]', "'A'": '[string]', '9': '[double]', "'10'": '[int]', '1': '[int]', "'a*'": '[string]', "','": '[char]' }[b] ?? '[string]') : b;
    add(`${a} ${op} ${rhs}`, `$r = ${a} ${op} ${rhs}\n$r\n$r.GetType().FullName`);
  }
  const unary = ['-not $true', '-not 0', "-not ''", "-not 'false'", '!$null', '!@()', '!@(0)', '-bnot 5', "-join ('a','b')", "-split ' a b  c '", '-1', "- '5'", '+$null', '-$null', "[int]'5' + '5'", "'5' + 5", '@(1) + 2', '@(1,2) * 2', '$null + 1', '1 + $null', "'a' -lt 'b'", "'B' -clt 'a'", '@(1,2,3) -eq 2', '@(1,2,3) -gt 1', '@(1,$null) -ne $null', '$null -eq @()', '@() -eq $null'];
  for (const e of unary) add(`unary/mixed ${e}`, `$r = ${e}\n$r\n$r.GetType().FullName`);
  const ranges = ['1..5', '5..1', "'a'..'e'", '1..1', '-2..2', '1.6..3.2', "'1'..'3'", '0x1..0x3', '1..$null', "1..'x'", "'a'..'1'", "'-'..'/'", "[char]'a'..'c'", "1..[char]'#'"];
  for (const e of ranges) add(`range ${e}`, `$r = ${e}\n$r -join ','\n$r.GetType().FullName`);
  // Text operands (Parser.ScanNumber): a number token keeps its type, other text converts to the other operand's type.
  const textOperands = ["1 + ' x '", "1.5 + 'x'", "1d + 'x'", "5u + 'x'", "1l - 'x'", "1 + '1,5'", "1 + '#10'", "1 + '0x10'", "1 + '1.5'", "1 + '99999999999'", "1.5 -lt ' x '", "1 -eq ' 1 '",
    '1d + 1.5', '1d + 1e300', "[char]'a' + 'b'", "[char]'a' + 1", "[char]'a' * 2", "$null * 'a'", "'a' * $null", '$null / 1'];
  for (const e of textOperands) add(`operand ${e}`, `$r = ${e}\n$r\n$r.GetType().FullName`);
  add('operand error ids', `$ErrorView = 'CategoryView'\n1 + 'x'\n$Error[0].FullyQualifiedErrorId\n1..'x'\n$Error[0].FullyQualifiedErrorId\n$a = @{x=1}; $a += @{x=2}\n$Error[0].FullyQualifiedErrorId`);
  const compound = [['$a = 5; $a += 2', '$a'], ['$a = 5; $a -= 2', '$a'], ['$a = 5; $a *= 2', '$a'], ['$a = 5; $a /= 2', '$a'], ['$a = 5; $a %= 2', '$a'], ["$a = 'x'; $a += 'y'", '$a'], ['$a = @(1); $a += 2', '$a -join ","'],
    ['$a = $null; $a += 1', '$a'], ["$a = 'ab'; $a *= 3", '$a'], ['$a = 1; $a += "2"', '$a'], ['$a = @{x=1}; $a += @{y=2}', '$a.Count'], ['$a = @{x=1}; $a += @{x=2}', '$a.Count'], ['$undefined += 5', '$undefined']];
  for (const [s, show] of compound) add(`assignment ${s}`, `${s}\n${show}`);
}

// ---------------------------------------------------------------- casts
{
  const add = area('casts', 'Casts and -as to the types the shell knows, over typical values.');
  const types = ['[int]', '[long]', '[double]', '[decimal]', '[string]', '[bool]', '[char]', '[byte]', '[array]', '[hashtable]', '[object[]]', '[string[]]', '[int[]]'];
  const values = ["'42'", "'0x10'", "' 7 '", "'1e3'", '3.5', '2.5', '-2.5', "''", '$null', '$true', "'abc'", '@(1,2)', '1kb', "'1kb'", '65'];
  for (const t of types) for (const v of values) add(`${t}${v}`, `$r = ${t}${v}\n$r\n$r.GetType().FullName`);
  const special = ["[securestring]'x'", "[pscredential]'x'", "[pscustomobject]@{a=1}", "[pscustomobject]'x'", "[ordered]@{b=1;a=2}", "[ordered]'x'", '[int]', '[string]', '[nosuchtype]1', "[System.String]'x'", "[Int32]'5'", '[int]::MaxValue', "[string]::Empty", "[string]::IsNullOrEmpty('')", '[bool]::TrueString', "[char]'ab'", '[char]9731', "[int][char]'A'", '[bool]@()', '[bool]@(0)', '[bool]@(0,0)', "[bool]'0'", "[int]'  -12  '", "[int]'1,000'", "[int]'12abc'", "[double]'1,5'", "[decimal]'1e2'", "[int]2147483648", "[int]2147483647.5", "[long]'9223372036854775808'", "[byte]256", "[byte]-1", "'5' -as [int]", "'x' -as [int]", "5 -as [string]", "$null -as [int]",
    "[byte]'1,5'", "[int]'#10'", "[int]'0x10kb'", "[byte]'0x10kb'", "[long]'0xFFFFFFFF'", "[uint32]'0xFFFFFFFF'", "[sbyte]'0xFF'", "[int]'0x-1'", "[int]'0xG'", "[int]' x '", "[double]' x '", "[decimal]'5-'",
    "[double]'1,000.5'", "[int]'1,5.5'", "[byte]'255.5'", "[long]'-9223372036854775809'", "[int]'1e400'", "[double]'Infinity'", "[decimal]'1e400'", "[decimal]'9223372036854775807.5'", "[decimal]'1e-30'",
    '[byte]3e9', '[long]1e300', '[uint32]-1.5', '[decimal]1e29', "[int[]]@(1,'a')", "[int[]]'a'", '[securestring]$null', '[pscredential]$null', '[hashtable][ordered]@{a=1}', '[pscredential]1'];
  for (const s of special) add(`special ${s}`, `$r = ${s}\n$r\n$r.GetType().FullName`);
  // The error id of each way a cast fails at run time (the error is a RuntimeException).
  const failing = ["[int]'x'", "[double]'x'", "[decimal]'x'", '[byte]300', "[char]'ab'", "[int[]]'a'", "[hashtable]'x'", '[hashtable]$true', "[datetime]'x'", "[System.Management.Automation.ActionPreference]'x'", '[System.Management.Automation.ActionPreference]99'];
  for (const s of failing) add(`error id ${s}`, `$ErrorView = 'CategoryView'\n${s}\n$Error[0].FullyQualifiedErrorId`);
}

// ---------------------------------------------------------------- members
{
  const add = area('members', 'Member access, indexing and method calls on strings, arrays, hashtables and nulls.');
  const str = ['.Length', '.ToUpper()', '.ToLower()', '.Substring(1)', '.Substring(1,2)', '.Substring(9)', ".Split(',')", ".Split('l')", ".Replace('l','L')", ".Contains('ell')", ".StartsWith('He')", ".EndsWith('lo')", ".IndexOf('l')", ".LastIndexOf('l')", '.Trim()', ".TrimStart('H')", ".TrimEnd('o')", '.PadLeft(8)', '.PadRight(8)', ".Insert(0,'x')", '.Remove(1)', '.ToCharArray()', '[0]', '[-1]', '[1..2]', '[10]', '.Chars(0)', '.GetType().Name', '.Nope', '.Nope()', '.Substring()', ".Split()", '.Length.GetType().FullName', '.ToString()', '.CompareTo("Hello")', '.Equals("hello")', ".Contains('ell', 'x')", '.Count', '.length', '.TOUPPER()'];
  for (const m of str) add(`string${m}`, `$s = 'Hello'\n$s${m}`);
  const arr = ['.Count', '.Length', '[0]', '[-1]', '[5]', '[0,2]', '[1..2]', '[-2..-1]', '.GetType().FullName', '.Nope', '.Nope()', '.ToString()', "-join '-'", '.Contains(2)', ".IndexOf(2)", '.Length.GetType().Name', '[0].GetType().Name', '.Rank', '.IsFixedSize', '[$null]'];
  for (const m of arr) add(`array${m}`, `$a = 1, 2, 3\n$a${m.startsWith('-') ? ' ' + m : m}`);
  const ht = ['.Count', '.a', "['a']", "['nope']", '.nope', '.Keys', '.Values', ".ContainsKey('a')", ".ContainsKey('A')", '.A', '.GetType().FullName', "['a','b']", '.a.GetType().Name', '.Keys.Count', '[1]'];
  for (const m of ht) add(`hashtable${m}`, `$h = @{ a = 1; b = 'two' }\n$h${m}`);
  const nul = ['.Length', '.Count', '.Foo', '.Foo()', '[0]', '.ToString()', '.GetType()'];
  for (const m of nul) add(`null${m}`, `$n = $null\n$n${m}`);
  const misc = ["(1,2,3).Count", "'abc'.Length + 1", "(Write-Output a b).Count", "@(Write-Output a).Count", "@().Count", "$x = @{}; $x.Count", "$x = @{}; $x['k'] = 1; $x.k", "$x = @{}; $x.k = 2; $x.k", "$a = 1,2; $a[0] = 9; $a -join ','", "$a = 1,2; $a[5] = 9", "$s = 'ab'; $s[0] = 'x'", "$h = @{a=@{b=1}}; $h.a.b", "$h = @{a=1}; $h.a = $null; $h.Count", "(1..10)[3]", "(1..10)[-1]", "'a,b;c'.Split(',;'.ToCharArray())", "[math]::Round(2.5)", "[math]::Max(1, 2)", "[string]::Join('-', @('a','b'))", "[int]::Parse('12')", "[int]::Parse('x')", "'x'.Substring(-1)", "[pscustomobject]@{a=1}.a", "$o = [pscustomobject]@{a=1; b=2}; $o.b", "$o = [pscustomobject]@{a=1}; $o.nope", "$o = [pscustomobject]@{a=1}; $o.a = 5; $o.a", "$o = [pscustomobject]@{a=1}; $o.z = 5", "$c = [pscredential]::new('u', (ConvertTo-SecureString 'p' -AsPlainText -Force)); $c.UserName", "$c = [pscredential]::new('u', (ConvertTo-SecureString 'p' -AsPlainText -Force)); $c.GetNetworkCredential().Password", "$c = [pscredential]::new('u', (ConvertTo-SecureString 'p' -AsPlainText -Force)); $c.Password.Length"];
  for (const s of misc) add(`misc ${s}`, s);
}

// ---------------------------------------------------------------- formatting
{
  const add = area('formatting', 'How every kind of value the shell prints is formatted by Out-Default at width 80.');
  const values = ['1', '-1', '1.5', '1.0', '0.1 + 0.2', '1e20', '1e-5', '1/3', '2/3', '[double]::NaN', '1d', '1.10d', '123456789012', "'text'", "''", '$null', '$true', '$false', '@()', '@(1)', '1, 2, 3', "1, 'a', $true", '@(1, @(2, 3))', ',@(1,2)', '@($null, 1)', "'a', $null, 'b'", '@{}', '@{a = 1}', "@{a = 1; b = 'two'; c = $true}", "[ordered]@{z = 1; a = 2}", "@{long = 'x' * 100}", "@{('k' * 40) = 'v'}", "[pscustomobject]@{a = 1; b = 'x'}", "[pscustomobject]@{}", "[pscustomobject]@{a = 1; b = 2; c = 3; d = 4; e = 5}", "[pscustomobject]@{a = 'x' * 90; b = 1}", "[pscustomobject]@{a = 1}, [pscustomobject]@{a = 2}", "[pscustomobject]@{a = 1}, [pscustomobject]@{b = 2}", "[pscustomobject]@{a = @(1,2,3)}", "[pscustomobject]@{a = @{k = 1}}", "[pscustomobject]@{a = $null; b = ''}", "ConvertTo-SecureString 'p' -AsPlainText -Force", "[pscredential]::new('admin@contoso.com', (ConvertTo-SecureString 'p' -AsPlainText -Force))", "'x' * 200", "@{a = 1}, @{b = 2}", "1, @{a = 1}", "@{a = 1}, 1", "'a', [pscustomobject]@{a = 1}", "[pscustomobject]@{a = 1}, 'a'", "1..30", "[char]'x'", "[byte]7", "[long]5", "[decimal]1.50", "-0.0", "[double]::PositiveInfinity", "1e15", "1e16", "123456.789", "0.000001", "[float]1.1", "'multi`nline'", "\"tab`tcol\"", "@{n = 'multi`nline'}", "[pscustomobject]@{Name = 'multi`nline'}"];
  values.forEach((v) => add(`value ${v}`, v));
  for (const v of ['@{a = 1}', "[pscustomobject]@{a = 1}", '1, 2']) {
    add(`two statements ${v}`, `${v}\n${v}`);
    add(`mixed with text ${v}`, `'before'\n${v}\n'after'`);
  }
  add('Write-Output of several objects', "Write-Output 1 'a' $true");
  add('Write-Output -NoEnumerate', 'Write-Output -NoEnumerate 1, 2');
  add('Write-Output -NoEnumerate count', '(Write-Output -NoEnumerate 1, 2).Count');
  add('Get-Variable table', "$zz = 'v'\nGet-Variable zz");
  add('Get-Variable -ValueOnly', "$zz = 'v'\nGet-Variable zz -ValueOnly");
  add('Get-Variable two', "$zz1 = 1; $zz2 = 'two'\nGet-Variable zz*");
  add('Get-Variable long value', "$zz = 'x' * 150\nGet-Variable zz");
  add('Get-Command table', 'Get-Command Write-Output');
  add('Get-Command two', 'Get-Command Write-Output, Write-Host');
  add('Get-Command stub', 'Get-Command Connect-SPOService');
  add('Get-Command -Syntax Write-Host', 'Get-Command Write-Host -Syntax');
  add('Get-Command -Syntax Write-Output', 'Get-Command Write-Output -Syntax');
  add('Get-Command -Syntax Connect-SPOService', 'Get-Command Connect-SPOService -Syntax');
  add('Get-Command -Syntax Disconnect-SPOService', 'Get-Command Disconnect-SPOService -Syntax');
  add('Get-Command alias', 'Get-Command echo');
  add('Get-Command -Syntax alias', 'Get-Command echo -Syntax');
  add('Connect-SPOService parameter sets', '(Get-Command Connect-SPOService).ParameterSets.Name');
  add('Connect-SPOService default set', '(Get-Command Connect-SPOService).DefaultParameterSet');
  add('Connect-SPOService parameter names', "(Get-Command Connect-SPOService).Parameters.Keys -join ','");
  add('Connect-SPOService implementing type', '(Get-Command Connect-SPOService).ImplementingType.FullName');
  add('Connect-SPOService module', '(Get-Command Connect-SPOService).Source');
  add('Connect-SPOService Region type', "(Get-Command Connect-SPOService).Parameters['Region'].ParameterType.FullName");
  add('Connect-SPOService ClientId aliases', "(Get-Command Connect-SPOService).Parameters['ClientId'].Aliases");
  add('Region enum names', '$null = Get-Command Connect-SPOService\n[enum]::GetNames([Microsoft.Online.SharePoint.PowerShell.AADCrossTenantAuthenticationLocation]) -join ","');
  add('ManagedIdentityType enum names', '$null = Get-Command Connect-SPOService\n[enum]::GetNames([Microsoft.Online.SharePoint.PowerShell.ManagedIdentityType]) -join ","');
  add('Disconnect-SPOService parameters', "(Get-Command Disconnect-SPOService).Parameters.Keys -join ','");
}

// ---------------------------------------------------------------- builtins: each cmdlet's parameters
{
  const add = area('builtins', "Each built-in cmdlet's parameters: missing arguments (the type named), prefixes, aliases, unknown and repeated parameters, extra positionals, and the cmdlet's own behaviour.");
  const cmdlets = {
    'Write-Output': ['InputObject', 'NoEnumerate'],
    'Write-Host': ['Object', 'NoNewline', 'Separator', 'ForegroundColor', 'BackgroundColor'],
    'Write-Error': ['Message', 'Category', 'ErrorId', 'TargetObject', 'RecommendedAction', 'CategoryActivity', 'CategoryReason', 'CategoryTargetName', 'CategoryTargetType', 'Exception', 'ErrorRecord'],
    'Write-Warning': ['Message'], 'Write-Verbose': ['Message'], 'Write-Debug': ['Message'], 'Write-Information': ['MessageData', 'Tags'],
    'Get-Variable': ['Name', 'ValueOnly', 'Include', 'Exclude', 'Scope'],
    'New-Object': ['TypeName', 'ArgumentList', 'Property', 'ComObject', 'Strict'],
    'ConvertTo-SecureString': ['String', 'AsPlainText', 'Force', 'SecureKey', 'Key'],
    'Get-Command': ['Name', 'Verb', 'Noun', 'Module', 'CommandType', 'TotalCount', 'Syntax', 'All', 'ListImported', 'ParameterName', 'ParameterType', 'ShowCommandInfo', 'ArgumentList', 'FullyQualifiedModule', 'UseFuzzyMatching', 'FuzzyMinimumDistance', 'UseAbbreviationExpansion'],
    'Get-Credential': ['Credential', 'Message', 'UserName', 'Title'],
    'Clear-Host': [],
    'Disconnect-SPOService': [],
  };
  const switches = new Set(['NoEnumerate', 'NoNewline', 'ValueOnly', 'Strict', 'AsPlainText', 'Force', 'Syntax', 'All', 'ListImported', 'ShowCommandInfo', 'UseFuzzyMatching', 'UseAbbreviationExpansion']);
  const common = ['Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable'];
  for (const [cmd, params] of Object.entries(cmdlets)) {
    for (const p of params) if (!switches.has(p)) add(`${cmd} -${p} without a value`, `${cmd} -${p}`);
    add(`${cmd} unknown parameter`, `${cmd} -NoSuchParameter 1`);
    add(`${cmd} -? is not a parameter value`, `${cmd} -Zz:1`);
    for (const p of common.filter((c) => c !== 'Verbose' && c !== 'Debug')) add(`${cmd} -${p} without a value`, `${cmd} -${p}`);
  }
  const own = [
    'Write-Output a b c', "Write-Output 'a' -NoEnumerate", 'Write-Output', 'Write-Output $null', 'Write-Output @()', '(Write-Output @() -NoEnumerate).Count', 'Write-Output -InputObject 1, 2', 'Write-Output -InputObject 1 2', 'Write-Output -- -InputObject', 'echo hello',
    'Write-Host a b c', 'Write-Host -Separator - a b c', 'Write-Host a -NoNewline; Write-Host b', 'Write-Host 1, 2, 3', 'Write-Host -Object 1, 2 -Separator +', 'Write-Host', 'Write-Host $null', 'Write-Host @()', 'Write-Host -ForegroundColor Red x', 'Write-Host -ForegroundColor Purple x', 'Write-Host -BackgroundColor 99 x', 'Write-Host -ForegroundColor r x', 'Write-Host -ForegroundColor dark x', "Write-Host @{a=1}", "Write-Host ([pscustomobject]@{a=1})", 'Write-Host -NoNewline', "Write-Host 'a' -Separator", 'Write-Host $true 1.5',
    'Write-Warning hi', 'Write-Warning', 'Write-Warning $null', "Write-Warning ''", 'Write-Warning a b', 'Write-Warning -Message hi -WarningAction SilentlyContinue', 'Write-Warning hi -WarningAction Stop', "Write-Warning hi -WarningAction Ignore",
    'Write-Verbose hi', 'Write-Verbose hi -Verbose', 'Write-Verbose -Message hi -Verbose:$false', 'Write-Debug hi', 'Write-Debug hi -Debug', "Write-Verbose ''", 'Write-Verbose $null -Verbose',
    'Write-Information hi', 'Write-Information hi -InformationAction Continue', 'Write-Information -MessageData 1, 2 -InformationAction Continue', 'Write-Information hi -Tags a -InformationAction Continue', 'Write-Information', 'Write-Information $null -InformationAction Continue',
    'Write-Error boom', 'Write-Error', "Write-Error ''", 'Write-Error $null', 'Write-Error -Message boom -Category InvalidData', 'Write-Error -Message boom -Category Nope', 'Write-Error -Message boom -ErrorId My.Id', 'Write-Error -Message boom -TargetObject t', 'Write-Error -Message boom -RecommendedAction fix', 'Write-Error a b',
    "Get-Variable -Name true", "Get-Variable nope", "Get-Variable nope -ErrorAction SilentlyContinue", "Get-Variable -Name true -ValueOnly", "Get-Variable -Name 'tr*' -ValueOnly", "'true' | Get-Variable", "Get-Variable -Scope 3 true", "Get-Variable -Scope x true", "Get-Variable -Name true, false -ValueOnly", "Get-Variable -Name nope*",
    'New-Object', 'New-Object NoSuchType', "New-Object System.Text.StringBuilder", "New-Object PSCredential", "New-Object PSCredential 'u'", "New-Object PSCredential -ArgumentList 'u', 'p'", "New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList 'u', (ConvertTo-SecureString 'p' -AsPlainText -Force)", "(New-Object PSCredential 'u', (ConvertTo-SecureString 'p' -AsPlainText -Force)).UserName", "New-Object PSObject -Property @{a=1}", "New-Object PSCustomObject",
    'ConvertTo-SecureString', "ConvertTo-SecureString 'p'", "ConvertTo-SecureString 'p' -AsPlainText", "ConvertTo-SecureString 'p' -AsPlainText -Force", "(ConvertTo-SecureString 'pw' -AsPlainText -Force).Length", "ConvertTo-SecureString -String '' -AsPlainText -Force", "ConvertTo-SecureString $null -AsPlainText -Force", "'p' | ConvertTo-SecureString -AsPlainText -Force",
    'Get-Command NoSuch-Command', 'Get-Command Write-*', 'Get-Command -Verb Write', 'Get-Command -Noun Output', 'Get-Command -Name Write-Output -Syntax', 'Get-Command -Name nope -ErrorAction SilentlyContinue', "(Get-Command Write-Output).Name", "(Get-Command Write-Output).CommandType", "(Get-Command echo).Definition", "Get-Command -CommandType Cmdlet Write-Host",
    'Get-Credential -Credential $null', "Get-Credential admin", 'Get-Credential', "Get-Credential -UserName u -Message m -Title t",
    'Clear-Host extra', 'Disconnect-SPOService extra', 'Disconnect-SPOService -Foo',
    'Get-Module -ListAvailable Microsoft.Online.SharePoint.PowerShell | Select-Object -First 1', 'Import-Module Nope.Module', 'Get-Item nope', 'Invoke-NoSuchThing', 'nosuchcommand', 'nosuchcommand arg1', "& 'nosuch command'", "& 'Write-Output' x", '& Write-Output x', 'Write-Output -Verbose x',
  ];
  own.forEach((s) => add(`run ${s}`, s));
}

// ---------------------------------------------------------------- connect-binder (through the oracle stub)
{
  const add = area('connect-binder', "Connect-SPOService's binder, recorded through the oracle stub with DESIGN's four parameter sets. Only cases whose outcome binding decides (errors): the stub signs in nowhere.");
  const URL = 'https://contoso-admin.sharepoint.com';
  const params = { Url: 'UrlCmdletPipeBind', Credential: 'CredentialCmdletPipeBind', ClientTag: 'String', AuthenticationUrl: 'String', Region: 'AADCrossTenantAuthenticationLocation', ModernAuth: 'Boolean', UseSystemBrowser: 'Boolean', ClientId: 'String', ApplicationId: 'String', TenantId: 'String', Certificate: 'X509Certificate2', CertificatePath: 'String', CertificateThumbprint: 'String', CertificatePassword: 'SecureString', ManagedIdentityType: 'ManagedIdentityType', ManagedIdentityClientId: 'String' };
  for (const p of Object.keys(params)) {
    add(`-${p} without a value`, `Connect-SPOService -${p}`);
    add(`-${p} without a value after -Url`, `Connect-SPOService -Url ${URL} -${p}`);
    add(`-${p} twice`, `Connect-SPOService -${p} a -${p} b`);
    add(`-${p.toLowerCase()} lower case without a value`, `Connect-SPOService -${p.toLowerCase()}`);
  }
  const prefixes = ['U', 'Ur', 'C', 'Cr', 'Cl', 'Cli', 'ClientT', 'ClientI', 'Cert', 'Certificate', 'CertificateP', 'CertificatePa', 'A', 'Au', 'Ap', 'R', 'Re', 'M', 'Mo', 'Ma', 'ManagedIdentityT', 'ManagedIdentityC', 'T', 'Te', 'Us', 'UseS', 'E', 'O', 'I', 'W', 'P', 'V', 'D', 'Managed', 'ManagedIdentity', 'Ten'];
  for (const p of prefixes) add(`prefix -${p}`, `Connect-SPOService -Url ${URL} -${p}`);
  const sets = { Credential: "'u'", ModernAuth: '$true', UseSystemBrowser: '$true', Region: 'ITAR', AuthenticationUrl: 'https://login.microsoftonline.com/organizations', ClientId: 'id', TenantId: 'contoso.onmicrosoft.com', CertificatePath: './c.pfx', CertificateThumbprint: 'ABC', ManagedIdentity: '', ManagedIdentityType: 'UserAssigned', ManagedIdentityClientId: 'mid' };
  const names = Object.keys(sets);
  // Which sets each parameter is in, and each set's mandatory parameters (DESIGN): a pair is kept only when
  // PowerShell's binder must fail on it (no common set, or no candidate set complete), so the stub decides it.
  const memberOf = { Credential: ['L', 'U'], ModernAuth: ['L', 'U'], UseSystemBrowser: ['L', 'U'], Region: ['L', 'C'], AuthenticationUrl: ['U', 'C'], ClientId: ['C'], TenantId: ['C'], CertificatePath: ['C'], CertificateThumbprint: ['C'], ManagedIdentity: ['M'], ManagedIdentityType: ['M'], ManagedIdentityClientId: ['M'] };
  const mandatory = { L: [], U: ['AuthenticationUrl'], C: ['ClientId', 'TenantId'], M: ['ManagedIdentity'] };
  const binds = (given) => {
    const candidates = ['L', 'U', 'C', 'M'].filter((set) => given.every((g) => memberOf[g].includes(set)));
    const complete = candidates.filter((set) => mandatory[set].every((m) => given.includes(m)));
    return complete.includes('L') || complete.length === 1;
  };
  const arg = (n) => `-${n}${sets[n] ? ' ' + sets[n] : ''}`;
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) {
    const a = names[i], b = names[j];
    if (binds([a, b])) continue;
    add(`sets ${a} + ${b}`, `Connect-SPOService -Url ${URL} ${arg(a)} ${arg(b)}`);
  }
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) for (let k = j + 1; k < names.length; k++) {
    const given = [names[i], names[j], names[k]];
    if (binds(given) || (i + j + k) % 3 !== 0) continue;
    add(`sets ${given.join(' + ')}`, `Connect-SPOService -Url ${URL} ${given.map(arg).join(' ')}`);
  }
  for (const a of names) {
    add(`without -Url: ${a}`, `Connect-SPOService ${arg(a)}`);
  }
  add('no arguments under -NonInteractive', 'Connect-SPOService');
  add('only -ClientTag', 'Connect-SPOService -ClientTag x');
  add('-ManagedIdentity alone', 'Connect-SPOService -ManagedIdentity');
  add('-ClientId alone with Url', `Connect-SPOService -Url ${URL} -ClientId id`);
  add('-TenantId alone with Url', `Connect-SPOService -Url ${URL} -TenantId t`);
  add('-ApplicationId alone with Url', `Connect-SPOService -Url ${URL} -ApplicationId id`);
  add('-Region with -AuthenticationUrl', `Connect-SPOService -Url ${URL} -Region ITAR -AuthenticationUrl https://login.microsoftonline.com`);
  add('-CertificatePath alone', `Connect-SPOService -Url ${URL} -CertificatePath ./c.pfx`);
  add('-ManagedIdentityType alone', `Connect-SPOService -Url ${URL} -ManagedIdentityType UserAssigned`);
  for (const v of ['Foo', 'D', 'd', 'De', 'G', 'C', 'F', 'I', 'X', '7', '-1', '6', '1.5', "''", '$null', '@()', '@(1,2)', 'Default,ITAR', "'it ar'"]) {
    add(`-Region ${v} with a conflict`, `Connect-SPOService -Url ${URL} -Region ${v} -ModernAuth $true -ClientId x`);
    add(`-Region ${v} conversion`, `Connect-SPOService -Url ${URL} -Region:${v}`);
  }
  for (const v of ['Foo', 'S', 'U', 'u', '2', '-1', "''", '$null', 'System']) add(`-ManagedIdentityType ${v}`, `Connect-SPOService -Url ${URL} -ManagedIdentity -ManagedIdentityType ${v}`);
  for (const v of ['$true', '1', '0', "'yes'", "'true'", '$null', '2.5', '@()', 'yes', '"False"', '[object]::new()']) {
    add(`-ModernAuth ${v}`, `Connect-SPOService -Url ${URL} -ModernAuth ${v}`);
    add(`-UseSystemBrowser:${v}`, `Connect-SPOService -Url ${URL} -UseSystemBrowser:${v}`);
  }
  for (const v of ['$null', "''", '@()', '1', '@(1,2)', "'a', 'b'", '$true', 'https://x/y', "[uri]'https://x'", '(Get-Date)']) add(`-Url ${v}`, `Connect-SPOService -Url ${v}`);
  for (const v of ['$null', "''", '1', "@('a','b')", '$true', '@{}']) add(`-Credential ${v}`, `Connect-SPOService -Url ${URL} -Credential ${v}`);
  add('-Credential user name under -NonInteractive', `Connect-SPOService -Url ${URL} -Credential admin@contoso.com`);
  add('-Credential empty string', `Connect-SPOService -Url ${URL} -Credential ''`);
  add('-Credential $null', `Connect-SPOService -Url ${URL} -Credential $null`);
  add('-Url $null', 'Connect-SPOService -Url $null');
  add("-Url ''", "Connect-SPOService -Url ''");
  add('-Url array', 'Connect-SPOService -Url a, b');
  add('-CertificatePassword string', `Connect-SPOService -Url ${URL} -ClientId a -TenantId b -CertificatePassword 'p'`);
  add('-Certificate string', `Connect-SPOService -Url ${URL} -ClientId a -TenantId b -Certificate 'c'`);
  add('-Certificate number', `Connect-SPOService -Url ${URL} -ClientId a -TenantId b -Certificate 1`);
  const positional = [`${URL} u tag $true $true extra`, `${URL} u tag $true $true`, `${URL} u tag maybe`, `${URL} u tag $true maybe`, `${URL} -ClientId a -TenantId b tag extra`, `-ClientId a -TenantId b ${URL} tag extra`, `${URL} -ManagedIdentity extra`, `${URL} u -ClientId a`, `-Url ${URL} ${URL}`, `${URL} -Credential u extra -NoSuch`];
  positional.forEach((p, i) => add(`positional ${i + 1}: ${p}`, `Connect-SPOService ${p}`));
  add('pipeline: two properties', `[pscustomobject]@{Url = '${URL}'} | Connect-SPOService -NoSuch`);
  add('pipeline: object not bindable', `@{x = 1} | Connect-SPOService -Url ${URL} -Credential x -ModernAuth 1 -UseSystemBrowser 1 -ClientTag t -NoSuch`);
  add('splatting conflict', `$p = @{ Url = '${URL}'; ClientId = 'a'; ModernAuth = $true }\nConnect-SPOService @p`);
  add('splatting unknown key', `$p = @{ Url = '${URL}'; Nope = 1 }\nConnect-SPOService @p`);
  add('splatting array positional', `$p = '${URL}', 'u', 't', $true, $true, 'x'\nConnect-SPOService @p`);
  add('--% not a parameter', `Connect-SPOService -Url ${URL} -- -Region`);
  add('-Region en dash', `Connect-SPOService –Url ${URL} –Region Nope`);
  add('ErrorAction Stop with a binding error', `Connect-SPOService -Url ${URL} -Region Nope -ErrorAction Stop\n'after'`);
  add('binding error then next statement', `Connect-SPOService -Url ${URL} -Region Nope\n'after'\n$?`);
  add('binding error sets $?', `Connect-SPOService -Url ${URL} -Region Nope; $?`);
  add('binding error in $Error', `Connect-SPOService -Url ${URL} -Region Nope\n$Error[0].FullyQualifiedErrorId\n$Error[0].CategoryInfo.Category`);
  add('ambiguity FullyQualifiedErrorId', `Connect-SPOService -Url ${URL} -C x\n$Error[0].FullyQualifiedErrorId`);
  add('set conflict FullyQualifiedErrorId', `Connect-SPOService -Url ${URL} -ModernAuth 1 -ClientId x\n$Error[0].FullyQualifiedErrorId`);
  add('missing mandatory FullyQualifiedErrorId', `Connect-SPOService\n$Error[0].FullyQualifiedErrorId`);
  add('conversion FullyQualifiedErrorId', `Connect-SPOService -Url ${URL} -Region X\n$Error[0].FullyQualifiedErrorId`);
  for (const view of ['NormalView', 'CategoryView', 'DetailedView']) {
    add(`${view}: set conflict`, `$ErrorView = '${view}'\nConnect-SPOService -Url ${URL} -ModernAuth 1 -ClientId x`);
    add(`${view}: missing argument`, `$ErrorView = '${view}'\nConnect-SPOService -Url`);
    add(`${view}: enum conversion`, `$ErrorView = '${view}'\nConnect-SPOService -Url ${URL} -Region D`);
  }
  add('Disconnect-SPOService -Url', `Disconnect-SPOService -Url ${URL}`);
  add('Disconnect-SPOService positional', `Disconnect-SPOService ${URL}`);
  add('Disconnect-SPOService ambiguous -o', 'Disconnect-SPOService -o x');
}

// connect-binder holds only cases that binding decides. These bound in pwsh (the stub then prints nothing and
// succeeds): they test nothing and would make spo start a sign-in, so they are left out.
const BOUND_IN_PWSH = new Set([
  "-Credential $null",
  "-Credential $null #2",
  "-ManagedIdentityType S",
  "-ManagedIdentityType System",
  "-ManagedIdentityType U",
  "-ManagedIdentityType u",
  "-ModernAuth $true",
  "-ModernAuth 0",
  "-ModernAuth 1",
  "-ModernAuth 2.5",
  "-Region @(1,2) conversion",
  "-Region C conversion",
  "-Region Default,ITAR conversion",
  "-Region F conversion",
  "-Region G conversion",
  "-Region I conversion",
  "-Url ''",
  "-Url '' #2",
  "-Url 1",
  "-Url [uri]'https://x'",
  "-Url https://x/y",
  "-UseSystemBrowser:$true",
  "-UseSystemBrowser:0",
  "-UseSystemBrowser:1",
  "-UseSystemBrowser:2.5",
  "prefix -D",
  "prefix -ManagedIdentity",
  "prefix -V"
]);
areas["connect-binder"].list = areas["connect-binder"].list.filter((c) => !BOUND_IN_PWSH.has(c.name));

for (const [name, { description, list }] of Object.entries(areas)) {
  const text = [`# ${description}`, '# Generated by scripts/conformance-generate.mjs: edit the tables there, not this file.', ''];
  for (const c of list) text.push(`#### ${c.name}${c.flags ? ' | ' + c.flags : ''}`, c.script, '');
  writeFileSync(`${root}test/conformance/cases/${name}.ps1`, text.join('\n'));
  console.log(`${name}: ${list.length} cases`);
}
