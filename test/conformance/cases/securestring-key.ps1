# Secure strings protected with an AES key, the scheduled-script idiom: a key made with a cryptographic
# generator, the password stored with ConvertFrom-SecureString -Key, read back with ConvertTo-SecureString
# -Key into a credential. The IV is random, so cases with new ciphertext print only what is fixed (the
# header, lengths, the decoded package's shape, round trips); the fixed strings were made by pwsh 7.6.10.

#### ConvertFrom-SecureString's syntax and parameters
Get-Command ConvertFrom-SecureString -Syntax
foreach ($p in (Get-Command ConvertFrom-SecureString).Parameters.Values) {
  if ($p.Name -notin 'SecureString', 'AsPlainText', 'SecureKey', 'Key') { continue }
  foreach ($set in $p.ParameterSets.Keys) {
    $m = $p.ParameterSets[$set]
    '{0} {1} {2} pos={3} mandatory={4} pipeline={5}' -f $p.Name, $p.ParameterType.FullName, $set, $m.Position, $m.IsMandatory, $m.ValueFromPipeline
  }
}
(Get-Command ConvertFrom-SecureString).DefaultParameterSet
Get-Command ConvertTo-SecureString -Syntax

#### without a key: the hexadecimal UTF-16 bytes, and back
$s = ConvertTo-SecureString 'P@ss' -AsPlainText
ConvertFrom-SecureString $s
$s, (ConvertTo-SecureString 'ab' -AsPlainText) | ConvertFrom-SecureString
ConvertTo-SecureString (ConvertFrom-SecureString $s) | ConvertFrom-SecureString -AsPlainText
(ConvertFrom-SecureString $s).GetType().FullName

#### -AsPlainText gives the text back
$s = ConvertTo-SecureString 'pässwörd ✓' -AsPlainText
ConvertFrom-SecureString $s -AsPlainText
ConvertFrom-SecureString -SecureString $s -AsPlainText:$true

#### strings pwsh encrypted with -Key (128, 192 and 256-bit keys) decrypt
$p128 = '76492d1116743f0423413b16050a5345MgB8ADAAKwBXAEIARABNAHIAdgBMAHEAVwBxAE4AQwAxAHAANwBlAE4AMwBoAEEAPQA9AHwANAA4AGYAYgAxADYAMQA5ADYANAAzAGIAMwBhADIAZAA5ADIAZABkADUAMgBhADAAZgA0AGUAOQBhAGMAMABmAA=='
$p256 = '76492d1116743f0423413b16050a5345MgB8AHoASABZAGEATgBjAHgAawBHAGgARAA3AEkAaQBZADIANQBvAGQAawB0AEEAPQA9AHwAMwA1AGUAOQA4ADYANwBjADAAMAAxAGQAMAA0ADUAMgBjADEAZABjADkAMgBkADIAYQAxAGUAYgAwADcAYwBkADEAYwA3ADMAMABjADAANwA4ADIAZgBmADUAMgA0AGMAMgBiADgAMgBjADkAZgBlAGIAYQBhAGQAYwA3ADMANgA='
$p192 = '76492d1116743f0423413b16050a5345MgB8AFAAdwBwADAAUwBvAEcATgBQAG4AOAA0AEMAZwBDAFEAawB2ADQAQQAvAHcAPQA9AHwANABlADMAOAAzADAAYQAyADAANgBhADIANABjADIANwAwADYANABhAGQAMQA1AGEAOQAwADAAMAA0AGMAYgA2AGMAZgBkADcANQA1ADUANQAxAGUANQA3ADAANgA5ADEANwA1ADkANwBmADYAZABkAGQANwBlADYAZAA3ADcAZgA='
ConvertTo-SecureString $p128 -Key ([byte[]](1..16)) | ConvertFrom-SecureString -AsPlainText
ConvertTo-SecureString $p192 -Key ([byte[]](1..24)) | ConvertFrom-SecureString -AsPlainText
ConvertTo-SecureString $p256 -Key ([byte[]](1..32)) | ConvertFrom-SecureString -AsPlainText
(ConvertTo-SecureString $p256 -Key (1..32)).Length

