# [switch] parameters and System.Management.Automation.SwitchParameter values: what a script sees of a
# function's switches, $PSBoundParameters, -WhatIf/-Confirm/-Verbose, casts, conversions, operators,
# formatting, members, and how a switch binds its argument.

#### issue repro
function f { param([switch]$s) $s; $s.IsPresent; $s.GetType().FullName; "[$s]"; $s -eq $true; $s | ConvertTo-Json -Compress }; f -s; f

#### issue repro as a file | -f
function f { param([switch]$s) $s; $s.IsPresent; $s.GetType().FullName; "[$s]"; $s -eq $true; $s | ConvertTo-Json -Compress }
f -s
f

#### IsPresent and ToBool
function f { param([switch]$s) $s.IsPresent; $s.ToBool() }
f -s; f

#### GetType
function f { param([switch]$s) $s.GetType() }
f -s

#### GetType names
function f { param([switch]$s) $s.GetType().Name; $s.GetType().FullName; "$($s.GetType())" }
f

#### not present is a SwitchParameter
function f { param([switch]$s) $s.GetType().Name; $null -eq $s; $s.IsPresent }
f

#### cast from $true
[switch]$true

#### cast from $false
([switch]$false).IsPresent; ([switch]$false).GetType().Name

#### cast from $null
([switch]$null).IsPresent

#### cast of a switch
$t = [switch]$true; ([switch]$t).IsPresent

#### cast from a number
[switch]1

#### cast from zero
[switch]0

#### cast from a string
[switch]'True'

#### cast from an empty string
[switch]''

#### cast from a double
[switch]2.5

#### cast from an array
[switch]@($true)

#### cast from an enum
[switch][ConsoleColor]::Red

#### cast from a char
[switch][char]'a'

#### cast from a date
[switch][datetime]'2020-01-02'

#### full type name cast
([System.Management.Automation.SwitchParameter]$true).IsPresent

#### switch Present
[switch]::Present

#### switch Present IsPresent
[switch]::Present.IsPresent; [switch]::Present.GetType().Name

#### type literal
[System.Management.Automation.SwitchParameter]

#### switch type literal
[switch]; [switch].FullName; [switch].Name

#### switch new
[switch]::new($true).IsPresent; [switch]::new(0).IsPresent; [switch]::new('x').IsPresent

#### switch new without arguments
[switch]::new()

#### New-Object switch
(New-Object System.Management.Automation.SwitchParameter $true).IsPresent

#### -is switch
function f { param([switch]$s) $s -is [switch]; $s -is [bool]; $s -is [System.Management.Automation.SwitchParameter]; $s -isnot [switch] }
f -s; $true -is [switch]

#### -as
$t = [switch]$true; $n = [switch]$false
$t -as [bool]; $n -as [bool]; $null -eq ($n -as [int]); ($true -as [switch]).IsPresent; $null -eq (1 -as [switch])

#### if
function f { param([switch]$s) if ($s) { 'yes' } else { 'no' } }
f -s; f

#### -not and !
function f { param([switch]$s) -not $s; !$s }
f -s; f

#### -and -or
function f { param([switch]$s) $s -and $true; $s -or $false; $s -xor $true }
f -s; f

#### while condition
function f { param([switch]$s) $i = 0; while ($s -and $i -lt 2) { $i++ }; $i }
f -s; f

#### eq with Booleans
$t = [switch]$true; $n = [switch]$false
$t -eq $true; $true -eq $t; $n -eq $false; $false -eq $n; $t -eq $false; $false -eq $t; $t -ne $true

#### eq with numbers and text
$t = [switch]$true
$t -eq 1; 1 -eq $t; $t -eq 'True'; 'True' -eq $t; 'true' -eq $t; $t -ceq 'True'

#### eq between switches
$t = [switch]$true; $n = [switch]$false
$t -eq $t; $t -eq ([switch]$true); $t -eq $n; $t -ne $n

