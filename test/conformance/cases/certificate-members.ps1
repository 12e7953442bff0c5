# X509Certificate2's members that app-only sign-in scripts use (the test certificate of
# test/fixtures/certificates/certificate.cer, public only), and what Out-Default does with an object of
# another type while a built-in table view (a directory listing, a module listing) is open.

#### a certificate's properties, Format-List and Format-List * (less Handle, a pointer)
[IO.File]::WriteAllBytes("$PWD/cm.cer", [Convert]::FromBase64String('MIIDijCCAnKgAwIBAgIUFPvjQuhqcUYnNLzNPUN8ZJjBkVQwDQYJKoZIhvcNAQELBQAwSTELMAkGA1UEBhMCVVMxFTATBgNVBAoMDENvbnRvc28sIEx0ZDEjMCEGA1UEAwwac3BvLXNoZWxsIHRlc3QgY2VydGlmaWNhdGUwIBcNMjYxMjA1MDcwMzMzWhgPMjEyNjExMTEwNzAzMzNaMEkxCzAJBgNVBAYTAlVTMRUwEwYDVQQKDAxDb250b3NvLCBMdGQxIzAhBgNVBAMMGnNwby1zaGVsbCB0ZXN0IGNlcnRpZmljYXRlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2H2CXHWoRqdLM4EWnyjBZSLOJtbgPJUsx6TaOc2E8DuO/BjBt6uYz3shhsACClcgGB0uBQMOWRIMpnJwV1mAUqpdRDFM2faJpo2qCESWiUvCV9wlWjd6+TU+kNpkM/0MuHJ6y/ZfTfyMQW0jdSD1O6wS+IJEUERjjkD+kHCIr/dyG0IgRSlcst+QoNU2/SyZanE8lxxEv6cUEolJyu9CQF+yLYi/yqFM2Zh/Cm815ZwjBj9Hs2qHyNxUVU6oElJeCjKcloiRSvFWViOiArQMnp5/eodFZPW8HlSvC1MXDyPVoGL5ntVUw4cUEtGxYXiLDOTLBB+pWUBJKXkblwWuaQIDAQABo2gwZjAdBgNVHQ4EFgQUJ3XzHU5mk8f/PrYfNg2hUc0sTl4wHwYDVR0jBBgwFoAUJ3XzHU5mk8f/PrYfNg2hUc0sTl4wDwYDVR0TAQH/BAUwAwEB/zATBgNVHSUEDDAKBggrBgEFBQcDAjANBgkqhkiG9w0BAQsFAAOCAQEArpDEKjGjkw6euKM0+8Y8pfPPYoBBhX2zHONhP2coim8uDlpka7Pmf8NQ8Zll1XNXRvQUx7k44wbfgWPG0ETimR8IGyGI6GMhtjzVIf94CuoBk41Tutfg+0Iwj4eHMGbhEWTNhT7VyT8JDc6Ew+Rwtsi9rM+S7Xs1Rtr9XPwqLUrn0iAwsyPxjX/VEzhkqyHKbjOqUzCcdyc9Xf9f0WSWLqov+sDWvEOnQaPes6N78n+kVGizFptLtTseFpecUgUpJA5SJrrNrxZgoQSatilvO4GoWTfzwdqcR+vIQKcMeN07aKf3ZqiGxVEEjZU155vtCPa1bnmRRPe+Bz1ysJW/GA=='))
$c = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new("$PWD/cm.cer")
$c | Format-List
$c | Select-Object * -ExcludeProperty Handle | Format-List
$c.Version; $c.SignatureAlgorithm; $c.PublicKey.Oid | Format-List
$c.Extensions.Count; $c.Extensions | ForEach-Object { $_.Oid.FriendlyName }
$c.RawData.Length; $c.HasPrivateKey; $c.Archived; "[$($c.FriendlyName)]"