#### a string pwsh encrypted with -SecureKey, and a long text over several blocks
$ps = '76492d1116743f0423413b16050a5345MgB8ADkAWABWAE8AdgArAHcAVwB5AGIAVwBxAGIAQwBMAHYAVgBTAGEAVQBOAHcAPQA9AHwANgBiADYAMABhADgAMgBlADEANQA5ADUANQBmADgAMgAyAGEAYwBmAGMAZQA3ADUAZgBiADAAZgBlAGMAOABmADcANABiADgAZQBhADIANwA4AGQAYQAyAGQANAA1ADAAZgBiAGMANwA2AGUAMQA3ADgAMgBlADEAZgA1AGMAYgA='
$sk = ConvertTo-SecureString '0123456789abcdef' -AsPlainText
ConvertTo-SecureString $ps -SecureKey $sk | ConvertFrom-SecureString -AsPlainText
ConvertTo-SecureString $ps $sk | ConvertFrom-SecureString -AsPlainText
# The SecureKey's characters are the key's bytes as UTF-16.
ConvertTo-SecureString $ps -Key ([Text.Encoding]::Unicode.GetBytes('0123456789abcdef')) | ConvertFrom-SecureString -AsPlainText
$long = '76492d1116743f0423413b16050a5345MgB8AGQATgBmAE0ATgB3AFAAcgBkAEUAcwBYAGwAcABWAEYAdABSAEEAUQBDAGcAPQA9AHwAMwAyADEAZgAxAGQAOQAzAGIAZQBiADcANgAyAGMAYQAzADcAMwBlAGUANQBlADUAOAA0ADEAZgA2AGYAMQAwADQAMQA2ADIAMgBkADcAZAA1AGQAMQAzADUAZgBlAGUANgBmAGUAYgBlAGYANQA3AGQAOQA4ADkAMwBjAGUAZQA1AGMAYwAyADUAZgA1ADMAYgBmAGEAMwBkAGUAMAAyADIAMAAzADMAZgA4AGUAYgA0AGIANQAwADUAYwA5ADAAZQA4ADgAMQAwADAAZQA2ADEAOQBmAGYAYwAwADIAZgA5ADYAYwA0AGMAZgAwADgANQA3ADgAMgBmAGEAOQBkAGUAYgA1AGEANwA2ADEAYwAyAGQAMQBlADkAMgA4ADIAMgA0AGUAMQBlADMANwBmAGQAZAAyADYAOQBhAGYAYwA4AGIAMwBkADgANgA0ADcAMQBkADUANwAzAGYAZQA0ADYAOQA0AGEAOQAxADQAZABmAGYAOQBhADcANwA4AGUAYQA5ADUAMwBjADcAMAA0AGYAZABhADgANABhADEAOQAwAGQAMQAyAGIAMwA2ADcAOQBmADQAMQBmADgAZAA2ADEAMwA5AGQAYQA4ADEANwA3AGEANABhAGIAMgA3AGQAYwA5AGIANwAyAGYANgBjAGUAOQBjADQANQBjADYAOQA='
ConvertTo-SecureString $long -Key (101..116) | ConvertFrom-SecureString -AsPlainText

#### the encrypted standard string: the header, then base64 of the version, the IV and the hex ciphertext
$s = ConvertTo-SecureString 'P@ss' -AsPlainText
foreach ($key in [byte[]](1..16), [byte[]](1..24), [byte[]](1..32)) {
  $e = ConvertFrom-SecureString $s -Key $key
  $package = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($e.Substring(32)))
  $parts = $package.Split('|')
  '{0} {1} {2} {3} {4} {5}' -f $e.Length, $e.Substring(0, 32), $parts.Count, $parts[0], [Convert]::FromBase64String($parts[1]).Length, ($parts[2] -cmatch '^[0-9a-f]{32}$')
}
$a = ConvertFrom-SecureString $s -Key (1..16); $b = ConvertFrom-SecureString $s -Key (1..16)
$a -eq $b
$e = ConvertFrom-SecureString (ConvertTo-SecureString ('x' * 8) -AsPlainText) -Key (1..16)
([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($e.Substring(32))).Split('|')[2]).Length

