# A method call's MethodInvocationException carries the .NET exception the method threw as its
# InnerException: its type, message and (for argument exceptions) ParamName, as catch blocks read them.

#### Parse failure
try { [int]::Parse('x') } catch { $_.Exception.GetType().FullName; $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }

#### Argument out of range names its parameter
try { 'abc'.Substring(5) } catch { $_.Exception.InnerException.ParamName; $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }

#### Date overflow
try { [datetime]::MaxValue.AddDays(1) } catch { $_.Exception.InnerException.GetType().Name; $null -eq $_.Exception.InnerException.InnerException }

#### A file that is not there
try { [System.IO.File]::ReadAllText('/nonexistent-spo-file') } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }

#### A script's own throw has no inner exception
try { throw 'boom' } catch { $null -eq $_.Exception.InnerException }

#### A script's own ArgumentException names its parameter
try { throw [System.ArgumentException]::new('bad url', 'Url') } catch [System.ArgumentException] { "caught: $($_.Exception.Message) / $($_.Exception.ParamName)"; $_.FullyQualifiedErrorId }

#### The argument exceptions' properties, in .NET's order
$e = [System.ArgumentException]::new('bad', 'Url'); $e.psobject.Properties.Name -join ','; $e | Format-List * | Out-String
$o = [System.ArgumentOutOfRangeException]::new('p', 5, 'too big'); $o.Message; $o.ActualValue.GetType().Name; $o.psobject.Properties.Name -join ','
[System.ArgumentNullException]::new('p').ParamName; $null -eq [System.ArgumentException]::new('x').ParamName

#### $null for a string argument is an empty string
"[" + [System.ArgumentException]::new($null, 'p').Message + "]"; "[" + [System.ArgumentNullException]::new($null).Message + "]"; "[" + [System.ArgumentException]::new('m', '').Message + "]"; "[" + [System.ArgumentOutOfRangeException]::new('p', $null, 'm').Message + "]"

#### FileNotFoundException's FileName
$f = [System.IO.FileNotFoundException]::new('m', 'f.txt'); $f.FileName; $f.ToString(); $f.psobject.Properties.Name -join ','; $null -eq [System.IO.FileNotFoundException]::new('m').FileName