#### a certificate's methods
[IO.File]::WriteAllBytes("$PWD/cm.cer", [Convert]::FromBase64String('MIIDijCCAnKgAwIBAgIUFPvjQuhqcUYnNLzNPUN8ZJjBkVQwDQYJKoZIhvcNAQELBQAwSTELMAkGA1UEBhMCVVMxFTATBgNVBAoMDENvbnRvc28sIEx0ZDEjMCEGA1UEAwwac3BvLXNoZWxsIHRlc3QgY2VydGlmaWNhdGUwIBcNMjYxMjA1MDcwMzMzWhgPMjEyNjExMTEwNzAzMzNaMEkxCzAJBgNVBAYTAlVTMRUwEwYDVQQKDAxDb250b3NvLCBMdGQxIzAhBgNVBAMMGnNwby1zaGVsbCB0ZXN0IGNlcnRpZmljYXRlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2H2CXHWoRqdLM4EWnyjBZSLOJtbgPJUsx6TaOc2E8DuO/BjBt6uYz3shhsACClcgGB0uBQMOWRIMpnJwV1mAUqpdRDFM2faJpo2qCESWiUvCV9wlWjd6+TU+kNpkM/0MuHJ6y/ZfTfyMQW0jdSD1O6wS+IJEUERjjkD+kHCIr/dyG0IgRSlcst+QoNU2/SyZanE8lxxEv6cUEolJyu9CQF+yLYi/yqFM2Zh/Cm815ZwjBj9Hs2qHyNxUVU6oElJeCjKcloiRSvFWViOiArQMnp5/eodFZPW8HlSvC1MXDyPVoGL5ntVUw4cUEtGxYXiLDOTLBB+pWUBJKXkblwWuaQIDAQABo2gwZjAdBgNVHQ4EFgQUJ3XzHU5mk8f/PrYfNg2hUc0sTl4wHwYDVR0jBBgwFoAUJ3XzHU5mk8f/PrYfNg2hUc0sTl4wDwYDVR0TAQH/BAUwAwEB/zATBgNVHSUEDDAKBggrBgEFBQcDAjANBgkqhkiG9w0BAQsFAAOCAQEArpDEKjGjkw6euKM0+8Y8pfPPYoBBhX2zHONhP2coim8uDlpka7Pmf8NQ8Zll1XNXRvQUx7k44wbfgWPG0ETimR8IGyGI6GMhtjzVIf94CuoBk41Tutfg+0Iwj4eHMGbhEWTNhT7VyT8JDc6Ew+Rwtsi9rM+S7Xs1Rtr9XPwqLUrn0iAwsyPxjX/VEzhkqyHKbjOqUzCcdyc9Xf9f0WSWLqov+sDWvEOnQaPes6N78n+kVGizFptLtTseFpecUgUpJA5SJrrNrxZgoQSatilvO4GoWTfzwdqcR+vIQKcMeN07aKf3ZqiGxVEEjZU155vtCPa1bnmRRPe+Bz1ysJW/GA=='))
$c = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new("$PWD/cm.cer")
$c.GetCertHashString(); $c.GetCertHashString('SHA256'); $c.GetCertHash().Length
$c.GetSerialNumberString(); $c.GetSerialNumber() -join ','; $c.GetName(); $c.GetIssuerName()
$c.GetExpirationDateString(); $c.GetEffectiveDateString(); $c.GetKeyAlgorithm(); $c.GetFormat()
$c.Export('Cert').Length; ($c.GetRawCertData()[0..3]) -join ','; $c.GetRawCertDataString().Substring(0, 20)
$c.ToString()
$c.ToString($true)
$c.GetCertHashString('MD7')

#### Get-Member lists the members spo implements
[IO.File]::WriteAllBytes("$PWD/cm.cer", [Convert]::FromBase64String('MIIDijCCAnKgAwIBAgIUFPvjQuhqcUYnNLzNPUN8ZJjBkVQwDQYJKoZIhvcNAQELBQAwSTELMAkGA1UEBhMCVVMxFTATBgNVBAoMDENvbnRvc28sIEx0ZDEjMCEGA1UEAwwac3BvLXNoZWxsIHRlc3QgY2VydGlmaWNhdGUwIBcNMjYxMjA1MDcwMzMzWhgPMjEyNjExMTEwNzAzMzNaMEkxCzAJBgNVBAYTAlVTMRUwEwYDVQQKDAxDb250b3NvLCBMdGQxIzAhBgNVBAMMGnNwby1zaGVsbCB0ZXN0IGNlcnRpZmljYXRlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2H2CXHWoRqdLM4EWnyjBZSLOJtbgPJUsx6TaOc2E8DuO/BjBt6uYz3shhsACClcgGB0uBQMOWRIMpnJwV1mAUqpdRDFM2faJpo2qCESWiUvCV9wlWjd6+TU+kNpkM/0MuHJ6y/ZfTfyMQW0jdSD1O6wS+IJEUERjjkD+kHCIr/dyG0IgRSlcst+QoNU2/SyZanE8lxxEv6cUEolJyu9CQF+yLYi/yqFM2Zh/Cm815ZwjBj9Hs2qHyNxUVU6oElJeCjKcloiRSvFWViOiArQMnp5/eodFZPW8HlSvC1MXDyPVoGL5ntVUw4cUEtGxYXiLDOTLBB+pWUBJKXkblwWuaQIDAQABo2gwZjAdBgNVHQ4EFgQUJ3XzHU5mk8f/PrYfNg2hUc0sTl4wHwYDVR0jBBgwFoAUJ3XzHU5mk8f/PrYfNg2hUc0sTl4wDwYDVR0TAQH/BAUwAwEB/zATBgNVHSUEDDAKBggrBgEFBQcDAjANBgkqhkiG9w0BAQsFAAOCAQEArpDEKjGjkw6euKM0+8Y8pfPPYoBBhX2zHONhP2coim8uDlpka7Pmf8NQ8Zll1XNXRvQUx7k44wbfgWPG0ETimR8IGyGI6GMhtjzVIf94CuoBk41Tutfg+0Iwj4eHMGbhEWTNhT7VyT8JDc6Ew+Rwtsi9rM+S7Xs1Rtr9XPwqLUrn0iAwsyPxjX/VEzhkqyHKbjOqUzCcdyc9Xf9f0WSWLqov+sDWvEOnQaPes6N78n+kVGizFptLtTseFpecUgUpJA5SJrrNrxZgoQSatilvO4GoWTfzwdqcR+vIQKcMeN07aKf3ZqiGxVEEjZU155vtCPa1bnmRRPe+Bz1ysJW/GA=='))
$c = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new("$PWD/cm.cer")
$c | Get-Member -Name GetCertHashString, ToString, RawData, RawDataMemory, PrivateKey, Version, SignatureAlgorithm, EnhancedKeyUsageList, SendAsTrustedIssuer

#### objects of another type after a built-in table view are lists out of band
[version]'1.2'; [pscustomobject]@{a=1}; @{x=1}; 'text'; [version]'1.3'; [pscustomobject]@{a=1;b=2;c=3;d=4;e=5}