#### contains and in
$t = [switch]$true
@($true, 1) -contains $t; $t -in @($true); $true -in @($t); @($t) -contains $true

#### Equals GetHashCode ToString
$t = [switch]$true; $n = [switch]$false
$t.Equals($true); $t.Equals(1); $t.Equals($t); $n.Equals($false); $t.ToString(); $n.ToString(); $t.GetHashCode(); $n.GetHashCode()

#### ToBool with an argument
([switch]$true).ToBool(1)

#### interpolation and string conversion
function f { param([switch]$s) "$s"; "[$s]"; [string]$s; $s.ToString(); 'x' + $s; '{0}' -f $s; "$($s)!" }
f -s; f

#### join and concatenation
$t = [switch]$true; $n = [switch]$false
$t, $n -join ','; "$($t, $n)"

#### bool conversion
function f { param([switch]$s) [bool]$s; [bool]$s.IsPresent }
f -s; f

#### int conversion
$t = [switch]$true; [int]$t

#### string to int from switch
$n = [switch]$false; [int]"$n"

#### addition
$t = [switch]$true; $t + 1

#### addition on the right
$t = [switch]$true; 1 + $t

#### multiplication
$t = [switch]$true; $t * 2

#### multiplication on the right
$t = [switch]$true; 2 * $t

#### subtraction
$t = [switch]$true; $t - 1

#### negation
$t = [switch]$true; -$t

#### Boolean plus switch
$t = [switch]$true; $true + $t

#### string plus switch
$t = [switch]$true; 'a' + $t + 'b'

#### gt
$t = [switch]$true; $n = [switch]$false; $t -gt $n

#### lt
$t = [switch]$true; $n = [switch]$false; $t -lt $n

#### ge with an equal switch
$t = [switch]$true; $t -ge ([switch]$true)

#### Boolean gt switch
$n = [switch]$false; $true -gt $n; $false -lt ([switch]$true)

#### sort
$t = [switch]$true; $n = [switch]$false
$t, $n, $t, $n | Sort-Object | ForEach-Object IsPresent

#### sort descending
$t = [switch]$true; $n = [switch]$false
$n, $t | Sort-Object -Descending | ForEach-Object { $_.IsPresent }

#### sort by IsPresent
$t = [switch]$true; $n = [switch]$false
$t, $n | Sort-Object IsPresent | ForEach-Object { "$_" }

#### colon false
function f { param([switch]$s) $s.IsPresent; $PSBoundParameters.ContainsKey('s') }
f -s:$false

#### colon true
function f { param([switch]$s) $s.IsPresent }
f -s:$true

#### colon passes a switch on
function inner { param([switch]$Force) "inner: $Force" }
function outer { param([switch]$Force) inner -Force:$Force }
outer -Force; outer

#### colon with a switch variable
function f { param([switch]$s) $s.IsPresent }
$t = [switch]$true; $n = [switch]$false
f -s:$t; f -s:$n

#### colon with a number
function f { param([switch]$s) $s.IsPresent }
f -s:1

#### colon with zero
function f { param([switch]$s) $s.IsPresent }
f -s:0

#### colon with text
function f { param([switch]$s) $s.IsPresent }
f -s:'x'

#### colon with null
function f { param([switch]$s) $s.IsPresent; $PSBoundParameters.ContainsKey('s') }
f -s:$null

#### colon with an array
function f { param([switch]$s) $s.IsPresent }
f -s:@($true)

#### colon with a double
function f { param([switch]$s) $s.IsPresent }
f -s:2.5

#### colon with an enum
function f { param([switch]$s) $s.IsPresent }
f -s:([ConsoleColor]::Red)

#### colon with a char
function f { param([switch]$s) $s.IsPresent }
f -s:([char]'a')

#### colon with a byte
function f { param([switch]$s) $s.IsPresent }
f -s:([byte]1)

#### colon with a multiplier
function f { param([switch]$s) $s.IsPresent }
f -s:1kb

#### colon with a hashtable
function f { param([switch]$s) $s.IsPresent }
f -s:@{}

