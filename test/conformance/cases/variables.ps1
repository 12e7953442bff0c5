# Variables and scopes, automatic variables, $null = ..., multiple assignment.

#### assign and read
$a = 1
$a

#### undefined variable is null
$nope -eq $null

#### undefined variable prints nothing
$nope

#### case-insensitive names
$Abc = 1
$aBC

#### braced name with spaces
${my var} = 5
${my var}

#### braced name with dash
${a-b} = 'x'
${a-b}

#### null discard
$null = Write-Output discarded
'after'

#### null discard of expression
$null = 1 + 2
$?

#### null discard keeps errors
$null = Write-Error boom

#### null discard of error sets $?
$null = Write-Error boom
$?

#### void cast discards
[void](Write-Output x)
'after'

#### assign null
$a = $null
$a -eq $null

#### assign statement result
$a = Write-Output 1 2 3
$a.Count

#### assign empty result
$a = Write-Output
$a -eq $null

#### multiple assignment
$a, $b = 1, 2
$a
$b

#### multiple assignment extra
$a, $b = 1, 2, 3
$b -join ','

#### multiple assignment fewer
$a, $b = 1
$b -eq $null

#### chained assignment
$a = $b = 3
$a
$b

#### assignment in parens outputs
($a = 5)

#### assignment value is not output
$a = 5

#### $true is read-only
$true = 1

#### $null assign is fine
$null = 5
$null

#### $? read-only assign
$? = 1

#### $Error count
Write-Error a
Write-Error b
$Error.Count

#### $Error newest first
Write-Error first
Write-Error second
$Error[0].ToString()

#### $Error of parse-free runtime error
[int]'x'
$Error[0].Exception.GetType().FullName

#### env variable unset
$env:SPO_CONFORMANCE_UNSET

#### env variable set
$env:SPO_CONFORMANCE_X = 'v'
$env:SPO_CONFORMANCE_X

#### env variable case
$env:SPO_CONFORMANCE_Y = 'v'
$env:spo_conformance_y

#### scope modifier global
$global:g = 1
$g

#### scope modifier script
$script:s = 2
$s

#### scope modifier local
$local:l = 3
$l

#### scope modifier private
$private:p = 4
$p

#### scope modifier unknown
$nosuchscope:x = 1

#### variable drive
$variable:true

#### Get-Variable after assignment
$zz = 5
(Get-Variable zz).Value

#### automatic $PSVersionTable major
$PSVersionTable.PSVersion.Major

#### automatic $Host name
$Host.Name

#### automatic $ErrorView
$ErrorView

#### automatic $ErrorActionPreference
$ErrorActionPreference

#### automatic preference list
$VerbosePreference
$DebugPreference
$WarningPreference
$InformationPreference
$ProgressPreference
$ConfirmPreference
$WhatIfPreference

#### typed variable
[int]$n = '5'
$n.GetType().Name

#### typed variable keeps type
[int]$n = 5
$n = '7'
$n.GetType().Name

#### typed variable conversion failure
[int]$n = 5
$n = 'x'

#### typed variable string
[string]$s = 5
$s.GetType().Name

#### increment by add
$i = 1
$i += 1
$i

#### array append grows
$a = @()
$a += 1
$a += 2
$a.Count

#### variable holding array output
$a = 1, 2
$a

#### variable in bare argument
$a = 'x'
Write-Output $a-suffix

#### variable member in bare argument
$a = 'xyz'
Write-Output $a.Length

#### subexpression in bare argument
Write-Output pre$(1+1)post

#### variable followed by colon in argument
$a = 'x'
Write-Output $a:b

#### splat hashtable
$p = @{ Message = 'hi'; Verbose = $true }
Write-Verbose @p

#### splat array
$p = 'a', 'b'
Write-Output @p

#### splat with explicit parameter
$p = @{ Object = 'x'; Separator = '-' }
Write-Host @p -Separator '+'

#### splat undefined
Write-Output @nope

#### splat string
$p = 'abc'
Write-Output @p

#### $args at top level
$args.Count

#### $input at top level
$input.GetType().Name

#### $PSCulture
$PSCulture

#### $PWD type
$PWD.GetType().Name

#### $HOME is string
$HOME.GetType().Name

#### $PID positive
$PID -gt 0

#### $IsLinux
$IsLinux

#### $LASTEXITCODE unset
$LASTEXITCODE -eq $null

#### $MyInvocation type
$MyInvocation.GetType().Name

#### $ExecutionContext type
$ExecutionContext.GetType().Name

#### $PSStyle rendering
$PSStyle.OutputRendering

#### $NestedPromptLevel
$NestedPromptLevel

#### $OFS in interpolation
$OFS = '-'
"$(1,2,3)"

#### $OFS in cast
$OFS = '+'
[string](1,2,3)

#### automatic $PSVersionTable PSVersion
"$($PSVersionTable.PSVersion)"
$PSVersionTable.PSEdition

#### automatic $Host version
$Host.Version.Major

#### $PWD follows Set-Location
Set-Location /
$PWD.Path

#### $input at top level enumerates nothing
$input | ForEach-Object { 'item' }
'done'

#### $MyInvocation at top level
$MyInvocation.MyCommand.Name
$MyInvocation.ScriptLineNumber
$MyInvocation.MyCommand.CommandType

#### $PSCommandPath in -c
"[$PSCommandPath] [$PSScriptRoot]"

#### drive prefix unknown read
$nosuchdrive:x
'after'

#### drive prefix unknown NormalView
$ErrorView = 'NormalView'
$q:x = 1
