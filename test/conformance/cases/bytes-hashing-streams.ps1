# [BitConverter], the hash algorithms of System.Security.Cryptography, and System.IO's streams (MemoryStream,
# FileStream, StreamReader, StreamWriter, [IO.File]::ReadLines/OpenText/CreateText/AppendText/OpenRead/OpenWrite)
# as admin scripts use them, with .NET's exceptions for wrong arguments. Relative paths are against the
# process's folder (the case directory), not the shell's location.

#### BitConverter: ToString and its ranges
$b = [byte[]](1,2,3,4,5,6,7,8,250,255)
[BitConverter]::ToString($b)
[BitConverter]::ToString($b, 2)
[BitConverter]::ToString($b, 2, 3)
[BitConverter]::ToString([byte[]]@())
[BitConverter]::ToString(@(1,2,3))
[BitConverter]::ToString([byte[]](1,2), 1, 0)
[BitConverter]::ToString([BitConverter]::GetBytes(0x12345678))
[BitConverter]::IsLittleEndian

#### BitConverter: GetBytes picks the overload of the argument's type
[BitConverter]::GetBytes(1).GetType().FullName
[BitConverter]::GetBytes(1) -join ','
[BitConverter]::GetBytes(1.5) -join ','
[BitConverter]::GetBytes([single]1.5) -join ','
[BitConverter]::GetBytes([long]1) -join ','
[BitConverter]::GetBytes([int16]-2) -join ','
[BitConverter]::GetBytes([uint16]5) -join ','
[BitConverter]::GetBytes([uint32]5) -join ','
[BitConverter]::GetBytes([uint64]5) -join ','
[BitConverter]::GetBytes($true) -join ','
[BitConverter]::GetBytes([char]'A') -join ','
[BitConverter]::GetBytes([byte]7) -join ','
[BitConverter]::GetBytes(3000000000) -join ','
[BitConverter]::GetBytes([int64]::MaxValue) -join ','
[BitConverter]::GetBytes('1') -join ','
[BitConverter]::GetBytes($null) -join ','

#### BitConverter: reading numbers back
$b = [byte[]](1,2,3,4,5,6,7,8,250,255)
[BitConverter]::ToInt32($b, 0)
[BitConverter]::ToInt16($b, 0)
[BitConverter]::ToInt64($b, 0)
[BitConverter]::ToUInt16($b, 8)
[BitConverter]::ToUInt32($b, 6)
[BitConverter]::ToUInt64($b, 2)
[BitConverter]::ToInt32($b)
[BitConverter]::ToDouble([BitConverter]::GetBytes(1.5), 0)
[BitConverter]::ToSingle([BitConverter]::GetBytes([single]2.5), 0)
[BitConverter]::ToUInt64([BitConverter]::GetBytes([int64]-1), 0)
[BitConverter]::ToBoolean($b, 0)
[BitConverter]::ToChar([byte[]](65,0), 0)
foreach ($m in 'ToInt16','ToUInt16','ToInt32','ToUInt32','ToInt64','ToUInt64','ToSingle','ToDouble','ToBoolean','ToChar') { [BitConverter]::$m($b, 0).GetType().Name }
[BitConverter]::DoubleToInt64Bits(1.0)
[BitConverter]::Int64BitsToDouble(4607182418800017408)

#### BitConverter: wrong arguments
function t($s) { try { & $s } catch { $_.Exception.GetType().FullName; $_.Exception.Message; $_.FullyQualifiedErrorId } }
t { [BitConverter]::ToString([byte[]](1,2), 3) }
t { [BitConverter]::ToString([byte[]](1,2), 1, 3) }
t { [BitConverter]::ToString([byte[]](1,2), -1) }
t { [BitConverter]::ToString([byte[]](1,2), 0, -1) }
t { [BitConverter]::ToString([byte[]](1,2), 2, 0) }
t { [BitConverter]::ToString($null) }
t { [BitConverter]::ToString('abc') }
t { [BitConverter]::ToString() }
t { [BitConverter]::ToString(1,2,3,4) }
t { [BitConverter]::ToString(@(1,2,300)) }
t { [BitConverter]::ToString([byte[]](1,2), 'a') }
t { [BitConverter]::ToInt32([byte[]](1,2), 0) }
t { [BitConverter]::ToInt32([byte[]](1,2,3,4), 4) }
t { [BitConverter]::ToInt32([byte[]](1,2,3,4), -1) }
t { [BitConverter]::ToInt32([byte[]](1,2)) }
t { [BitConverter]::ToInt32($null, 0) }
t { [BitConverter]::ToBoolean([byte[]](1), 1) }
t { [BitConverter]::GetBytes() }
t { [BitConverter]::GetBytes('A') }
t { [BitConverter]::GetBytes([decimal]1) }

