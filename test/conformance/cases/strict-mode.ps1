# Set-StrictMode as admin scripts use it (`Set-StrictMode -Version Latest` at the top): unset variables,
# missing properties of custom objects and hashtables, -Off, and binding errors.

#### Latest: unset variable, in a string, in a function
Set-StrictMode -Version Latest; $x; 'after'; "str: $undefinedVar"; function f { $zz }; f; 'f'; $u = $null; $u; 'null ok'; $env:NOPE_NOT_SET; 'env'; $args; 'args'

#### Latest: missing properties of a hashtable and a custom object
Set-StrictMode -Version Latest; $h = @{a = 1}; $h.b; $h.a; $h.Count; 'h ok'; $o = [pscustomobject]@{a = 1}; $o.b; $o.a; 'o ok'

#### Version 1 checks variables only
Set-StrictMode -Version 1; $o = [pscustomobject]@{a = 1}; $o.b; 'v1 prop ok'; $q; 'after'

#### Off turns it off
Set-StrictMode -Version 2.0; $y; Set-StrictMode -Off; $y; 'off'

#### strict error caught
Set-StrictMode -Version Latest; try { $nope } catch { "caught: $($_.FullyQualifiedErrorId)" }

#### bad version
Set-StrictMode -Version abc; 'after'

#### missing version
Set-StrictMode; 'after'
