# Format-Table without -Property lays an object out by its type's table view, as Out-Default does: the
# widths, cells and grouping of the ThumbprintTable, drive, Module and ModuleInfoGrouping views; an
# object of another type is written out of band. Get-Module -ListAvailable reads the modules of
# $env:PSModulePath (manifests and script modules, never run). The view's header leaves its last shown
# column unpadded where the rows pad it (a column after it dropped). pwsh lists a script module's
# functions in no fixed order (a hash set's): the cases sort them.

#### a certificate in Format-Table: the ThumbprintTable view's widths
[IO.File]::WriteAllBytes("$PWD/ftv.cer", [Convert]::FromBase64String('MIIDijCCAnKgAwIBAgIUFPvjQuhqcUYnNLzNPUN8ZJjBkVQwDQYJKoZIhvcNAQELBQAwSTELMAkGA1UEBhMCVVMxFTATBgNVBAoMDENvbnRvc28sIEx0ZDEjMCEGA1UEAwwac3BvLXNoZWxsIHRlc3QgY2VydGlmaWNhdGUwIBcNMjYxMjA1MDcwMzMzWhgPMjEyNjExMTEwNzAzMzNaMEkxCzAJBgNVBAYTAlVTMRUwEwYDVQQKDAxDb250b3NvLCBMdGQxIzAhBgNVBAMMGnNwby1zaGVsbCB0ZXN0IGNlcnRpZmljYXRlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2H2CXHWoRqdLM4EWnyjBZSLOJtbgPJUsx6TaOc2E8DuO/BjBt6uYz3shhsACClcgGB0uBQMOWRIMpnJwV1mAUqpdRDFM2faJpo2qCESWiUvCV9wlWjd6+TU+kNpkM/0MuHJ6y/ZfTfyMQW0jdSD1O6wS+IJEUERjjkD+kHCIr/dyG0IgRSlcst+QoNU2/SyZanE8lxxEv6cUEolJyu9CQF+yLYi/yqFM2Zh/Cm815ZwjBj9Hs2qHyNxUVU6oElJeCjKcloiRSvFWViOiArQMnp5/eodFZPW8HlSvC1MXDyPVoGL5ntVUw4cUEtGxYXiLDOTLBB+pWUBJKXkblwWuaQIDAQABo2gwZjAdBgNVHQ4EFgQUJ3XzHU5mk8f/PrYfNg2hUc0sTl4wHwYDVR0jBBgwFoAUJ3XzHU5mk8f/PrYfNg2hUc0sTl4wDwYDVR0TAQH/BAUwAwEB/zATBgNVHSUEDDAKBggrBgEFBQcDAjANBgkqhkiG9w0BAQsFAAOCAQEArpDEKjGjkw6euKM0+8Y8pfPPYoBBhX2zHONhP2coim8uDlpka7Pmf8NQ8Zll1XNXRvQUx7k44wbfgWPG0ETimR8IGyGI6GMhtjzVIf94CuoBk41Tutfg+0Iwj4eHMGbhEWTNhT7VyT8JDc6Ew+Rwtsi9rM+S7Xs1Rtr9XPwqLUrn0iAwsyPxjX/VEzhkqyHKbjOqUzCcdyc9Xf9f0WSWLqov+sDWvEOnQaPes6N78n+kVGizFptLtTseFpecUgUpJA5SJrrNrxZgoQSatilvO4GoWTfzwdqcR+vIQKcMeN07aKf3ZqiGxVEEjZU155vtCPa1bnmRRPe+Bz1ysJW/GA=='))
$c = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new("$PWD/ftv.cer")
$c | Format-Table
$c, 1 | Format-Table
Remove-Item ./ftv.cer

#### a certificate in Format-Table -AutoSize
[IO.File]::WriteAllBytes("$PWD/ftv.cer", [Convert]::FromBase64String('MIIDijCCAnKgAwIBAgIUFPvjQuhqcUYnNLzNPUN8ZJjBkVQwDQYJKoZIhvcNAQELBQAwSTELMAkGA1UEBhMCVVMxFTATBgNVBAoMDENvbnRvc28sIEx0ZDEjMCEGA1UEAwwac3BvLXNoZWxsIHRlc3QgY2VydGlmaWNhdGUwIBcNMjYxMjA1MDcwMzMzWhgPMjEyNjExMTEwNzAzMzNaMEkxCzAJBgNVBAYTAlVTMRUwEwYDVQQKDAxDb250b3NvLCBMdGQxIzAhBgNVBAMMGnNwby1zaGVsbCB0ZXN0IGNlcnRpZmljYXRlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2H2CXHWoRqdLM4EWnyjBZSLOJtbgPJUsx6TaOc2E8DuO/BjBt6uYz3shhsACClcgGB0uBQMOWRIMpnJwV1mAUqpdRDFM2faJpo2qCESWiUvCV9wlWjd6+TU+kNpkM/0MuHJ6y/ZfTfyMQW0jdSD1O6wS+IJEUERjjkD+kHCIr/dyG0IgRSlcst+QoNU2/SyZanE8lxxEv6cUEolJyu9CQF+yLYi/yqFM2Zh/Cm815ZwjBj9Hs2qHyNxUVU6oElJeCjKcloiRSvFWViOiArQMnp5/eodFZPW8HlSvC1MXDyPVoGL5ntVUw4cUEtGxYXiLDOTLBB+pWUBJKXkblwWuaQIDAQABo2gwZjAdBgNVHQ4EFgQUJ3XzHU5mk8f/PrYfNg2hUc0sTl4wHwYDVR0jBBgwFoAUJ3XzHU5mk8f/PrYfNg2hUc0sTl4wDwYDVR0TAQH/BAUwAwEB/zATBgNVHSUEDDAKBggrBgEFBQcDAjANBgkqhkiG9w0BAQsFAAOCAQEArpDEKjGjkw6euKM0+8Y8pfPPYoBBhX2zHONhP2coim8uDlpka7Pmf8NQ8Zll1XNXRvQUx7k44wbfgWPG0ETimR8IGyGI6GMhtjzVIf94CuoBk41Tutfg+0Iwj4eHMGbhEWTNhT7VyT8JDc6Ew+Rwtsi9rM+S7Xs1Rtr9XPwqLUrn0iAwsyPxjX/VEzhkqyHKbjOqUzCcdyc9Xf9f0WSWLqov+sDWvEOnQaPes6N78n+kVGizFptLtTseFpecUgUpJA5SJrrNrxZgoQSatilvO4GoWTfzwdqcR+vIQKcMeN07aKf3ZqiGxVEEjZU155vtCPa1bnmRRPe+Bz1ysJW/GA=='))
$c = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new("$PWD/ftv.cer")
$c | Format-Table -AutoSize
Remove-Item ./ftv.cer

