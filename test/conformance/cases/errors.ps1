# Error records in every view (DetailedView only where it shows no .NET stack trace, which spo cannot have),
# the error kinds (non-terminating, statement- and script-terminating),
# Write-Error's fields, $Error and throw.

#### Write-Error concise
Write-Error boom

#### Write-Error category info
Write-Error boom
$Error[0].CategoryInfo.ToString()

#### Write-Error FullyQualifiedErrorId
Write-Error boom
$Error[0].FullyQualifiedErrorId

#### Write-Error -ErrorId FullyQualifiedErrorId
Write-Error boom -ErrorId My.Id
$Error[0].FullyQualifiedErrorId

#### Write-Error exception type
Write-Error boom
$Error[0].Exception.GetType().FullName

#### throw string
throw 'oops'

#### throw nothing
throw

#### throw number
throw 42

#### throw null
throw $null

#### throw array
throw 1, 2

#### throw then more
throw 'x'
'not reached'

#### throw exception type
throw 'x'
$Error[0].Exception.GetType().FullName

#### runtime error continues
[int]'a'
'reached'

#### division by zero continues
1 / 0
'reached'

#### method on null continues
$n = $null
$n.Foo()
'reached'

#### index into null
$n = $null
$n[0]

#### command not found continues
nosuch-command
'reached'

#### command not found text
nosuch-command arg

#### ErrorActionPreference Stop
$ErrorActionPreference = 'Stop'
Write-Error boom
'not reached'

#### ErrorActionPreference Stop runtime
$ErrorActionPreference = 'Stop'
[int]'a'
'not reached'

#### ErrorActionPreference SilentlyContinue
$ErrorActionPreference = 'SilentlyContinue'
Write-Error boom
'reached'
$Error.Count

#### ErrorActionPreference Ignore is invalid
$ErrorActionPreference = 'Ignore'
Write-Error boom

#### ErrorActionPreference bad value
$ErrorActionPreference = 'Nope'
Write-Error boom

#### -ErrorAction Stop
Write-Error boom -ErrorAction Stop
'not reached'

#### -ErrorAction Ignore not recorded
Write-Error boom -ErrorAction Ignore
$Error.Count

#### -ErrorAction SilentlyContinue recorded
Write-Error boom -ErrorAction SilentlyContinue
$Error.Count

#### -ErrorAction Continue
Write-Error boom -ErrorAction Continue
'reached'

#### -ErrorAction Inquire NonInteractive
Write-Error boom -ErrorAction Inquire

#### -ErrorAction Suspend
Write-Error boom -ErrorAction Suspend

#### NormalView Write-Error
$ErrorView = 'NormalView'
Write-Error boom

#### NormalView WriteErrorCategory
$ErrorView = 'NormalView'
Write-Error -Message boom -Category InvalidData -TargetObject tgt -ErrorId My.Id

#### NormalView WriteErrorFields
$ErrorView = 'NormalView'
Write-Error -Message boom -CategoryActivity act -CategoryReason why -CategoryTargetName tn -CategoryTargetType tt

#### NormalView WriteErrorRecommended
$ErrorView = 'NormalView'
Write-Error -Message boom -RecommendedAction 'do this'

#### NormalView throw
$ErrorView = 'NormalView'
throw 'oops'

#### NormalView runtime cast
$ErrorView = 'NormalView'
[int]'a'

#### NormalView division
$ErrorView = 'NormalView'
1 / 0

#### NormalView null method
$ErrorView = 'NormalView'
$n = $null; $n.Foo()

#### NormalView parse
$ErrorView = 'NormalView'
1 )

#### NormalView binding
$ErrorView = 'NormalView'
Write-Output -Nope

#### NormalView command not found
$ErrorView = 'NormalView'
nosuch-command

#### NormalView Get-Variable
$ErrorView = 'NormalView'
Get-Variable nope

#### NormalView second line
$ErrorView = 'NormalView'
'ok'
[int]'b'

#### NormalView long message
$ErrorView = 'NormalView'
Write-Error ('word ' * 40)

#### NormalView multi-line message
$ErrorView = 'NormalView'
Write-Error "line1`nline2"

#### NormalView Stop
$ErrorView = 'NormalView'
Write-Error boom -ErrorAction Stop

#### NormalView conversion in parameter
$ErrorView = 'NormalView'
Write-Host -ForegroundColor Nope x

#### NormalView missing argument
$ErrorView = 'NormalView'
Write-Verbose -Message

#### CategoryView Write-Error
$ErrorView = 'CategoryView'
Write-Error boom

#### CategoryView WriteErrorCategory
$ErrorView = 'CategoryView'
Write-Error -Message boom -Category InvalidData -TargetObject tgt -ErrorId My.Id

#### CategoryView WriteErrorFields
$ErrorView = 'CategoryView'
Write-Error -Message boom -CategoryActivity act -CategoryReason why -CategoryTargetName tn -CategoryTargetType tt

#### CategoryView WriteErrorRecommended
$ErrorView = 'CategoryView'
Write-Error -Message boom -RecommendedAction 'do this'

#### CategoryView throw
$ErrorView = 'CategoryView'
throw 'oops'

#### CategoryView runtime cast
$ErrorView = 'CategoryView'
[int]'a'

