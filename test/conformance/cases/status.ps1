# $? after each kind of statement, and the exit status of spo -c.

#### after success
Write-Output a
$?

#### after Write-Error
Write-Error a
$?

#### after Write-Error silently
Write-Error a -ErrorAction SilentlyContinue
$?

#### after Write-Error ignored
Write-Error a -ErrorAction Ignore
$?

#### after assignment
$a = 1
$?

#### after failed assignment
$a = [int]'x'
$?

#### after expression
1 + 1
$?

#### after failed expression
1 / 0
$?

#### after parenthesised failure
(1 / 0)
$?

#### after command not found
nosuch-command
$?

#### after binding error
Write-Output -Nope
$?

#### after Write-Warning
Write-Warning w
$?

#### after $null discard
$null = 1
$?

#### after $null discard of failure
$null = Write-Error x
$?

#### after void
[void]1
$?

#### after pipeline failing in middle
Write-Output a | Write-Error
$?

#### after Get-Variable failing
Get-Variable nope
$?

#### after Get-Variable partially failing
Get-Variable true, nope
$?

#### after throw is not reached
throw 'x'
$?

#### after $? itself
Write-Error x
$?
$?

#### after type literal
[int]
$?

#### after method error
'a'.Nope()
$?

#### after comparison false
1 -eq 2
$?

#### after -not
-not $true
$?

#### exit status of success
Write-Output a

#### exit status of failure last
Write-Output a
Write-Error b

#### exit status of failure first
Write-Error b
Write-Output a

#### exit status of expression failure last
1 / 0

#### exit status of false value
$false

#### exit status of null
$null

#### exit status of empty
Write-Output

#### exit status after binding error last
Write-Output -Nope

#### exit 0
exit 0

#### exit 3
exit 3

#### exit after error
Write-Error x
exit

#### exit string
exit '5'

#### exit bad value
exit 'x'

#### exit negative
exit -1

#### exit large
exit 256

#### exit stops script
Write-Output a
exit 2
Write-Output b

#### exit of null
exit $null

#### exit expression
exit 1 + 1

#### exit after failing last
Write-Error x; exit 0
