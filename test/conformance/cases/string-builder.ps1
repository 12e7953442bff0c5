# System.Text.StringBuilder as .NET 10 has it: the overloads pwsh picks, the chunked Capacity a forgotten
# [void] shows, the indexer, Length and Capacity set, Get-Member, and .NET's argument errors.

#### growth, Clear, constructors, Insert, Remove, Replace and Length as Capacity shows them
$sb = [System.Text.StringBuilder]::new()
foreach ($n in 1, 15, 1, 17, 40, 100, 3000, 9000) { [void]$sb.Append('x' * $n); "$($sb.Length) $($sb.Capacity)" }
[void]$sb.Clear(); "$($sb.Length) $($sb.Capacity)"
$sb = [System.Text.StringBuilder]::new('abc'); "$($sb.Length) $($sb.Capacity)"
$sb = [System.Text.StringBuilder]::new('a' * 20); "$($sb.Length) $($sb.Capacity)"
$sb = [System.Text.StringBuilder]::new(100); "$($sb.Length) $($sb.Capacity)"
$sb = [System.Text.StringBuilder]::new('abc', 50); "$($sb.Length) $($sb.Capacity)"
$sb = [System.Text.StringBuilder]::new(); [void]$sb.Append('abcdef'); [void]$sb.Insert(2, 'x' * 20); "$($sb.Length) $($sb.Capacity)"; [void]$sb.Remove(0, 10); "$($sb.Length) $($sb.Capacity)"
[void]$sb.Replace('x', 'yy'); "$($sb.Length) $($sb.Capacity)"; $sb.Length = 3; "$($sb.Length) $($sb.Capacity) $sb"
$sb.Append('q')
$sb = [Text.StringBuilder]::new(); $sb.Append('-', 10).ToString(); $sb.Append('abcdef', 1, 3).ToString(); $sb.Append([char[]]'xyz').ToString(); $sb.Append(5).Append($true).Append(1.5).Append($null).ToString()

#### the overloads and what they return
$sb.AppendLine().AppendLine('z').ToString().Length; $sb.AppendFormat('{0}-{1}', 1, 2).ToString(); $sb.AppendJoin(',', 'a', 'b').ToString()
$sb[0]; $sb.Chars(1); $sb.ToString(2, 3); $sb.Insert(0, 'ab', 2).ToString(); $sb.Replace('a', 'A', 0, 2).ToString(); $sb.EnsureCapacity(500) -ge 500
$sb.Equals($sb); "$sb".Length; $sb.Remove(0, 100)
$sb.ToString(50, 100)

#### range errors
$sb = [Text.StringBuilder]::new('abc')
$sb.Insert(999, 'x')

#### argument errors, the indexer and the size properties
$sb=[Text.StringBuilder]::new("abc"); try { $sb.Append("ab", 3) } catch { $_.Exception.Message }; try { $sb.Append("-", -1) } catch { $_.Exception.Message }; try { $sb.Remove(-1, 1) } catch { $_.Exception.Message }; try { $sb.ToString(1, 5) } catch { $_.Exception.Message }; try { $sb.Append("abc", 2, 5) } catch { $_.Exception.Message }; try { $sb.Chars(9) } catch { $_.Exception.Message }; try { $sb[9] } catch { $_.Exception.Message }; "n"; $sb[1] = "Z"; "$sb"; try { $sb[9] = "q" } catch { $_.Exception.Message }; $sb.Length = 1; "$sb"; try { $sb.Length = -1 } catch { $_.Exception.Message }
$sb.Replace("a", "bb", 0, 5)
$sb = New-Object System.Text.StringBuilder; $sb.Append('x') | Out-Null; $sb.AppendLine('y'); $sb | Get-Member -MemberType Property | Format-Table Name, Definition
$lines = 1..200 | % { "line $_" }; $sb = [Text.StringBuilder]::new(); foreach ($l in $lines) { [void]$sb.AppendLine($l) }; $sb.Length; $sb.Capacity; $sb.ToString().Split("`n").Count
$sb.Length = 5000; $sb.Length; $sb.Capacity; $sb.Capacity = 10

#### a report built line by line
$sites = 'hr','it','fin'; $sb = [System.Text.StringBuilder]::new(); [void]$sb.AppendLine('Site report'); [void]$sb.AppendLine('-' * 11); foreach ($s in $sites) { [void]$sb.AppendFormat('{0,-5}{1,4}', $s, $s.Length).AppendLine() }; $sb.ToString(); $sb.Length