#### round trips through both keys
$s = ConvertTo-SecureString 'Summer2024!' -AsPlainText
ConvertFrom-SecureString $s -Key (1..32) | ConvertTo-SecureString -Key (1..32) | ConvertFrom-SecureString -AsPlainText
$sk = ConvertTo-SecureString 'twelve chars' -AsPlainText
ConvertFrom-SecureString $s -SecureKey $sk | ConvertTo-SecureString -SecureKey $sk | ConvertFrom-SecureString -AsPlainText
ConvertFrom-SecureString $s $sk | ConvertTo-SecureString -Key ([Text.Encoding]::Unicode.GetBytes('twelve chars')) | ConvertFrom-SecureString -AsPlainText
$u = ConvertTo-SecureString 'pässwörd ✓' -AsPlainText
ConvertFrom-SecureString $u -Key (1..16) | ConvertTo-SecureString -Key (1..16) | ConvertFrom-SecureString -AsPlainText
# A -Key of $null is no key.
ConvertFrom-SecureString $s -Key $null
ConvertTo-SecureString '5000400073007300' -Key $null | ConvertFrom-SecureString -AsPlainText

#### the wrong key
$p128 = '76492d1116743f0423413b16050a5345MgB8ADAAKwBXAEIARABNAHIAdgBMAHEAVwBxAE4AQwAxAHAANwBlAE4AMwBoAEEAPQA9AHwANAA4AGYAYgAxADYAMQA5ADYANAAzAGIAMwBhADIAZAA5ADIAZABkADUAMgBhADAAZgA0AGUAOQBhAGMAMABmAA=='
ConvertTo-SecureString $p128 -Key ([byte[]](2..17))
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString(); $Error[0].Exception.GetType().FullName
'after'
try { ConvertTo-SecureString $p128 -Key (2..17) -ErrorAction Stop } catch { 'caught: ' + $_.Exception.Message }

#### a key that is not 16, 24 or 32 bytes
$p128 = '76492d1116743f0423413b16050a5345MgB8ADAAKwBXAEIARABNAHIAdgBMAHEAVwBxAE4AQwAxAHAANwBlAE4AMwBoAEEAPQA9AHwANAA4AGYAYgAxADYAMQA5ADYANAAzAGIAMwBhADIAZAA5ADIAZABkADUAMgBhADAAZgA0AGUAOQBhAGMAMABmAA=='
ConvertTo-SecureString $p128 -Key ([byte[]](1..5))
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString(); $Error[0].Exception.GetType().FullName
$s = ConvertTo-SecureString 'P@ss' -AsPlainText
ConvertFrom-SecureString $s -Key (1..20)
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString(); $Error[0].Exception.GetType().FullName
ConvertFrom-SecureString $s -Key @()
ConvertFrom-SecureString $s -SecureKey (ConvertTo-SecureString '12345' -AsPlainText)
ConvertFrom-SecureString $s -SecureKey (New-Object SecureString)
'after'

#### an encrypted string given without its key
$p128 = '76492d1116743f0423413b16050a5345MgB8ADAAKwBXAEIARABNAHIAdgBMAHEAVwBxAE4AQwAxAHAANwBlAE4AMwBoAEEAPQA9AHwANAA4AGYAYgAxADYAMQA5ADYANAAzAGIAMwBhADIAZAA5ADIAZABkADUAMgBhADAAZgA0AGUAOQBhAGMAMABmAA=='
ConvertTo-SecureString $p128
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString(); $Error[0].Exception.GetType().FullName
'after'
try { ConvertTo-SecureString $p128 } catch { 'caught: ' + $_.Exception.Message }

