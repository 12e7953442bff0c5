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