#### CategoryView division
$ErrorView = 'CategoryView'
1 / 0

#### CategoryView null method
$ErrorView = 'CategoryView'
$n = $null; $n.Foo()

#### CategoryView parse
$ErrorView = 'CategoryView'
1 )

#### CategoryView binding
$ErrorView = 'CategoryView'
Write-Output -Nope

#### CategoryView command not found
$ErrorView = 'CategoryView'
nosuch-command

#### CategoryView Get-Variable
$ErrorView = 'CategoryView'
Get-Variable nope

#### CategoryView second line
$ErrorView = 'CategoryView'
'ok'
[int]'b'

#### CategoryView long message
$ErrorView = 'CategoryView'
Write-Error ('word ' * 40)

#### CategoryView multi-line message
$ErrorView = 'CategoryView'
Write-Error "line1`nline2"

#### CategoryView Stop
$ErrorView = 'CategoryView'
Write-Error boom -ErrorAction Stop

#### CategoryView conversion in parameter
$ErrorView = 'CategoryView'
Write-Host -ForegroundColor Nope x

#### CategoryView missing argument
$ErrorView = 'CategoryView'
Write-Verbose -Message

#### ConciseView Write-Error
$ErrorView = 'ConciseView'
Write-Error boom

#### ConciseView WriteErrorCategory
$ErrorView = 'ConciseView'
Write-Error -Message boom -Category InvalidData -TargetObject tgt -ErrorId My.Id

#### ConciseView WriteErrorFields
$ErrorView = 'ConciseView'
Write-Error -Message boom -CategoryActivity act -CategoryReason why -CategoryTargetName tn -CategoryTargetType tt

#### ConciseView WriteErrorRecommended
$ErrorView = 'ConciseView'
Write-Error -Message boom -RecommendedAction 'do this'

#### ConciseView throw
$ErrorView = 'ConciseView'
throw 'oops'

#### ConciseView runtime cast
$ErrorView = 'ConciseView'
[int]'a'

#### ConciseView division
$ErrorView = 'ConciseView'
1 / 0

#### ConciseView null method
$ErrorView = 'ConciseView'
$n = $null; $n.Foo()

#### ConciseView parse
$ErrorView = 'ConciseView'
1 )

#### ConciseView binding
$ErrorView = 'ConciseView'
Write-Output -Nope

#### ConciseView command not found
$ErrorView = 'ConciseView'
nosuch-command

#### ConciseView Get-Variable
$ErrorView = 'ConciseView'
Get-Variable nope

#### ConciseView second line
$ErrorView = 'ConciseView'
'ok'
[int]'b'

#### ConciseView long message
$ErrorView = 'ConciseView'
Write-Error ('word ' * 40)

#### ConciseView multi-line message
$ErrorView = 'ConciseView'
Write-Error "line1`nline2"

#### ConciseView Stop
$ErrorView = 'ConciseView'
Write-Error boom -ErrorAction Stop

#### ConciseView conversion in parameter
$ErrorView = 'ConciseView'
Write-Host -ForegroundColor Nope x

#### ConciseView missing argument
$ErrorView = 'ConciseView'
Write-Verbose -Message

#### DetailedView Write-Error
$ErrorView = 'DetailedView'
Write-Error boom

#### DetailedView WriteErrorCategory
$ErrorView = 'DetailedView'
Write-Error -Message boom -Category InvalidData -TargetObject tgt -ErrorId My.Id

#### DetailedView WriteErrorFields
$ErrorView = 'DetailedView'
Write-Error -Message boom -CategoryActivity act -CategoryReason why -CategoryTargetName tn -CategoryTargetType tt

#### DetailedView WriteErrorRecommended
$ErrorView = 'DetailedView'
Write-Error -Message boom -RecommendedAction 'do this'

#### DetailedView throw
$ErrorView = 'DetailedView'
throw 'oops'

#### DetailedView parse
$ErrorView = 'DetailedView'
1 )

#### DetailedView binding
$ErrorView = 'DetailedView'
Write-Output -Nope

#### DetailedView Get-Variable
$ErrorView = 'DetailedView'
Get-Variable nope

#### DetailedView long message
$ErrorView = 'DetailedView'
Write-Error ('word ' * 40)

#### DetailedView multi-line message
$ErrorView = 'DetailedView'
Write-Error "line1`nline2"

#### ErrorView bad value
$ErrorView = 'Nope'
Write-Error boom

#### ErrorView prefix
$ErrorView = 'Cat'
Write-Error boom

#### ErrorView case
$ErrorView = 'categoryview'
Write-Error boom

#### Error record ToString
Write-Error boom -ErrorAction SilentlyContinue
"$($Error[0])"

#### Error TargetObject
Write-Error boom -TargetObject 7 -ErrorAction SilentlyContinue
$Error[0].TargetObject

#### Error InvocationInfo
Write-Error boom -ErrorAction SilentlyContinue
$Error[0].InvocationInfo.MyCommand.Name

#### Error of exception message
[int]'q'
$Error[0].Exception.Message

#### Error list formatting
Write-Error boom -ErrorAction SilentlyContinue
$Error[0]

#### Error list formatting of runtime error
[int]'q'
$Error[0]

#### Error formatting through Write-Output
Write-Error boom -ErrorAction SilentlyContinue
Write-Output $Error[0]