#### drives in Format-Table and Out-Default: the drive view
Get-PSDrive Function, Variable
Get-PSDrive Function, Variable | Format-Table
Get-PSDrive Function | Format-Table -HideTableHeaders
Get-PSDrive Function | Format-Table Name, Root
Get-PSDrive Alias, 'Function' | Format-Table -Wrap

#### drives in Format-Table -AutoSize
Get-PSDrive Function, Variable | Format-Table -AutoSize

#### a script module in Format-Table: the Module view
$null = New-Item -ItemType Directory ./ftv1/Foo
Set-Content ./ftv1/Foo/Foo.psm1 "function Get-Foo { 1 }`nfunction Set-Foo { 2 }"
$env:PSModulePath = "$PWD/ftv1"
Import-Module Foo
Get-Module Foo | Format-Table
Get-Module Foo | Format-Table Name, Version
Remove-Module Foo
Remove-Item ./ftv1 -Recurse

#### Get-Module -ListAvailable: the modules of PSModulePath, grouped by folder, in Format-Table too
$null = New-Item -ItemType Directory ./ftv2/Foo, ./ftv2/Bar, ./ftv2/Baz
Set-Content ./ftv2/Foo/Foo.psm1 "function Get-Foo { 1 }`nfunction Set-Foo { 2 }"
Set-Content ./ftv2/Bar/Bar.psm1 "function Get-Bar { 1 }`nfunction Hidden-Bar { 2 }`nSet-Alias gbar Get-Bar`nExport-ModuleMember -Function Get-Bar -Alias gbar"
Set-Content ./ftv2/Bar/Bar.psd1 "@{ RootModule = 'Bar.psm1'; ModuleVersion = '1.2.3'; FunctionsToExport = @('Get-Bar'); AliasesToExport = @('gbar'); CompatiblePSEditions = @('Core') }"
Set-Content ./ftv2/Baz/Baz.psd1 "@{ ModuleVersion = '2.0'; Description = 'only a manifest' }"
$env:PSModulePath = "$PWD/ftv2"
Get-Module -ListAvailable Foo, Bar, Baz
Get-Module -ListAvailable Foo, Bar, Baz | Format-Table
(Get-Module -ListAvailable Bar).Path -eq "$PWD/ftv2/Bar/Bar.psd1"
(Get-Module -ListAvailable Foo).Path -eq "$PWD/ftv2/Foo/Foo.psm1"
(Get-Module -ListAvailable Bar).ModuleBase -eq "$PWD/ftv2/Bar"
(Get-Module -ListAvailable Baz).Description
Get-Module -ListAvailable Nope
Get-Module Foo
Remove-Item ./ftv2 -Recurse

#### Get-Module -ListAvailable in Format-Table -AutoSize, and what a listed module exports
$null = New-Item -ItemType Directory ./ftv3/Bar, ./ftv3/M1, ./ftv3/M2, ./ftv3/M3
Set-Content ./ftv3/Bar/Bar.psm1 "function Get-Bar { 1 }"
Set-Content ./ftv3/Bar/Bar.psd1 "@{ RootModule = 'Bar.psm1'; ModuleVersion = '1.2.3'; FunctionsToExport = @('Get-Bar'); AliasesToExport = @('gbar') }"
Set-Content ./ftv3/M1/M1.psm1 "function Get-A { 1 }`nfunction Get-B { 2 }`nSet-Alias ga Get-A`nExport-ModuleMember -Function Get-A"
Set-Content ./ftv3/M2/M2.psm1 "function Get-C { 1 }`nSet-Alias gc2 Get-C`nif (`$true) { function Get-D { 2 } }`nNew-Alias -Name gd -Value Get-D"
Set-Content ./ftv3/M3/M3.psm1 "function Get-E { 1 }`nExport-ModuleMember -Function *"
$env:PSModulePath = "$PWD/ftv3"
Get-Module -ListAvailable Bar, M3 | Format-Table -AutoSize
Get-Module -ListAvailable M1, M2, M3, Bar | ForEach-Object { $_.Name + ': ' + (($_.ExportedCommands.Keys | Sort-Object) -join ',') + ' / ' + (($_.ExportedFunctions.Keys | Sort-Object) -join ',') + ' / ' + ($_.ExportedAliases.Keys -join ',') + ' ' + $_.ModuleType }
Remove-Item ./ftv3 -Recurse