#### damaged packages
$k = [byte[]](1..16)
$h = '76492d1116743f0423413b16050a5345'
$pack = { param($text) $h + [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($text)) }
ConvertTo-SecureString (& $pack '2|AAAA|48fb1619643b3a2d92dd52a0f4e9ac0f') -Key $k
$Error[0].FullyQualifiedErrorId; $Error[0].Exception.GetType().FullName
ConvertTo-SecureString (& $pack '2|0+WBDMrvLqWqNC1p7eN3hA==|') -Key $k
ConvertTo-SecureString (& $pack '2|0+WBDMrvLqWqNC1p7eN3hA==|48fb1619643b3a2d92dd52a0f4e9ac') -Key $k
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString()
ConvertTo-SecureString (& $pack '2|0+WBDMrvLqWqNC1p7eN3hA==|48FB1619643B3A2D92DD52A0F4E9AC0F') -Key $k | ConvertFrom-SecureString -AsPlainText
ConvertTo-SecureString ($h + '!!!!') -Key $k
ConvertTo-SecureString (& $pack '2|abc') -Key $k
ConvertTo-SecureString '48fb' -Key $k
'after'

#### decrypted bytes that are not whole characters
ConvertTo-SecureString '76492d1116743f0423413b16050a5345MgB8AEIAdwBjAEgAQgB3AGMASABCAHcAYwBIAEIAdwBjAEgAQgB3AGMASABCAHcAPQA9AHwAMAAzAGEAYQA4ADEANwBlAGYAYQAwADEANQA0AGIAZQBmAGQAOAAzAGUAZgA1ADMAZgA1ADAAMQBkADIANgBkAA==' -Key ([byte[]](1..16))
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString(); $Error[0].Exception.GetType().FullName

#### -Key's binding and the parameter sets
$s = ConvertTo-SecureString 'P@ss' -AsPlainText
ConvertFrom-SecureString $s -Key 'abc'
ConvertFrom-SecureString $s -Key 300
ConvertTo-SecureString '5000400073007300' -Key 'x', 1
ConvertFrom-SecureString $s -Key (1..16) -SecureKey $s
ConvertFrom-SecureString $s -Key (1..16) -AsPlainText
ConvertTo-SecureString 'x' -Key (1..16) -AsPlainText
(ConvertFrom-SecureString $s -Key ('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16')).Length

#### an empty or null SecureString
ConvertFrom-SecureString (New-Object SecureString)
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString(); $Error[0].Exception.GetType().FullName
ConvertFrom-SecureString (New-Object SecureString) -AsPlainText
ConvertFrom-SecureString (New-Object SecureString) -Key (1..16)
'after'
ConvertFrom-SecureString $null
ConvertFrom-SecureString 'text'

#### a 32-byte key from RNGCryptoServiceProvider, the classic idiom
$key = New-Object Byte[] 32
[Security.Cryptography.RNGCryptoServiceProvider]::Create().GetBytes($key)
$key.GetType().FullName; $key.Count; ($key | Where-Object { $_ -ne 0 }).Count -gt 20
$key[0].GetType().FullName
$r = [Security.Cryptography.RNGCryptoServiceProvider]::Create()
$r.GetType().FullName; $r.GetType().BaseType.FullName; "$r"
$r -is [Security.Cryptography.RandomNumberGenerator]; $r -is [IDisposable]
$p = New-Object Security.Cryptography.RNGCryptoServiceProvider
$p.GetType().FullName; $p.GetType().BaseType.FullName
[Security.Cryptography.RNGCryptoServiceProvider]::new().GetType().Name
$p.Dispose()

