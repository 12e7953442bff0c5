# .NET statics SharePoint REST scripts use: URL and HTML encoding (System.Net.WebUtility,
# System.Web.HttpUtility, [uri]'s escaping), Stopwatch for timing loops, and a static method named
# without parentheses (its overloads).

#### WebUtility: URL and HTML encoding
[System.Net.WebUtility]::UrlEncode("a b&c/d?é~*'()!-_.")
[System.Net.WebUtility]::UrlEncode("😀 ğ")
[System.Net.WebUtility]::UrlEncode("x`u{d800}y")
[System.Net.WebUtility]::UrlDecode("a+b%26c%2fd%C3%A9%zz")
[System.Net.WebUtility]::UrlDecode("%C3%28%FF|%e9|%u00e9")
[System.Net.WebUtility]::HtmlEncode("<a href='x'>&é`"</a>")
[System.Net.WebUtility]::HtmlEncode("é ÿ ğ € 😀 `u{a0}")
[System.Net.WebUtility]::HtmlEncode("x`u{d800}y")
[System.Net.WebUtility]::HtmlDecode("&lt;&amp;&#233;&#x41;&eacute;|&bogus;|&AMP;|&apos;")
[System.Net.WebUtility]::HtmlDecode("&hellip;&euro;&trade;&Alpha;&lang;|&#55296;|&#x110000;|&#x41|&#;")
[Net.WebUtility]::UrlEncode(5)
[System.Net.WebUtility]::UrlEncode($null) -eq $null
[System.Net.WebUtility]::UrlEncode("").Length

#### HttpUtility: lower-case escapes, %u, path and attribute encoding, JavaScript strings
[System.Web.HttpUtility]::UrlEncode("a b&c/d?é~*'()!-_.")
[System.Web.HttpUtility]::UrlEncode("😀 ğ+")
[System.Web.HttpUtility]::UrlEncode("a&b", [Text.Encoding]::UTF8)
[System.Web.HttpUtility]::UrlEncode($null) -eq $null
[System.Web.HttpUtility]::UrlDecode("a+b%26c%2fd%C3%A9%zz%u00e9%U00E9%u00zz%")
[System.Web.HttpUtility]::HtmlEncode("<a href='x'>&é`"</a>")
[System.Web.HttpUtility]::HtmlEncode($null) -eq $null
[System.Web.HttpUtility]::HtmlDecode("&lt;x&gt;")
[System.Web.HttpUtility]::UrlPathEncode("http://x/a b/é?q=a b")
[System.Web.HttpUtility]::HtmlAttributeEncode("<a'`"&>")
[System.Web.HttpUtility]::JavaScriptStringEncode("a'b`"c`n")
[System.Web.HttpUtility]::JavaScriptStringEncode("a'b", $true)
[System.Web.HttpUtility]::JavaScriptStringEncode("<>&`t`u{1}`u{2028}\")

#### [uri]: escaping data and URIs
[uri]::EscapeDataString("a b&c/d?é~*'()!#[]")
[uri]::EscapeDataString("😀+%")
[uri]::EscapeDataString($null)
[uri]::UnescapeDataString("a%20b%2F%zz%C3%A9")
[uri]::UnescapeDataString("%C3%28%FF|%e9|%41%2541")
[uri]::EscapeUriString("a b/c?d#e[]é")
[uri]::EscapeUriString("%41 %zz")
[uri]::UriSchemeHttps + [uri]::SchemeDelimiter
$site = 'Project Docs & Plans'
"https://contoso.sharepoint.com/sites/x/_api/web/lists/GetByTitle('$([uri]::EscapeDataString($site))')"

#### [uri]: well-formed URIs and host names
foreach ($s in 'https://x/é','https://x/a%zz','https://x/a%41','mailto:a@b','x','/a?b=c','https://x:99999/','http://[::1]/','c:\x','https://x/a#b#c','https://contoso.sharepoint.com/sites/a b','//x/y','https://user@x/','urn:isbn:1','https://x/a^b','http:/x') {
  '{0,-45} {1,-5} {2,-5} {3,-5}' -f $s, [uri]::IsWellFormedUriString($s,'Absolute'), [uri]::IsWellFormedUriString($s,'Relative'), [uri]::IsWellFormedUriString($s,[UriKind]::RelativeOrAbsolute)
}
foreach ($h in 'contoso.sharepoint.com','a_b.com','-a.com','a..b','x','1.2.3','1.2.3.4','256.1.1.1','[::1]','fe80::1%eth0','a b','','é.com') { '{0} {1}' -f $h, [uri]::CheckHostName($h) }
[uri]::IsWellFormedUriString('x', 5)

#### wrong argument counts
[System.Net.WebUtility]::UrlEncode("a","b")
[uri]::EscapeDataString("a","b")
[Diagnostics.Stopwatch]::StartNew(5)

#### Stopwatch: start, stop, what it shows
$s=[Diagnostics.Stopwatch]::StartNew(); Start-Sleep -Milliseconds 120; $s.Stop()
$s.IsRunning; $s.ElapsedMilliseconds -ge 100; $s.Elapsed.TotalSeconds -lt 5
$s.Elapsed.GetType().FullName; $s.ElapsedMilliseconds.GetType().FullName; $s.ElapsedTicks.GetType().FullName
$e1 = $s.ElapsedTicks; Start-Sleep -Milliseconds 20; $s.ElapsedTicks -eq $e1
[Diagnostics.Stopwatch]::Frequency; [Diagnostics.Stopwatch]::IsHighResolution; [Diagnostics.Stopwatch]::GetTimestamp().GetType().Name
$n = New-Object System.Diagnostics.Stopwatch; $n
$n | Format-List
$n | ConvertTo-Json -Compress
$n.Start(); $n.IsRunning; $n.Reset(); $n.IsRunning; $n.ElapsedTicks; $n.Restart(); $n.IsRunning
$t = [System.Diagnostics.Stopwatch]::GetTimestamp(); ([System.Diagnostics.Stopwatch]::GetElapsedTime($t)).GetType().Name
$x = [Diagnostics.Stopwatch]::new(); "$x"; $x.ToString(); $x -is [System.Diagnostics.Stopwatch]
$x.Stop(1)

#### Stopwatch: members
[Diagnostics.Stopwatch]::new() | Get-Member
[Diagnostics.Stopwatch] | Get-Member -Static

#### a static method without parentheses shows its overloads
[Math]::Round
[IO.Path]::Combine
([Math]::Max).Invoke(1, 5)
([IO.Path]::GetFileName).Invoke('a/b.txt')
[System.Web.HttpUtility]::UrlEncode
"$([System.Net.WebUtility]::HtmlDecode)"
[Math]::Nope

#### ConvertTo-Html encodes as WebUtility.HtmlEncode does (a lone surrogate is the replacement character itself)
[pscustomobject]@{a="x`u{d800}y<é"} | ConvertTo-Html -Fragment

#### [System.Threading.Thread]::Sleep blocks for the time given
[System.Threading.Thread]::Sleep(10); "a"; [Threading.Thread]::Sleep([timespan]::FromMilliseconds(5)); "b"
$sw = [Diagnostics.Stopwatch]::StartNew(); [System.Threading.Thread]::Sleep(200); $sw.ElapsedMilliseconds -ge 190
[System.Threading.Thread]::Sleep(-5)