#### colon with a date
function f { param([switch]$s) $s.IsPresent }
f -s:(Get-Date)

#### colon error in a script file | -f
function f { param([switch]$s) $s.IsPresent }
f -s:'x'
'after'

#### switch takes no position
function p { param([switch]$s, $a) "$s $a" }
p 1; p -s 2

#### splat hashtable
function f { param([switch]$s) $s.IsPresent; $s.GetType().Name }
$h = @{ s = $true }; f @h
$h = @{ s = $false }; f @h

#### splat a switch value
function f { param([switch]$s) $s.IsPresent }
$h = @{ s = [switch]$true }; f @h

#### splat text
function f { param([switch]$s) $s.IsPresent }
$h = @{ s = 'yes' }; f @h

#### splat PSBoundParameters
function inner { param([switch]$Force, $Name) "$Name $Force $($Force.GetType().Name)" }
function outer { param([switch]$Force, $Name) inner @PSBoundParameters }
outer -Force -Name a; outer -Name b

#### PSBoundParameters display
function g { param([switch]$s) $PSBoundParameters }
g -s

#### PSBoundParameters item
function g { param([switch]$s) $PSBoundParameters['s']; $PSBoundParameters['s'].GetType().FullName; $PSBoundParameters['s'].IsPresent }
g -s; g -s:$false

#### PSBoundParameters item list
function g { param([switch]$s) $PSBoundParameters['s'] | Format-List }
g -s

#### PSBoundParameters values
function g { param([switch]$s, $n) $PSBoundParameters.Values | ForEach-Object { $_.GetType().Name } }
g -s -n 1

#### PSBoundParameters json
function g { param([switch]$s, $n) $PSBoundParameters | ConvertTo-Json -Compress }
g -s -n 1

#### PSBoundParameters not bound
function g { param([switch]$s) $PSBoundParameters.Count; $PSBoundParameters.ContainsKey('s') }
g

#### default true
function d { param([switch]$s = $true) $s.IsPresent; $s.GetType().Name; $PSBoundParameters.Count }
d; d -s:$false; d -s

#### default from an expression
function d { param([switch]$s = (1 -eq 1)) $s.IsPresent }
d

#### default null
function d { param([switch]$s = $null) $s.IsPresent; $s.GetType().Name }
d

#### typed variable
[switch]$x = $true; $x.GetType().Name; $x = $false; $x.GetType().Name; $x.IsPresent; $x = $null; $x.IsPresent

#### typed variable given a number
[switch]$x = $true; $x = 1

#### assigned switch changes its variable
function f { param([switch]$s) $s = $true; $s.GetType().Name; $s.IsPresent; $s = $false; $s.IsPresent }
f

#### script block param
& { param([switch]$s) $s.GetType().Name; $s.IsPresent } -s

#### script block param not given
& { param([switch]$s) $s.GetType().Name; $s.IsPresent }

#### script block Invoke
{ param([switch]$s) $s.GetType().Name; $s.IsPresent }.Invoke($true)

#### script block Invoke without arguments
{ param([switch]$s) $s.GetType().Name; $s.IsPresent }.Invoke()

#### ConvertTo-Json
$t = [switch]$true; ConvertTo-Json $t

#### ConvertTo-Json nested
$t = [switch]$true; $n = [switch]$false
@{ a = $t } | ConvertTo-Json -Compress; ConvertTo-Json @($t, $n) -Compress; [pscustomobject]@{ f = $n } | ConvertTo-Json -Compress

#### ConvertTo-Csv
$t = [switch]$true; [pscustomobject]@{ Name = 'a'; Force = $t } | ConvertTo-Csv

#### Format-Table
[switch]$true | Format-Table

#### Format-List
[switch]$true | Format-List

#### Format-List star
[switch]$false | Format-List *

#### Format-Table property
[switch]$false | Format-Table IsPresent

#### default display of two
[switch]$true; [switch]$false

