# Runs many corpus cases in one pwsh process (see CaseRunner.cs for how each reproduces `pwsh -c`).
# $args: the CaseRunner assembly, a JSON array of scripts. After each case a record separator line
# goes to stdout (with the exit status) and to stderr, so the recorder can split both streams.
Add-Type -Path $args[0]
$scripts = Get-Content -Raw -LiteralPath $args[1] | ConvertFrom-Json
$sep = [char]0x1e
# One session state for all: each case still gets its own runspace (variables, $Error, preferences).
$iss = [initialsessionstate]::CreateDefault2()
foreach ($script in $scripts) {
    $rs = [runspacefactory]::CreateRunspace($Host, $iss)
    $rs.Open()
    try { $code = [SpoConformance.CaseRunner]::Run($rs, $script) } finally { $rs.Dispose() }
    [Console]::Out.Flush()
    [Console]::Error.Flush()
    [Console]::Out.Write("$sep$code`n")
    [Console]::Error.Write("$sep`n")
    [Console]::Out.Flush()
    [Console]::Error.Flush()
}