#### hashing a string to hex, the usual ways
$bytes = [Text.Encoding]::UTF8.GetBytes('hello')
$bytes.GetType().FullName
$sha = [System.Security.Cryptography.SHA256]::Create()
$sha.GetType().FullName
$hash = $sha.ComputeHash($bytes)
$hash.GetType().FullName
[BitConverter]::ToString($hash).Replace('-','')
-join ($hash | ForEach-Object { $_.ToString('x2') })
($hash | ForEach-Object ToString X2) -join ''
$sha.HashSize
[BitConverter]::ToString($sha.Hash)
$sha.ComputeHash($bytes, 1, 2).Length
[BitConverter]::ToString($sha.ComputeHash(@(1,2,3)))
$sha
$sha.Dispose()

#### every algorithm, HashData, and the older classes
$bytes = [Text.Encoding]::UTF8.GetBytes('hello')
foreach ($n in 'SHA1','SHA256','SHA384','SHA512','MD5') {
  $a = Invoke-Expression "[System.Security.Cryptography.$n]::Create()"
  '{0} {1} {2}' -f $a.GetType().FullName, $a.HashSize, [BitConverter]::ToString($a.ComputeHash($bytes))
}
[System.Security.Cryptography.SHA256]::HashData($bytes).GetType().FullName
[BitConverter]::ToString([System.Security.Cryptography.MD5]::HashData($bytes))
[BitConverter]::ToString([System.Security.Cryptography.SHA1]::HashData([IO.MemoryStream]::new($bytes)))
(New-Object System.Security.Cryptography.SHA256Managed).GetType().FullName
(New-Object System.Security.Cryptography.SHA256CryptoServiceProvider).GetType().FullName
[System.Security.Cryptography.MD5CryptoServiceProvider]::new().GetType().FullName
[BitConverter]::ToString([System.Security.Cryptography.SHA1Managed]::new().ComputeHash($bytes))
[System.Security.Cryptography.HashAlgorithm]::Create('SHA256').GetType().FullName
[System.Security.Cryptography.HashAlgorithm]::Create('MD5').GetType().FullName
[System.Security.Cryptography.HashAlgorithm]::Create('SHA1').GetType().FullName
[System.Security.Cryptography.HashAlgorithm]::Create('System.Security.Cryptography.SHA512').GetType().FullName
$null -eq [System.Security.Cryptography.HashAlgorithm]::Create('nope')
[System.Security.Cryptography.HashAlgorithm]::Create('SHA256')

#### HMAC with a key
$bytes = [Text.Encoding]::UTF8.GetBytes('hello')
$hm = [System.Security.Cryptography.HMACSHA256]::new([Text.Encoding]::UTF8.GetBytes('key'))
$hm.GetType().FullName
[BitConverter]::ToString($hm.ComputeHash($bytes))
$hm.Key -join ','
$hm.HashSize
$hm.HashName
"$hm"
$hm1 = New-Object System.Security.Cryptography.HMACSHA1 (,[byte[]](1,2,3))
[BitConverter]::ToString($hm1.ComputeHash($bytes))
$hm2 = [System.Security.Cryptography.HMACSHA256]::new(); $hm2.Key.Length
$hm2.Key = [byte[]](1,2); [BitConverter]::ToString($hm2.ComputeHash($bytes))
[System.Security.Cryptography.HMACSHA512]::new().Key.Length
[System.Security.Cryptography.HMACMD5]::new().Key.Length
[System.Security.Cryptography.HMACSHA256]::new([byte[]](1..100)).Key.Length
[System.Security.Cryptography.HMACSHA256]::HashData([byte[]](1,2), $bytes).Length
[System.Security.Cryptography.HMACSHA256]::new([byte[]](1,2)) | Format-List

