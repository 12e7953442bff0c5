# System.Convert's static methods as pwsh 7.6.10 (.NET 10) calls them: conversions to each type, integers in
# base 2/8/10/16 and back, Base64 and hex texts, and .NET's exception texts for what does not convert.

#### Convert, each method and its failures
$cases = @(
 {[convert]::ToInt32('ffffffff', 16)}, {[convert]::ToInt32('1ffffffff', 16)}, {[convert]::ToInt32('0xff', 16)}, {[convert]::ToInt32(' ff', 16)}, {[convert]::ToInt32('ff ', 16)},
 {[convert]::ToInt32('', 16)}, {[convert]::ToInt32($null, 16)}, {[convert]::ToInt32('fg', 16)}, {[convert]::ToByte('1ff', 16)}, {[convert]::ToByte('-1', 10)}, {[convert]::ToInt32('-5', 10)},
 {[convert]::ToInt32('2147483648', 10)}, {[convert]::ToInt16('ffff', 16)}, {[convert]::ToUInt32('ffffffff', 16)}, {[convert]::ToInt64('ffffffffffffffff', 16)}, {[convert]::ToUInt16('-1', 10)},
 {[convert]::ToString([byte]255, 2)}, {[convert]::ToString([int16]-1, 16)}, {[convert]::ToString([long]-1, 16)}, {[convert]::ToString(1.5, 2)}, {[convert]::ToString('12', 2)},
 {[convert]::ToInt32('abc')}, {[convert]::ToInt32('99999999999')}, {[convert]::ToInt32(' -42 ')}, {[convert]::ToInt32('+7')}, {[convert]::ToInt32('1,000')}, {[convert]::ToInt32([char]'A')},
 {[convert]::ToInt32([datetime]'2026-01-01')}, {[convert]::ToInt32(@(1))}, {[convert]::ToInt32([decimal]2.5)}, {[convert]::ToInt32(3e9)}, {[convert]::ToInt64(3e9)}, {[convert]::ToUInt32(-1)},
 {[convert]::ToDouble('abc')}, {[convert]::ToDouble('1,234.5')}, {[convert]::ToDouble($null)}, {[convert]::ToDouble($true)}, {[convert]::ToSingle(1.1)}, {[convert]::ToDecimal('abc')}, {[convert]::ToDecimal(0.1)},
 {[convert]::ToBoolean('yes')}, {[convert]::ToBoolean(' true ')}, {[convert]::ToBoolean('0')}, {[convert]::ToBoolean($null)}, {[convert]::ToBoolean(2.5)},
 {[convert]::ToChar('AB')}, {[convert]::ToChar('Z')}, {[convert]::ToChar(70000)}, {[convert]::ToChar(-1)},
 {[convert]::FromHexString('abc')}, {[convert]::FromHexString('zz')}, {([convert]::FromHexString('0aff')).GetType().FullName}, {[convert]::ToHexString([byte[]]@())}, {[convert]::ToHexStringLower([byte[]](171,205))},
 {[convert]::FromBase64String('abc')}, {[convert]::FromBase64String('a$==')}, {([convert]::FromBase64String('AQID')).GetType().FullName}, {[convert]::ToBase64String([byte[]](1,2,3,4), 1, 2)},
 {[convert]::ToDateTime('nope')}, {[convert]::ToDateTime($null)}, {[convert]::ToDateTime('2026-02-03 04:05').ToString('o')},
 {[convert]::ToString($null)}, {[convert]::ToString([datetime]'2026-01-02')}, {[convert]::ToString(1e20)}, {[convert]::ToString(0.1)}, {[convert]::ToString([char]'x')}, {[convert]::ToString(@(1,2))},
 {[convert]::ToInt32()}, {[convert]::ToInt32(1,2,3)}, {[convert]::ToSByte(200)}, {[convert]::ToUInt64(-1)}, {[convert]::ToInt16(40000)}
)
foreach ($c in $cases) { try { $r = & $c; "$c => " + $(if ($null -eq $r) { 'null' } else { "$r [$($r.GetType().Name)]" }) } catch { "$c !! $($_.Exception.GetType().Name): $($_.Exception.Message)" } }

#### Convert in an everyday script: a hex colour, a bit mask, a Base64 round trip
$rgb = 'FF8000'; 0..2 | ForEach-Object { [convert]::ToInt32($rgb.Substring($_ * 2, 2), 16) }
[convert]::ToString(5 -bor 8, 2).PadLeft(8, '0'); $b64 = [convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('admin@contoso.com')); $b64; [Text.Encoding]::UTF8.GetString([convert]::FromBase64String($b64))
[convert]::ToBase64String([byte[]](1..60), [Base64FormattingOptions]::InsertLineBreaks).Length; [convert]::ToHexString([byte[]](1, 171, 255)); [convert]::FromHexString('01abff')

#### an uncaught Convert failure
'start'
[convert]::ToInt32('12', 3)
'after'