#### RandomNumberGenerator: Create, GetBytes, Fill, GetInt32
$key = [byte[]]::new(32)
[System.Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($key)
($key | Where-Object { $_ -ne 0 }).Count -gt 20
$b = [System.Security.Cryptography.RandomNumberGenerator]::GetBytes(32)
$b.GetType().FullName; $b.Length; ($b | Where-Object { $_ -ne 0 }).Count -gt 20
$f = [byte[]]::new(24); [System.Security.Cryptography.RandomNumberGenerator]::Fill($f); ($f | Where-Object { $_ -ne 0 }).Count -gt 12
$n = [System.Security.Cryptography.RandomNumberGenerator]::GetInt32(10); $n -ge 0 -and $n -lt 10
[System.Security.Cryptography.RandomNumberGenerator]::GetInt32(3, 4)
[System.Security.Cryptography.RandomNumberGenerator]::GetHexString(8).Length
[System.Security.Cryptography.RandomNumberGenerator]::GetHexString(8, $true) -cmatch '^[0-9a-f]{8}$'
[System.Security.Cryptography.RandomNumberGenerator]::GetString('ab', 6) -match '^[ab]{6}$'
$g = [byte[]]::new(8); $r = [Security.Cryptography.RandomNumberGenerator]::Create(); $r.GetBytes($g, 2, 4); $g[0]; $g[1]; $g[6]; $g[7]
$z = [byte[]]::new(64); $r.GetNonZeroBytes($z); ($z -contains 0)
[Security.Cryptography.RandomNumberGenerator]::Create('x') -eq $null

#### the generators' errors
$R = [System.Security.Cryptography.RandomNumberGenerator]
$R::new()
New-Object System.Security.Cryptography.RandomNumberGenerator
$R::GetBytes(-1)
$R::GetBytes('x')
$R::Fill(5)
$x = 1, 2, 3; $R::Fill($x); $x -join ','
$R::GetInt32(0)
$R::GetInt32(5, 1)
$R::GetHexString(-1)
$R::GetString('', 5)
$R::GetItems(@(1, 2), 3)
$R::GetBytes()
$r = $R::Create()
$r.GetBytes('abc')
$r.GetBytes($null)
$r.GetBytes([byte[]]::new(4), 3, 2)
$r.Nope()
[RandomNumberGenerator]
[Security.Cryptography.RandomNumberGenerator]'x'
[Security.Cryptography.RandomNumberGeneratorImplementation]

#### the generators' members
$R = [System.Security.Cryptography.RandomNumberGenerator]
$R::Create | Format-List
$R::Create() | Get-Member | Out-String -Width 250
[Security.Cryptography.RNGCryptoServiceProvider]::new() | Get-Member | Out-String -Width 250
$R | Get-Member -Static | Out-String -Width 250
[Security.Cryptography.RNGCryptoServiceProvider] | Get-Member -Static | Out-String -Width 400
[Security.Cryptography.RNGCryptoServiceProvider].BaseType.FullName
[Security.Cryptography.RandomNumberGenerator].FullName

#### the scheduled-script idiom: key file, password file, credential
$keyFile = './aes.key'; $passwordFile = './password.txt'
$key = New-Object Byte[] 32
[Security.Cryptography.RNGCryptoServiceProvider]::Create().GetBytes($key)
$key | Out-File $keyFile
$password = 'P@ssw0rd!2024' | ConvertTo-SecureString -AsPlainText -Force
$password | ConvertFrom-SecureString -Key $key | Out-File $passwordFile
(Get-Content $keyFile).Count
(Get-Content $passwordFile).Substring(0, 32)
# ...later, in the scheduled script:
$user = 'admin@contoso.onmicrosoft.com'
$storedKey = Get-Content $keyFile
$secure = Get-Content $passwordFile | ConvertTo-SecureString -Key $storedKey
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
$cred.UserName
$cred.Password.GetType().FullName
$cred.GetNetworkCredential().Password
$cred2 = New-Object PSCredential $user, (Get-Content $passwordFile | ConvertTo-SecureString -Key (Get-Content $keyFile))
$cred2.GetNetworkCredential().Password -eq $cred.GetNetworkCredential().Password
Remove-Item $keyFile, $passwordFile

#### the idiom with a binary key file and RandomNumberGenerator::GetBytes
$key = [System.Security.Cryptography.RandomNumberGenerator]::GetBytes(32)
Set-Content ./aes.bin -Value $key -AsByteStream
(Get-Item ./aes.bin).Length
$read = Get-Content ./aes.bin -AsByteStream
$read.GetType().FullName; $read.Count; $read[0].GetType().FullName
(Compare-Object $key $read -SyncWindow 0).Count
(Get-Content ./aes.bin -AsByteStream -Raw).GetType().FullName
$e = ConvertFrom-SecureString (ConvertTo-SecureString 'Winter!' -AsPlainText) -Key $key
ConvertTo-SecureString $e -Key (Get-Content ./aes.bin -AsByteStream) | ConvertFrom-SecureString -AsPlainText
ConvertTo-SecureString $e -Key ([IO.File]::ReadAllBytes("$PWD/aes.bin")) | ConvertFrom-SecureString -AsPlainText
Remove-Item ./aes.bin

#### Set-Content and Add-Content -AsByteStream
Set-Content ./b1.bin -Value ([byte[]](1, 2, 3)) -AsByteStream
Add-Content ./b1.bin -Value ([byte[]](4, 5)) -AsByteStream
(Get-Content ./b1.bin -AsByteStream) -join ','
Get-Content ./b1.bin -AsByteStream -TotalCount 2
Get-Content ./b1.bin -AsByteStream -Tail 1
Add-Content ./b1.bin -Value 6, 7 -AsByteStream
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString()
Set-Content ./b2.bin -Value ([byte]9), 'x' -AsByteStream
(Get-Content ./b2.bin -AsByteStream) -join ','
Get-Content ./b1.bin -AsByteStream -Encoding utf8 | Measure-Object | ForEach-Object Count
,[byte[]](7, 8) | Set-Content ./b3.bin -AsByteStream
(Get-Content ./b3.bin -AsByteStream) -join ','
Remove-Item ./b1.bin, ./b2.bin, ./b3.bin

#### nothing secret in -Verbose, -Debug or errors
$s = ConvertTo-SecureString 'Hunter2Secret' -AsPlainText
$e = ConvertFrom-SecureString $s -Key (1..16) -Verbose -Debug
ConvertTo-SecureString $e -Key (1..16) -Verbose -Debug | ConvertFrom-SecureString -Key (1..32) -Verbose | Out-Null
ConvertTo-SecureString $e -Key (2..17) 2>&1 | Out-String | Select-String Hunter2 | Measure-Object | ForEach-Object Count
"$s"
$s | Format-List | Out-String

#### casts to the generator types
([Security.Cryptography.RNGCryptoServiceProvider]'x').GetType().FullName
([Security.Cryptography.RNGCryptoServiceProvider][byte[]](1, 2)).GetType().Name
$r = [Security.Cryptography.RandomNumberGenerator]::Create()
([Security.Cryptography.RandomNumberGenerator]$r).GetType().FullName
[Security.Cryptography.RandomNumberGenerator]$null -eq $null
[Security.Cryptography.RNGCryptoServiceProvider]$r
([Security.Cryptography.RandomNumberGenerator](New-Object Security.Cryptography.RNGCryptoServiceProvider)).GetType().Name

#### a pipeline of encrypted strings: a complete-block error goes on, a format error stops it
$p128 = '76492d1116743f0423413b16050a5345MgB8ADAAKwBXAEIARABNAHIAdgBMAHEAVwBxAE4AQwAxAHAANwBlAE4AMwBoAEEAPQA9AHwANAA4AGYAYgAxADYAMQA5ADYANAAzAGIAMwBhADIAZAA5ADIAZABkADUAMgBhADAAZgA0AGUAOQBhAGMAMABmAA=='
$p128, '48fb', $p128 | ConvertTo-SecureString -Key (1..16) | ForEach-Object Length
$p128, '76492d1116743f0423413b16050a5345!!', $p128 | ConvertTo-SecureString -Key (1..16) | ForEach-Object Length
'after'
try { ConvertTo-SecureString $p128 -Key (1..5) -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
$r = ConvertTo-SecureString $p128 -Key (2..17) -ErrorVariable ev -ErrorAction SilentlyContinue; $ev.Count; $?

#### Get-Content -Raw refuses -TotalCount and -Tail, once it has a file
Set-Content ./raw.txt 'a', 'b'
Get-Content ./raw.txt -Raw -TotalCount 1
$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString(); $Error[0].Exception.GetType().FullName
'next'
Get-Content ./raw.txt -AsByteStream -Raw -Tail 1
Get-Content ./missing.txt -Raw -TotalCount 1
Get-Content ./raw.txt, ./raw.txt -Raw -Tail 1
(Get-Content ./raw.txt -Raw).Length
Remove-Item ./raw.txt
