# Validation attributes of script parameters: ValidateSet with IgnoreCase = $false, the ValidateRangeKind
# ranges, a ValidateScript that throws, and the ErrorMessage of ValidateSet, ValidatePattern and ValidateScript.

#### the attributes as pwsh 7.6.10 checks them
function T { param([ValidateSet('Low','High', IgnoreCase=$false)]$L) $L }
T low; T Low
function P { param([ValidateRange('Positive')][int]$N) $N }
P 0; P -1; P 3
function NN { param([ValidateRange('NonNegative')][int]$N) $N }
NN -1; NN 0
function NP { param([ValidateRange('NonPositive')][int]$N) $N }
NP 1; NP 0
function NG { param([ValidateRange('Negative')][int]$N) $N }
NG 0; NG -2
function S { param([ValidateScript({ throw "nope" })]$X) $X }
S 1
function S2 { param([ValidateScript({ $_ -gt 1 }, ErrorMessage = "bad {0}")]$X) $X }
S2 0; S2 5
function S3 { param([ValidateSet('a','b', ErrorMessage = "Value '{0}' is not in {1}")]$X) $X }
S3 z
function S4 { param([ValidatePattern('^\d+$', ErrorMessage = "{0} is not digits ({1})")]$X) $X }
S4 x1

#### ValidateRange with the enum
function P { param([ValidateRange([System.Management.Automation.ValidateRangeKind]::Positive)][int]$N) $N }; P 0; P 2
