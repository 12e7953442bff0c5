# Commands scripts and profiles call that spo lacked (third round): Register-ArgumentCompleter (its
# registration, its parameter sets and the CompletionResult type its completers return; what Tab offers is
# in test/argument-completer.test.ts) and Format-Hex (the ByteCollection rows and pwsh's hex table; a
# value's label ends in the object's hash code, which changes from run to run, so the cases replace it).

#### Register-ArgumentCompleter's syntax
Get-Command Register-ArgumentCompleter -Syntax

#### Register-ArgumentCompleter registers quietly in each parameter set
function Get-Thing { param($Name) $Name }
Register-ArgumentCompleter -CommandName Get-Thing -ParameterName Name -ScriptBlock { 'a' }
Register-ArgumentCompleter -ParameterName Name -ScriptBlock { 'b' }
Register-ArgumentCompleter -CommandName mytool -ScriptBlock { 'c' } -Native
Register-ArgumentCompleter -NativeFallback -ScriptBlock { 'd' }
Register-ArgumentCompleter -CommandName Get-Thing -ParameterName Name -ScriptBlock $null
'done'

#### Register-ArgumentCompleter without a script block
Register-ArgumentCompleter -ParameterName x

#### Register-ArgumentCompleter with -Native and -ParameterName
Register-ArgumentCompleter -CommandName a -ParameterName b -ScriptBlock { 1 } -Native

#### Register-ArgumentCompleter with a string for the script block
Register-ArgumentCompleter -ParameterName x -ScriptBlock 'x'

#### CompletionResult with one argument
[System.Management.Automation.CompletionResult]::new('a') | Format-List *

#### CompletionResult with four arguments
$r = [System.Management.Automation.CompletionResult]::new('x y', 'XY', 'ParameterValue', 'tip')
$r | Format-Table -AutoSize
$r.ResultType.GetType().FullName
$r.GetType().FullName

#### CompletionResult's members
[System.Management.Automation.CompletionResult]::new('a') | Get-Member | Out-String -Width 200

#### CompletionResultType values
[System.Management.Automation.CompletionResultType]::ParameterValue
[enum]::GetNames([System.Management.Automation.CompletionResultType]) -join ','

#### Format-Hex's syntax and alias
Get-Command Format-Hex -Syntax
Get-Alias fhx | Select-Object Name, Definition, Options

#### Format-Hex of a string
("Hello" | Format-Hex | Out-String) -replace '<[0-9A-F]{8}>', '<HASH>'

#### Format-Hex of a long string cuts the Ascii column
("a" * 40 | Format-Hex | Out-String) -replace '<[0-9A-F]{8}>', '<HASH>'

#### Format-Hex of piped bytes
([byte[]](0..20) | Format-Hex | Out-String) -replace '<[0-9A-F]{8}>', '<HASH>'

#### Format-Hex of numbers: one collection per run of one type
(1, 2 | Format-Hex | Out-String) -replace '<[0-9A-F]{8}>', '<HASH>'
$r = "ab", 1, "c", [byte]5, [byte]6, [int16]7, [char]"x", [single]1.5, [long]1, 1.5, $true | Format-Hex
$r | ForEach-Object { $_.HexBytes + "|" + $_.Label.Split(" ")[0] + "|" + $_.Offset64 }

#### Format-Hex of types it does not take
[decimal]1 | Format-Hex
Format-Hex -InputObject @{a=1}
Format-Hex -InputObject 1, 2
([uint64]5, [sbyte]-1, [uint16]3, [bigint]5) | Format-Hex | ForEach-Object { $_.HexBytes + "|" + $_.Label.Substring(0, $_.Label.IndexOf("<")) }

#### Format-Hex's encodings have no byte order mark
"héllo" | Format-Hex -Encoding utf8 | ForEach-Object HexBytes
"é" | Format-Hex -Encoding unicode | ForEach-Object HexBytes
"é" | Format-Hex -Encoding utf8BOM | ForEach-Object HexBytes
"hi" | Format-Hex -Encoding bigendianunicode | ForEach-Object HexBytes

#### Format-Hex -Count and -Offset on values
("x" * 20 | Format-Hex).ToString()
"x" * 20 | Format-Hex -Count 3 -Offset 2 | ForEach-Object { $_.ToString() + "|" + $_.Offset64 }
1, 2, 3 | Format-Hex -Count 5 | ForEach-Object HexBytes
[byte[]](1..40) | Format-Hex -Offset 20 | ForEach-Object { $_.HexBytes + "|" + $_.Offset64 }
"x" | Format-Hex -Offset 5
"" | Format-Hex

#### Format-Hex -Count and -Offset validation
"x" | Format-Hex -Offset -1
"x" | Format-Hex -Count 0

#### Format-Hex of $null
$null | Format-Hex

