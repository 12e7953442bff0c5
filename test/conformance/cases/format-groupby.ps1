# Format-Table and Format-List -GroupBy: a property name, a script block or a calculated property; a
# new group (under `   Label: value`) whenever the value changes, each table sized on its own rows;
# an object without a value stays in the group before it.

#### Format-Table -GroupBy a property
$o = [pscustomobject]@{a=1;t='x'},[pscustomobject]@{a=22;t='x'},[pscustomobject]@{a=3;t='y'},[pscustomobject]@{a=4;t='x'}
$o | Format-Table -GroupBy t
'after'

#### Format-Table -GroupBy a script block and a calculated property
$o = [pscustomobject]@{a=1;t='x'},[pscustomobject]@{a=22;t='x'},[pscustomobject]@{a=3;t='y'}
$o | Format-Table -GroupBy {$_.t.ToUpper()}
$o | Format-Table a -GroupBy @{Label='Kind';Expression={$_.t}}
$o | Format-Table -GroupBy @{n='K';e='t'} -AutoSize
$o | Format-Table -GroupBy @{e='t'}

#### Format-Table -GroupBy with missing values
$o = [pscustomobject]@{a=1;t='x'},[pscustomobject]@{a=2},[pscustomobject]@{a=3;t='y'},[pscustomobject]@{a=5}
$o | Format-Table -GroupBy t
$o | Format-Table -GroupBy nope

#### Format-Table -GroupBy values shown as lists show them
[pscustomobject]@{a=1;t=1,2},[pscustomobject]@{a=2;t=1.5} | Format-Table -GroupBy t

#### Format-Table -GroupBy with -HideTableHeaders and of plain values
$o = [pscustomobject]@{a=1;t='x'},[pscustomobject]@{a=3;t='y'}
$o | Format-Table -GroupBy t -HideTableHeaders
1,2,'a' | Format-Table -GroupBy Length

#### Format-List -GroupBy
$o = [pscustomobject]@{a=1;t='x'},[pscustomobject]@{a=22;t='x'},[pscustomobject]@{a=3;t='y'}
$o | Format-List -GroupBy t
'after'
$o | Format-List a -GroupBy {$_.t}

#### -GroupBy errors
[pscustomobject]@{a=1} | Format-Table -GroupBy @{n='q'}
[pscustomobject]@{a=1} | Format-List -GroupBy @{q='t'}

#### -GroupBy into Out-String
$o = [pscustomobject]@{a=1;t='x'},[pscustomobject]@{a=3;t='y'}
($o | Format-Table -GroupBy t | Out-String).Length
