# Control flow: not in the subset yet (issue 11). A handful of cases so the corpus shows the gap.

#### if statement
if ($true) { 'yes' }

#### foreach statement
foreach ($i in 1..3) { $i }

#### script block invocation
& { 'in block' }

#### function definition
function f { 'f' }; f

#### try catch
try { throw 'x' } catch { 'caught' }

#### while with break
$i = 0; while ($true) { $i++; if ($i -gt 2) { break } }; $i
