# AutomationNull given to a numeric static method, and the sign operators on a TimeSpan.

#### AutomationNull to Math
[math]::Max((& {}), 1)
'next'
[math]::Abs((& {}))
[math]::Max($null, 1)
[string]::IsNullOrEmpty((& {}))

#### TimeSpan negation
$t = New-TimeSpan -Seconds 5
-$t
(-$t).GetType().Name
(-$t).TotalSeconds
(+$t).TotalSeconds
-$t -eq (New-TimeSpan -Seconds -5)
(-[timespan]::Zero).Ticks
