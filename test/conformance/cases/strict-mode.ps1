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

#### Set-StrictMode 3: an index past the end fails
Set-StrictMode -Version Latest
try { @(1)[5] } catch { "1: $($_.Exception.GetType().Name): $($_.Exception.Message)" }
try { $a = 1,2; $a[-5] } catch { "2: $($_.Exception.Message)" }
try { 'abc'[10] } catch { "3: $($_.Exception.Message)" }
try { $h = @{}; $h['x'] } catch { "4: $($_.Exception.Message)" }
try { $a = 1,2; $a[1,5] } catch { "5: $($_.Exception.Message)" }
try { $l = [System.Collections.Generic.List[int]]::new(); $l[0] } catch { "6: $($_.Exception.Message)" }
try { $n = 5; $n[0] } catch { "7: $($_.Exception.Message)" }
try { $n = 5; $n[1] } catch { "8: $($_.Exception.Message)" }
$a = 1,2; $a[5]
'end'

#### Set-StrictMode 2 and Off: an index past the end is $null
Set-StrictMode -Version 2
try { @(1)[5] } catch { "v2: $($_.Exception.Message)" }
Set-StrictMode -Off
@(1)[5]; 'off'

#### Set-StrictMode 3: scalars, strings and custom objects indexed past their end
Set-StrictMode -Version 3
$n = 5
$n[1]
try { $n[1] } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }
try { @(1)[3] } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
$s = "ab"; $s[2]
$s[1]
$h=[pscustomobject]@{a=1}; $h[1]
