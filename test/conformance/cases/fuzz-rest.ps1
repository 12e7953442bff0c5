# Runtime differences the differential fuzzer found (issue 9): arithmetic with a collection or hashtable
# on the right of text, and the repeat count of an array.

#### text minus an array fails on the missing operator method
"5" - @(1,2)

#### text divided by a hashtable fails on the missing operator method
"$(1 + 1)" / @{ a = 1 }

#### text modulo an array of one
" 7 " % @(1)

#### text that is no number fails before the operator method
"abc" - @(1,2)

#### empty text divided by a hashtable
"" / @{}

#### text times an array is a repeat count conversion
"a" * @(1,2)

#### an array's repeat count converts to UInt32
@(9y) * @(1,2)

#### an array's repeat count cannot be negative
@(1) * -1

#### an array's repeat count from text
(@(1) * "2.5").Count
@(1) * "-1"

#### an array's repeat count too large for UInt32
@(1) * 5000000000

#### an array's repeat count from text that is no number names Int32
@(1) * "abc"

#### an array's repeat count from a hashtable
@(1) * @{}

#### an ESC in an error message is written as it is, without a reset
"x"; $v = "A1`e" % 7

#### an ESC in an error message on a later line
"x"
[long]"a`e"

#### Write-Error text ending in an ESC
Write-Error "bad`e"