#### hash algorithms: wrong arguments and disposed objects
function t($s) { try { & $s } catch { $_.Exception.GetType().FullName; $_.Exception.Message; $_.FullyQualifiedErrorId } }
$sha = [System.Security.Cryptography.SHA256]::Create()
$null -eq $sha.Hash
t { $sha.ComputeHash('abc') }
t { $sha.ComputeHash($null) }
t { $sha.ComputeHash() }
t { $sha.ComputeHash([byte[]](1,2), 1, 5) }
t { $sha.ComputeHash([byte[]](1,2), -1, 1) }
t { $sha.ComputeHash([byte[]](1,2), 1, 2) }
t { $sha.ComputeHash([byte[]](1,2), 0, -1) }
t { [System.Security.Cryptography.SHA256]::HashData('abc') }
t { [System.Security.Cryptography.SHA256]::HashData($null) }
t { [System.Security.Cryptography.HashAlgorithm]::Create() }
t { [System.Security.Cryptography.HMACSHA256]::new('abc') }
t { [System.Security.Cryptography.HMACSHA256]::new($null) }
t { [System.Security.Cryptography.SHA256]::new() }
t { New-Object System.Security.Cryptography.SHA256 }
$sha.Dispose()
t { $sha.ComputeHash([byte[]](1)) }
$sha.HashSize
$sha.Clear()