#### display after a string
'a'; [switch]$true; 'b'; [switch]$false

#### display after a type table
[int]; [switch]$true

#### switch in a custom object
function f { param([switch]$s) [pscustomobject]@{ Name = 'x'; Flag = $s } }
f -s; f

#### switch in a custom object list
[pscustomobject]@{ Flag = [switch]$true } | Format-List

#### switch in a hashtable
@{ Flag = [switch]$true }

#### switch in an array
@([switch]$true, 1)

#### Select-Object
[switch]$true | Select-Object IsPresent

#### Select-Object star
[switch]$true | Select-Object *

#### Where-Object
[switch]$true, [switch]$false | Where-Object IsPresent | ForEach-Object { "$_" }

#### Where-Object script block
[switch]$true, [switch]$false | Where-Object { $_ } | ForEach-Object { $_.IsPresent }

#### Measure-Object
([switch]$true, [switch]$false | Measure-Object).Count

#### Group-Object
[switch]$true, [switch]$false, [switch]$true | Group-Object | ForEach-Object { "$($_.Name)=$($_.Count)" }

#### Out-String
([switch]$true | Out-String).Trim()

#### Write-Output
function f { param([switch]$s) Write-Output $s }
(f -s).GetType().Name

#### Write-Host
function f { param([switch]$s) Write-Host "s is $s"; Write-Host $s }
f -s

#### Get-Member
[switch]$true | Get-Member

#### Get-Member property
[switch]$true | Get-Member -MemberType Property

#### PSObject properties
([switch]$true).PSObject.Properties.Name

#### set IsPresent
$t = [switch]$true; $t.IsPresent = $false

#### set IsPresent caught
$t = [switch]$true
try { $t.ispresent = 1 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }

#### missing property
$t = [switch]$true; $null -eq $t.Foo; $t.Count; $t.Length

#### strict mode
Set-StrictMode -Version Latest
function f { param([switch]$s) $s.IsPresent }
f -s; f

#### strict mode missing property
Set-StrictMode -Version Latest
$t = [switch]$true; $t.Foo

#### strict mode Count
Set-StrictMode -Version Latest
$t = [switch]$true; $t.Count

#### switch as an index
$a = 'zero', 'one'; $a[[int]([switch]$true).IsPresent]

#### switch as a hashtable key
$h = @{}; $h[[switch]$true] = 1; $h.Count; $h.Keys | ForEach-Object { $_.GetType().Name }

#### switch parameter with bool parameter
function b { param([bool]$b) $b; $b.GetType().Name }
b -b:([switch]$true); b ([switch]$false)

#### bool parameter refuses text
function b { param([bool]$b) $b }
b 'x'

#### bool parameter refuses null
function b { param([bool]$b) $b }
b -b:$null

#### bool parameter takes numbers and enums
function b { param([bool]$b) $b }
b -b:0; b -b:2.5; b -b:1d; b -b:([byte]0); b -b:([ConsoleColor]::Red); b -b:([ConsoleColor]::Black)

#### bool parameter refuses a char
function b { param([bool]$b) $b }
b -b:([char]'a')

#### bool parameter refuses an array
function b { param([bool]$b) $b }
b -b:@(1)

#### bool parameter refuses a date
function b { param([bool]$b) $b }
b -b:(Get-Date)

#### cmdlet switch takes a switch
Write-Verbose 'v1' -Verbose:([switch]$true)
Write-Verbose 'v2' -Verbose:([switch]$false)
'done'

#### cmdlet switch takes a number
Get-ChildItem /no-such-path-xyz -ErrorAction SilentlyContinue -Force:1; 'ok'

#### cmdlet switch takes null
Write-Verbose 'vn' -Verbose:$null

#### cmdlet switch refuses text
Write-Verbose 'vt' -Verbose:'x'

#### cmdlet switch from a function switch
function f { param([switch]$Loud) Write-Verbose 'said' -Verbose:$Loud; 'end' }
f -Loud; f

