# CommonParameters and preference variables.

#### -Verbose shows verbose
Write-Verbose v -Verbose

#### VerbosePreference Continue
$VerbosePreference = 'Continue'
Write-Verbose v

#### VerbosePreference Stop
$VerbosePreference = 'Stop'
Write-Verbose v
'not reached'

#### VerbosePreference Inquire NonInteractive
$VerbosePreference = 'Inquire'
Write-Verbose v

#### -Verbose:$false overrides preference
$VerbosePreference = 'Continue'
Write-Verbose v -Verbose:$false

#### DebugPreference Continue
$DebugPreference = 'Continue'
Write-Debug d

#### -Debug
Write-Debug d -Debug

#### DebugPreference Stop
$DebugPreference = 'Stop'
Write-Debug d

#### WarningPreference SilentlyContinue
$WarningPreference = 'SilentlyContinue'
Write-Warning w
'after'

#### WarningPreference Stop
$WarningPreference = 'Stop'
Write-Warning w
'not reached'

#### -WarningAction Stop
Write-Warning w -WarningAction Stop

#### -WarningAction Ignore
Write-Warning w -WarningAction Ignore

#### InformationPreference Continue
$InformationPreference = 'Continue'
Write-Information i

#### InformationPreference Stop
$InformationPreference = 'Stop'
Write-Information i

#### Write-Host ignores InformationPreference
$InformationPreference = 'SilentlyContinue'
Write-Host h

#### Write-Host -InformationAction Ignore
Write-Host h -InformationAction Ignore

#### Write-Host -InformationAction Stop
Write-Host h -InformationAction Stop

#### -ErrorVariable
Write-Error boom -ErrorVariable ev -ErrorAction SilentlyContinue
$ev.Count
"$ev"

#### -ErrorVariable append
Write-Error a -ErrorVariable ev -ErrorAction SilentlyContinue
Write-Error b -ErrorVariable +ev -ErrorAction SilentlyContinue
$ev.Count

#### -ErrorVariable replaces
Write-Error a -ErrorVariable ev -ErrorAction SilentlyContinue
Write-Error b -ErrorVariable ev -ErrorAction SilentlyContinue
$ev.Count

#### -ErrorVariable empty on success
Write-Output x -ErrorVariable ev
$ev.Count

#### -WarningVariable
Write-Warning w -WarningVariable wv
"$wv"

#### -WarningVariable silent
Write-Warning w -WarningVariable wv -WarningAction SilentlyContinue
"$wv"

#### -InformationVariable
Write-Information i -InformationVariable iv
"$iv"

#### -InformationVariable of Write-Host
Write-Host h -InformationVariable iv
"$iv"

#### -OutVariable
Write-Output a b -OutVariable ov
$ov.Count

#### -OutVariable with null discard
$null = Write-Output a -OutVariable ov
$ov

#### -OutVariable type
Write-Output a -OutVariable ov
$ov.GetType().FullName

#### -OutVariable append
Write-Output a -OutVariable ov
Write-Output b -OutVariable +ov
$ov -join ','

#### -OutBuffer accepted
Write-Output a -OutBuffer 5

#### -OutBuffer not a number
Write-Output a -OutBuffer x

#### -PipelineVariable
Write-Output a -PipelineVariable pv | Write-Output
$pv

#### -PipelineVariable after pipeline
Write-Output a -PipelineVariable pv
$pv -eq $null

#### -ProgressAction
Write-Output a -ProgressAction SilentlyContinue

#### -ErrorAction bad
Write-Output a -ErrorAction Nope

#### -ErrorAction ambiguous S
Write-Output a -ErrorAction S

#### -ErrorAction number
Write-Output a -ErrorAction 1

#### -ErrorAction out of range
Write-Output a -ErrorAction 9

#### -ea alias
Write-Error a -ea SilentlyContinue
'after'

#### -ev alias
Write-Error a -ev e -ea SilentlyContinue
$e.Count

#### -wa alias
Write-Warning w -wa SilentlyContinue
'after'

#### -infa alias
Write-Information i -infa Continue

#### -iv alias
Write-Information i -iv x
"$x"

#### -ov alias
Write-Output o -ov x
"$x"

#### -ob alias
Write-Output o -ob 1

#### -pv alias
Write-Output o -pv x | Write-Output

#### -vb alias
Write-Verbose v -vb

#### -db alias
Write-Debug d -db

#### -proga alias
Write-Output a -proga Continue

#### -WhatIf not supported by Write-Output
Write-Output a -WhatIf

#### -Confirm not supported by Write-Output
Write-Output a -Confirm

#### -ErrorVariable name with dollar
Write-Error a -ErrorVariable $ev -ErrorAction SilentlyContinue

#### -OutVariable empty name
Write-Output a -OutVariable ''

#### preference by string prefix
$VerbosePreference = 'cont'
Write-Verbose v

#### preference by number
$VerbosePreference = 2
Write-Verbose v

#### preference bad string
$VerbosePreference = 'nope'
Write-Verbose v

#### ConfirmPreference value
$ConfirmPreference

#### -Debug asks about a warning
Write-Warning w -Debug
'next'

#### -Debug asks about a verbose message
Write-Verbose v -Debug
$?

#### -Debug with -WarningAction Continue
Write-Warning w -Debug -WarningAction Continue

#### -Debug with -Verbose:$false
Write-Verbose v -Debug -Verbose:$false
'next'

#### -Debug with -Verbose
Write-Verbose v -Debug -Verbose

#### -Debug shows debug messages
Write-Debug d -Debug

#### -Debug:$false
Write-Warning w -Debug:$false

#### -Debug of an advanced function
function f { [CmdletBinding()] param() Write-Warning w; Write-Debug d; Write-Verbose v; "$DebugPreference $WarningPreference $VerbosePreference" }
f -Debug

#### -Debug of Write-Information and Write-Error
Write-Information i -Debug
Write-Error e -Debug

#### -Debug warning answered Yes | interactive stdin="y\n"
Write-Warning w -Debug
'next'

#### VerbosePreference Inquire answered | interactive stdin="y\n"
$VerbosePreference = 'Inquire'
Write-Verbose v
'next'

#### InformationPreference Inquire answered | interactive stdin="y\n"
$InformationPreference = 'Inquire'
Write-Information i
'next'

#### InformationPreference Stop and Write-Host
$InformationPreference = 'Stop'
Write-Host h

#### -InformationAction Stop
Write-Information i -InformationAction Stop

#### -OutVariable scope-qualified name
Write-Output c -OutVariable global:g
$g

#### -OutVariable other drive
Write-Output c -OutVariable nosuch:x

#### -OutVariable plus alone
Write-Output d -OutVariable '+'

#### -OutVariable $null
Write-Output a -OutVariable $null

#### -PipelineVariable empty name
Write-Output c -PipelineVariable ''

#### -PipelineVariable inside the pipeline
Write-Output a -PipelineVariable pv | ForEach-Object { "[$pv]" }
"<$pv>"

#### -ErrorVariable is an ArrayList
Write-Error e -ErrorVariable ev -ErrorAction SilentlyContinue
$ev.GetType().FullName
$ev.Count

#### -Debug verbose prompt at the end of input | interactive stdin=""
Write-Verbose v -Debug
'next'
$Error[0].FullyQualifiedErrorId

#### -Debug warning prompt at the end of input, caught | interactive stdin=""
try { Write-Warning w -Debug } catch { 'caught: ' + $_.Exception.Message }
'next'