#### Format-Hex -Raw is obsolete
(42 | Format-Hex -Raw | Out-String) -replace '<[0-9A-F]{8}>', '<HASH>'

#### Format-Hex of a file
$null = New-Item -ItemType Directory ./fhx1; Set-Content ./fhx1/a.txt "Hello, world!`nThis is a test file with more than sixteen bytes." -NoNewline
Format-Hex ./fhx1/a.txt | ForEach-Object { $_.ToString() }
Format-Hex -LiteralPath ./fhx1/a.txt -Count 5 -Offset 3 | ForEach-Object { $_.ToString() + "|" + $_.Offset + "|" + ($_.Path -eq $_.Label) }
Format-Hex ./fhx1/*.txt -Offset 20 | ForEach-Object { $_.HexBytes + "|" + $_.Offset64 }
Get-Item ./fhx1/a.txt | Format-Hex -Count 4 | ForEach-Object { $_.HexBytes + "|" + (Split-Path -Leaf $_.Path) }
Remove-Item ./fhx1 -Recurse

#### Format-Hex of a file that does not exist
Format-Hex -Path ./fhx-none.txt
Format-Hex -LiteralPath ./fhx-none.txt -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].FullyQualifiedErrorId
$e[0].Exception.GetType().FullName

#### Format-Hex's rows: all the bytes' characters
$r = [byte[]](0..255) | Format-Hex
$r.Count
$r | ForEach-Object { [int[]][char[]]$_.Ascii -join "," }

#### Format-Hex's ByteCollection properties and members
$r = "ab" | Format-Hex
$r | Select-Object Offset, Offset64, Bytes, Path, HexOffset, HexBytes, Ascii | Format-List
$r.Offset.GetType().Name, $r.Offset64.GetType().Name, $r.Bytes.GetType().Name -join ','
$r | Get-Member | Out-String -Width 200

#### Set-PSDebug's syntax
Get-Command Set-PSDebug -Syntax

#### Set-PSDebug -Strict and -Off
Set-StrictMode -Version 2; Set-PSDebug -Off; $zz; "b"; ([pscustomobject]@{}).nope; "c"
Set-PSDebug -Strict; ([pscustomobject]@{}).nope; "d"; $zz; "e"; Set-PSDebug -Off; $zz; "f"

#### Set-PSDebug's parameter sets and -Trace's range
Set-PSDebug -Trace 3
Set-PSDebug
Set-PSDebug -Strict -Off
Set-PSDebug -Trace 0; 'ok'

#### ConvertTo-CliXml and ConvertFrom-CliXml's syntax
Get-Command ConvertTo-CliXml, ConvertFrom-CliXml -Syntax

#### ConvertTo-CliXml of piped values and of an array
1, "a" | ConvertTo-CliXml
ConvertTo-CliXml -InputObject 1, 2
ConvertTo-CliXml -InputObject @{a = 1} -Depth 1
$s = 1 | ConvertTo-CliXml; $s.GetType().Name; ($s -split "`n").Count

#### ConvertTo-CliXml with nothing to convert and a bad depth
$null | ConvertTo-CliXml
ConvertTo-CliXml -InputObject 1 -Depth 0

#### ConvertFrom-CliXml round trips
1, "a" | ConvertTo-CliXml | ConvertFrom-CliXml
(1, 2 | ConvertTo-CliXml | ConvertFrom-CliXml).GetType().Name
ConvertFrom-CliXml -InputObject (ConvertTo-CliXml -InputObject (1, 2)) | ForEach-Object GetType | ForEach-Object Name
(Get-Date -Year 2020 -Month 5 -Day 1 -Hour 0 -Minute 0 -Second 0 -Millisecond 0 | ConvertTo-CliXml | ConvertFrom-CliXml).ToString('yyyy-MM-dd HH:mm')

#### ConvertFrom-CliXml of text that is not CLIXML
"notxml" | ConvertFrom-CliXml; "x"
"<Objs/>" | ConvertFrom-CliXml; "y"
"" | ConvertFrom-CliXml

#### Get-PSProvider lists the providers
Get-PSProvider

#### Get-PSProvider's syntax
Get-Command Get-PSProvider -Syntax

#### Get-PSProvider by name, wildcard and qualified name
Get-PSProvider -PSProvider F*
Get-PSProvider Microsoft.PowerShell.Core\Alias, Var*
Get-PSProvider Nope
Get-PSProvider No*; 'none'

#### a ProviderInfo's properties
$p = Get-PSProvider FileSystem
$p | Select-Object * -ExcludeProperty Home | Format-List
$p.GetType().FullName, $p.Capabilities.GetType().FullName, $p.ItemSeparator.GetType().Name -join ','
$p.Home -eq $HOME
(Get-PSDrive Temp).Provider.Drives -join ','