#### Verbose in PSBoundParameters
function v { [CmdletBinding()] param() $PSBoundParameters['Verbose']; $PSBoundParameters['Verbose'].GetType().FullName; $VerbosePreference }
v -Verbose

#### Verbose false in PSBoundParameters
function v { [CmdletBinding()] param() $PSBoundParameters['Verbose'].IsPresent; $VerbosePreference }
v -Verbose:$false

#### Verbose null on an advanced function
function v { [CmdletBinding()] param() $PSBoundParameters['Verbose'].IsPresent; $VerbosePreference }
v -Verbose:$null

#### Debug in PSBoundParameters
function v { [CmdletBinding()] param() $PSBoundParameters['Debug'].GetType().Name; $PSBoundParameters['Debug'].IsPresent }
v -Debug:$false

#### PSBoundParameters of an advanced function
function v { [CmdletBinding()] param([switch]$Force, [string]$Name) $PSBoundParameters }
v -Force -Name n -Verbose

#### Verbose passed on by splatting
function inner { [CmdletBinding()] param() Write-Verbose 'inner verbose'; $VerbosePreference }
function outer { [CmdletBinding()] param() inner @PSBoundParameters }
outer -Verbose

#### WhatIfPreference inside a function
function w { [CmdletBinding(SupportsShouldProcess)] param() $WhatIfPreference; $WhatIfPreference.GetType().FullName; $PSBoundParameters['WhatIf'].GetType().Name }
w -WhatIf

#### WhatIfPreference false inside a function
function w { [CmdletBinding(SupportsShouldProcess)] param() $WhatIfPreference.IsPresent; $WhatIfPreference.GetType().Name }
w -WhatIf:$false

#### WhatIfPreference without WhatIf
function w { [CmdletBinding(SupportsShouldProcess)] param() $WhatIfPreference; $WhatIfPreference.GetType().FullName }
w

#### WhatIfPreference of the session
$WhatIfPreference; $WhatIfPreference.GetType().FullName

#### Confirm in PSBoundParameters
function w { [CmdletBinding(SupportsShouldProcess)] param() $PSBoundParameters['Confirm']; $PSBoundParameters['Confirm'].GetType().Name; $ConfirmPreference }
w -Confirm:$false

#### WhatIf reaches ShouldProcess
function w { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('thing')) { 'did it' } else { 'skipped' } }
w -WhatIf; w

#### WhatIf reaches a cmdlet
function w { [CmdletBinding(SupportsShouldProcess)] param() New-Item -Path zz.txt -ItemType File | Out-Null; Test-Path zz.txt }
w -WhatIf

#### assigned switch parameter refuses a number
function f { param([switch]$s) $s = 1; 'after' }
f

#### script parameters | -f
param([switch]$Force)
$Force.GetType().Name; $Force.IsPresent

#### MyInvocation BoundParameters in a function
function v { [CmdletBinding()] param([switch]$Force) $MyInvocation.BoundParameters['Force'].GetType().Name; $MyInvocation.BoundParameters['Verbose'].IsPresent; $MyInvocation.BoundParameters.GetType().FullName; $MyInvocation.BoundParameters.Count }
v -Force -Verbose

#### MyInvocation of a function
function f { param($a) $MyInvocation.MyCommand.Name; $MyInvocation.MyCommand.CommandType; $MyInvocation.MyCommand.GetType().FullName; $MyInvocation.InvocationName; $MyInvocation.ScriptLineNumber; $MyInvocation.OffsetInLine; $MyInvocation.CommandOrigin; $MyInvocation.UnboundArguments }
f 1 2 3

#### MyInvocation of a function in a file | -f
function f { "$($MyInvocation.MyCommand) $($MyInvocation.ScriptLineNumber) $($MyInvocation.OffsetInLine)"; $MyInvocation.Line }
'x'
  f
Set-Alias g f
g

#### MyInvocation after a function
function f { $MyInvocation.MyCommand.Name }
f; "[$($MyInvocation.MyCommand.Name)]"
