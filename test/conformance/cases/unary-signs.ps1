# A sign at the start of a statement, and + and - as unary operators on values that have no arithmetic.

#### a dash before a type literal, @( ), @{ }, { }, ! and , starts an expression
-[int]'5'
+[int]'5'
-!$true
+-1

#### a sign whose operand is on the next line
-
1
+
2

#### missing operand 1
-_x

#### missing operand 2
+x

#### missing operand 3
-)

#### missing operand 4
-|x

#### missing operand 5
1 + +x

#### missing operand 6
$a, +x

#### command name that looks like a sign 1
-=

#### command name that looks like a sign 2
+=

#### command name that looks like a sign 3
-foo

#### unary minus and plus on values with no arithmetic
-@(1)
+@(1)
-@{}
+@{}
-{1}
+{1}
-,1
+[pscustomobject]@{}
-(1, 2)
function f { param([switch]$s) +$s; -$s }; f

#### unary plus and minus on numbers and strings
+$null
+'5'
-'5'
+'0x10'
-$null
