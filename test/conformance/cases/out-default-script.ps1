# One Out-Default serves a whole script, as in pwsh -c and -File: a table a statement opens takes the next
# statements' objects; plain values (strings, numbers, Booleans) print inside it without ending it; host
# text (Write-Host, warnings) comes out before a content-sized table's held rows.

#### number after a hashtable
@{a=1}; 5

#### text and number after a hashtable
@{a=1}; "x"; 6

#### a second hashtable continues the first table
@{a=1}; 5; @{b=2}

#### Boolean after a hashtable
@{a=1}; $true

#### number after a custom object
[pscustomobject]@{a=1}; 5

#### custom object after a hashtable
@{a=1}; [pscustomobject]@{b=1}

#### two custom objects with the same property
[pscustomobject]@{a=1}; [pscustomobject]@{a=2}

#### two custom objects with different properties
[pscustomobject]@{a=1}; [pscustomobject]@{b=2}

#### type objects in one table
[int]; [string]

#### number between type objects
1; [int]; 5

#### Get-Variable then a number
Get-Variable true; 0

#### Write-Host after a custom object
[pscustomobject]@{a=1}; Write-Host hi

#### Write-Host after a hashtable
@{a=1}; Write-Host hi; 5

#### Write-Host after a list
[pscustomobject]@{a=1;b=2;c=3;d=4;e=5}; Write-Host hi; 5

#### Write-Host after Select-Object
[pscustomobject]@{Year=2020} | Select-Object Year; Write-Host hi; 7

#### Get-Member then Write-Host
Get-Member -InputObject 1 -Name CompareTo; Write-Host hi

#### statements in a file share the table | -f
[pscustomobject]@{a=1}
5
[pscustomobject]@{a=2}
'end'

#### a loop's objects and a later statement
foreach ($i in 1..3) { [pscustomobject]@{n=$i} }
'after'
[pscustomobject]@{n=4}

#### an error between rows
[pscustomobject]@{a=1}; Write-Error 'bad'; [pscustomobject]@{a=2}

#### a function's objects join the table
function f { [pscustomobject]@{a=$args[0]} }
f 1; 'x'; f 2

#### if and switch statements feed the same table
if ($true) { @{k=1} }
switch (2) { 2 { @{k=2} } }