#### MemoryStream
$ms = [System.IO.MemoryStream]::new()
$ms.GetType().FullName
$ms.Length; $ms.Position
$ms.Write([byte[]](1,2,3,4,5), 0, 5)
$ms.Length; $ms.Position
$ms.ToArray() -join ','
$ms.ToArray().GetType().FullName
$ms.Seek(1, 'Begin')
$ms.Position
$buf = [byte[]]::new(3); $ms.Read($buf, 0, 3); $buf -join ','
$ms.Read($buf, 0, 3)
$ms.Position = 0
$ms.ReadByte()
$ms.WriteByte(9); $ms.ToArray() -join ','
$ms.Seek(-1, [IO.SeekOrigin]::End)
$ms.CanRead; $ms.CanSeek; $ms.CanWrite
$ms
$ms2 = New-Object System.IO.MemoryStream (,[byte[]](65,66,67))
$ms2.Length; $ms2.Position
$ms3 = [IO.MemoryStream]::new()
$ms2.CopyTo($ms3); $ms3.ToArray() -join ','
$ms2.Position
$ms.Dispose()
$ms.ToArray() -join ','
try { $ms.Write([byte[]](1), 0, 1) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { $ms2.Write([byte[]](1), 0, 1) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { $ms3.Read([byte[]](1), 0, 5) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }

#### StreamReader over a MemoryStream, and hashing a stream
$ms = [IO.MemoryStream]::new([Text.Encoding]::UTF8.GetBytes("line1`nline2`r`nline3"))
$r = [IO.StreamReader]::new($ms)
$r.GetType().FullName
$r.Peek()
while (-not $r.EndOfStream) { $r.ReadLine() }
$null -eq $r.ReadLine()
$r.Peek()
$r.Close()
try { $r.ReadLine() } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
$sha = [System.Security.Cryptography.SHA256]::Create()
[BitConverter]::ToString($sha.ComputeHash([IO.MemoryStream]::new([Text.Encoding]::UTF8.GetBytes('hello'))))
(Get-FileHash -InputStream ([IO.MemoryStream]::new([Text.Encoding]::UTF8.GetBytes('hello')))).Hash
Get-FileHash -InputStream ([IO.MemoryStream]::new([Text.Encoding]::UTF8.GetBytes('hello'))) -Algorithm MD5 | Format-List
$fh = Get-FileHash -InputStream ([IO.MemoryStream]::new()); $fh.Algorithm; $fh.Hash; $null -eq $fh.Path

#### StreamWriter: relative paths, append, encodings, closed writers | cwd
New-Item -ItemType Directory ./sw/sub -Force | Out-Null
Set-Location ./sw/sub
$w = [IO.StreamWriter]::new('rel.txt')
$w.GetType().FullName
$w.WriteLine('a'); $w.Write('b'); $w.Write(1); $w.WriteLine(); $w.Close()
Test-Path ./rel.txt
Set-Location ../..
Get-Content ./rel.txt
$w = [IO.StreamWriter]::new("$PWD/sw/out.txt")
$w.AutoFlush
$w.Encoding.GetType().FullName
$w.NewLine -eq "`n"
$w.WriteLine('x')
(Get-Item ./sw/out.txt).Length
$w.Flush(); (Get-Item ./sw/out.txt).Length
$w.Dispose()
$w2 = [IO.StreamWriter]::new("$PWD/sw/out.txt", $true); $w2.WriteLine('y'); $w2.Close()
Get-Content ./sw/out.txt
$w3 = [IO.StreamWriter]::new("$PWD/sw/out.txt", $false, [Text.Encoding]::UTF8); $w3.WriteLine('z'); $w3.Close()
[IO.File]::ReadAllBytes("$PWD/sw/out.txt") -join ','
$w4 = New-Object IO.StreamWriter "$PWD/sw/out2.txt"; $w4.Write('q'); $w4.Close()
[IO.File]::ReadAllBytes("$PWD/sw/out2.txt") -join ','
try { $w4.Write('x') } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
$w5 = [IO.StreamWriter]::new('sw/auto.txt'); $w5.AutoFlush = $true; $w5.Write('now'); Get-Content ./sw/auto.txt; $w5.Close()
$w6 = [IO.StreamWriter]::new('sw/fmt.txt'); $w6.WriteLine('{0}-{1}', 1, 'b'); $w6.Write([char[]]'ch'); $w6.Close(); Get-Content ./sw/fmt.txt
try { [IO.StreamWriter]::new('sw/nodir/x.txt') } catch { $_.Exception.Message -replace [regex]::Escape($PWD), '<cwd>'; $_.FullyQualifiedErrorId }
Remove-Item ./sw -Recurse

#### a 10,000-line CSV written with a StreamWriter in a loop | cwd
$w = [IO.StreamWriter]::new("$PWD/big.csv")
$w.WriteLine('Id,Name,Value')
foreach ($i in 1..10000) { $w.WriteLine("$i,item$i,$($i * 2)") }
(Get-Item ./big.csv).Length
$w.Close()
(Get-Item ./big.csv).Length
$rows = Import-Csv ./big.csv
$rows.Count
$rows[-1].Name
(Get-FileHash ./big.csv).Hash
Remove-Item ./big.csv

#### StreamReader over a file, ReadLines, OpenText, CreateText, AppendText, OpenRead, OpenWrite | cwd
1..5 | ForEach-Object { "l$_" } | Set-Content ./lines.txt
$r = [IO.StreamReader]::new('lines.txt')
$r.CurrentEncoding.GetType().FullName
while (-not $r.EndOfStream) { $r.ReadLine() }
$r.Dispose()
$r = New-Object System.IO.StreamReader "$PWD/lines.txt"; $r.ReadToEnd().Length; $r.EndOfStream; $r.Close()
[IO.File]::ReadLines("$PWD/lines.txt") | Select-Object -First 3
[IO.File]::ReadLines('lines.txt').GetType().FullName
([IO.File]::ReadLines('lines.txt') | Measure-Object).Count
try { [IO.File]::ReadLines('none.txt') } catch { $_.Exception.Message -replace [regex]::Escape($PWD), '<cwd>'; $_.FullyQualifiedErrorId }
try { [IO.StreamReader]::new('none.txt') } catch { $_.Exception.Message -replace [regex]::Escape($PWD), '<cwd>'; $_.FullyQualifiedErrorId }
try { New-Object IO.StreamReader 'none.txt' } catch { $_.Exception.Message -replace [regex]::Escape($PWD), '<cwd>'; $_.FullyQualifiedErrorId }
$t = [IO.File]::OpenText('lines.txt'); $t.GetType().FullName; $t.ReadLine(); $t.Close()
$c = [IO.File]::CreateText('c.txt'); $c.GetType().FullName; $c.WriteLine('c1'); $c.Close()
$a = [IO.File]::AppendText('c.txt'); $a.WriteLine('c2'); $a.Close(); Get-Content ./c.txt
$o = [IO.File]::OpenRead('c.txt'); $o.GetType().FullName; $o.Length; $o.Name -eq "$PWD/c.txt"; $o.Close()
$o = [IO.File]::OpenWrite('c.txt'); $o.GetType().FullName; $o.Write([byte[]](88), 0, 1); $o.Close(); Get-Content ./c.txt
[BitConverter]::ToString([System.Security.Cryptography.MD5]::Create().ComputeHash([IO.File]::OpenRead('c.txt')))
(Get-FileHash -InputStream ([IO.File]::OpenRead('c.txt')) -Algorithm MD5).Hash
Remove-Item ./lines.txt, ./c.txt

#### type identity and Get-Member
$sha = [System.Security.Cryptography.SHA256]::Create(); $ms = [IO.MemoryStream]::new()
$sha -is [System.Security.Cryptography.HashAlgorithm]; $sha -is [System.Security.Cryptography.SHA256]; $sha -is [IDisposable]
$ms -is [IO.Stream]; $ms.GetType().BaseType.FullName; ([IO.MemoryStream]$ms).Length
[System.Security.Cryptography.HMACSHA256]::new().GetType().BaseType.FullName
[BitConverter]; [System.Security.Cryptography.SHA256]; [IO.MemoryStream]; [IO.StreamWriter]
[IO.SeekOrigin]::End
$sha | Get-Member
$ms | Get-Member -MemberType Property
[System.Security.Cryptography.HMACSHA512]::new() | Get-Member -MemberType Property

#### a StreamWriter never closed keeps its text in its buffers, as .NET's does | cwd
$w = [IO.StreamWriter]::new('unclosed.txt')
1..2000 | ForEach-Object { $w.WriteLine("line $_") }
(Get-Item ./unclosed.txt).Length
$w.Flush(); (Get-Item ./unclosed.txt).Length
$w.Write('tail'); (Get-Item ./unclosed.txt).Length
$w.Dispose(); (Get-Item ./unclosed.txt).Length
Remove-Item ./unclosed.txt

#### UTF8Encoding with and without a byte order mark, given to a StreamWriter | cwd
$e = New-Object System.Text.UTF8Encoding $false; $e.GetPreamble().Length; $e.GetType().FullName
$e2 = [System.Text.UTF8Encoding]::new($true); $e2.GetPreamble() -join ','
[System.Text.UTF8Encoding]::new().GetPreamble().Length
$e.GetBytes('hé') -join ','; $e.GetString([byte[]](104,195,169)); "$e"; $e.WebName; $e.CodePage
[Text.Encoding]::UTF8.GetPreamble().Length
$w = [IO.StreamWriter]::new('e.txt', $false, $e2); $w.Encoding.GetType().FullName; $w.Close(); [IO.File]::ReadAllBytes('e.txt').Length
$w = [IO.StreamWriter]::new('e.txt', $false, $e); $w.Write('a'); $w.Close(); [IO.File]::ReadAllBytes('e.txt') -join ','
$w = [IO.StreamWriter]::new('e.txt', $true, [Text.Encoding]::UTF8); $w.Write('b'); $w.Encoding.GetType().FullName; $w.Close(); [IO.File]::ReadAllBytes('e.txt') -join ','
Remove-Item ./e.txt

#### closed streams, method groups and static members
$ms = [IO.MemoryStream]::new(); $ms.WriteByte(1); $ms.Dispose()
$null -eq $ms.Length; $ms.Position; $ms.CanRead; $ms.Capacity
$ms
try { [IO.StreamReader]::new($ms) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { [IO.StreamWriter]::new($ms) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
[BitConverter]::ToString
[System.Security.Cryptography.SHA256]::HashData
[BitConverter]::ToString.Invoke([byte[]](1,2))
[BitConverter] | Get-Member -Static -MemberType Property

#### FileStream with FileMode, FileAccess and FileShare | cwd
function t($s) { try { & $s } catch { $_.Exception.GetType().FullName; $_.Exception.Message -replace [regex]::Escape("$PWD/"), '<d>/'; $_.FullyQualifiedErrorId } }
$f = [IO.FileStream]::new('fs1.bin', [IO.FileMode]::Create); $f.CanRead; $f.CanWrite; $f.Write([byte[]](1,2,3), 0, 3); $f.Close(); [IO.File]::ReadAllBytes('fs1.bin') -join ','
$f = New-Object IO.FileStream 'fs1.bin', 'Open', 'Read'; $f.CanWrite; $f.ReadByte(); $f.Length; $f.Close()
t { [IO.FileStream]::new('fs1.bin', 'CreateNew') }
t { [IO.FileStream]::new('none.bin', 'Open') }
t { [IO.FileStream]::new('none.bin', 'Truncate') }
t { [IO.FileStream]::new('fs1.bin', 'Append', 'Read') }
t { [IO.FileStream]::new('fs1.bin', 'Append', 'ReadWrite') }
t { [IO.FileStream]::new('fs1.bin', 'Bogus') }
t { [IO.FileStream]::new('fs1.bin') }
$f = [IO.FileStream]::new('fs1.bin', 'Append'); $f.Position; $f.CanRead; $f.WriteByte(9); $f.Close(); [IO.File]::ReadAllBytes('fs1.bin') -join ','
$f = [IO.FileStream]::new('fs1.bin', 'Open', 'Read'); t { $f.WriteByte(1) }; $f.Close()
$f = [IO.FileStream]::new('fs1.bin', 'Open', 'Write'); t { $f.ReadByte() }; $f.Close()
$f = [IO.FileStream]::new('fs1.bin', 'OpenOrCreate', 'ReadWrite', 'None'); $f.Length; $f.Close()
$f = [IO.FileStream]::new('fs1.bin', 'Truncate'); $f.Length; $f.Close()
[IO.FileMode]::Create; [IO.FileAccess]::ReadWrite; [int][IO.FileShare]::Read
$f.Name -replace [regex]::Escape("$PWD/"), '<d>/'
t { $f.ReadByte() }
$null -eq $f.Length
$f2 = [IO.File]::OpenRead('fs1.bin'); t { $f2.Write([byte[]](1), 0, 1) }; $f2.Close()
$f3 = [IO.File]::OpenWrite('fs1.bin'); $f3.CanRead; $f3.Close()
$f = [IO.FileStream]::new('fs2.txt', 'Create'); $w = [IO.StreamWriter]::new($f); $w.Write('hi'); $w.Close(); Get-Content ./fs2.txt; $f.CanRead
Remove-Item ./fs1.bin, ./fs2.txt

#### Convert's hex strings, and FromBase64String's Byte[]
function t($s) { try { & $s } catch { $_.Exception.GetType().FullName; $_.Exception.Message; $_.FullyQualifiedErrorId } }
[Convert]::ToHexString([byte[]](1,171,255))
[Convert]::ToHexString([byte[]](1,171,255), 1, 2)
[Convert]::ToHexStringLower([byte[]](1,171,255))
[Convert]::ToHexString(@())
[Convert]::FromHexString('01abFF') -join ','
[Convert]::FromHexString('01abFF').GetType().FullName
t { [Convert]::FromHexString('abc') }
t { [Convert]::FromHexString('zz') }
t { [Convert]::ToHexString($null) }
t { [Convert]::ToHexString([byte[]](1,2), 1, 5) }
t { [Convert]::ToHexString('ab') }
[Convert]::FromBase64String('AQID').GetType().FullName
