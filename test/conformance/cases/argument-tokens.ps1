# Where one command argument ends: a quoted string ends its argument (the text after it is the next one),
# a variable followed by text is one bare word (pwsh 7.6.10).

#### a quoted string followed by text
$a = 'p'
Write-Output "a"b
Write-Output 'a'b
Write-Output "a"$a
Write-Output 'a'$a
Write-Output "a"'b'
Write-Output 'a'"b"
Write-Output "a"(1+1)
Write-Output "a"-b
Write-Output 'C:\Program Files'\x
Write-Output "$a"x
Write-Output "\"name\""

#### a variable or a bare word followed by text
$a = 'p'
Write-Output $a/b
Write-Output $a"b"
Write-Output $a'b'
Write-Output $a(1)
Write-Output a"b"c
Write-Output "a""b"
Write-Output "a".Length
Write-Output "a"[0]
