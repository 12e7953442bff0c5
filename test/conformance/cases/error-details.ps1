# Get-Error and $ErrorView = 'DetailedView': records written by commands and by throw, in functions and
# script files (engine-raised errors carry .NET stack traces in pwsh, which spo cannot have: see
# docs/language.md, so they are not here).

#### Get-Error newest
Get-Variable nope -ErrorAction SilentlyContinue
Get-Error

#### Get-Error -Newest
Get-Variable nope, nope2 -ErrorAction SilentlyContinue
Get-Error -Newest 2

#### Get-Error -Last alias
Get-Variable nope -ErrorAction SilentlyContinue
Get-Error -Last 1

#### Get-Error by pipeline
Get-Variable nope, nope2 -ErrorAction SilentlyContinue
$Error[1] | Get-Error

#### Get-Error -InputObject
Get-Variable nope -ErrorAction SilentlyContinue
Get-Error -InputObject $Error[0]

#### Get-Error with no errors
Get-Error

#### Get-Error -Newest 0
Get-Error -Newest 0

#### Get-Error output type
Get-Variable nope -ErrorAction SilentlyContinue
(Get-Error).GetType().FullName

#### Get-Error of a throw
try { throw 'bad' } catch { }
Get-Error

#### Get-Error syntax
Get-Command Get-Error -Syntax

#### DetailedView Write-Error in a function
$ErrorView = 'DetailedView'
function f { Write-Error inner }
f
'end'

#### DetailedView cmdlet error in a function
$ErrorView = 'DetailedView'
function g { Get-Variable nope }
g
'end'

#### DetailedView nested functions
$ErrorView = 'DetailedView'
function inner { Get-Variable nope }
function outer { inner }
outer
'end'

#### DetailedView throw in a function
$ErrorView = 'DetailedView'
function t { throw 'oops' }
t

#### DetailedView Write-Error -TargetObject number
$ErrorView = 'DetailedView'
Write-Error boom -TargetObject 42

#### DetailedView Get-Variable second statement
$ErrorView = 'DetailedView'
Get-Variable nope
'after'

#### DetailedView in a file | -f
$ErrorView = 'DetailedView'
Get-Variable nope
'end'

#### DetailedView function in a file | -f
$ErrorView = 'DetailedView'
function f { Get-Variable nope }
f
'end'
