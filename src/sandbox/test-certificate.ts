// SANDBOX-ONLY TEST CERTIFICATE. Not a secret and not trusted anywhere except by the sandbox routing.
//
// The sandbox tenant (src/sandbox) serves HTTPS on 127.0.0.1 under the real Microsoft host names, so it
// needs a certificate whose SANs cover them. This self-signed EC P-256 certificate was generated once with
// openssl (valid 2026-01-01 to 2126-01-01) and is committed so that start-up needs no key generation.
// Its private key is public by design: the certificate is only ever trusted by routeHostsTo(), which only
// `spo --sandbox` and tests switch on, and only for connections that go to 127.0.0.1.
//
// Regenerate with (then paste both PEMs below):
//   openssl ecparam -name prime256v1 -genkey -noout -out key.pem   (or: openssl req -newkey ec ...)
//   openssl req -new -key key.pem -out csr.pem -subj "/CN=spo-shell sandbox (test only, not a real certificate)"
//   openssl ca -selfsign -keyfile key.pem -in csr.pem -startdate 20260101000000Z -enddate 21260101000000Z \
//     -extensions ext ...   with ext = subjectAltName (the names below), basicConstraints=critical,CA:TRUE,
//     keyUsage=critical,digitalSignature,keyCertSign, extendedKeyUsage=serverAuth
//
// SANs: IP:127.0.0.1, localhost, login.microsoftonline.com, login.microsoftonline.us,
// login.partner.microsoftonline.cn, login.chinacloudapi.cn, login.microsoftonline.de, *.sharepoint.com,
// *.sharepoint.us, *.sharepoint-mil.us, *.sharepoint.cn, *.sharepoint.de

export const SANDBOX_CERT_PEM = `
-----BEGIN CERTIFICATE-----
MIICzzCCAnWgAwIBAgICEAAwCgYIKoZIzj0EAwIwQDE+MDwGA1UEAww1c3BvLXNo
ZWxsIHNhbmRib3ggKHRlc3Qgb25seSwgbm90IGEgcmVhbCBjZXJ0aWZpY2F0ZSkw
IBcNMjYwMTAxMDAwMDAwWhgPMjEyNjAxMDEwMDAwMDBaMEAxPjA8BgNVBAMMNXNw
by1zaGVsbCBzYW5kYm94ICh0ZXN0IG9ubHksIG5vdCBhIHJlYWwgY2VydGlmaWNh
dGUpMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEP/S08HLp1rvJpq+wTYdhD1C
v+e0ad32otRS9hbPC4h/B6GPLPNQd/z9BMgjtKtoD8jA3rt6zRbxnw/pBxFX96OC
AVswggFXMIH/BgNVHREEgfcwgfSHBH8AAAGCCWxvY2FsaG9zdIIZbG9naW4ubWlj
cm9zb2Z0b25saW5lLmNvbYIYbG9naW4ubWljcm9zb2Z0b25saW5lLnVzgiBsb2dp
bi5wYXJ0bmVyLm1pY3Jvc29mdG9ubGluZS5jboIWbG9naW4uY2hpbmFjbG91ZGFw
aS5jboIYbG9naW4ubWljcm9zb2Z0b25saW5lLmRlghAqLnNoYXJlcG9pbnQuY29t
gg8qLnNoYXJlcG9pbnQudXOCEyouc2hhcmVwb2ludC1taWwudXOCDyouc2hhcmVw
b2ludC5jboIPKi5zaGFyZXBvaW50LmRlMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0P
AQH/BAQDAgKEMBMGA1UdJQQMMAoGCCsGAQUFBwMBMB0GA1UdDgQWBBSxX5UJi3RF
GWONcmqXwEEv6RgG6TAKBggqhkjOPQQDAgNIADBFAiAKOoRk29YaEx/6uz827bDh
agiV2yYnX7z68ZY4xm3xRwIhAPZzqG6vjZWSJ75CFll96GfEKBVNQFtOt1HME4Ye
fpGO
-----END CERTIFICATE-----
`.trimStart();

export const SANDBOX_KEY_PEM = `
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgqBfSIIcpyne0zebt
4nl6PK8iHt8pURxhZEhIvfFbeyChRANCAAQQ/9LTwcunWu8mmr7BNh2EPUK/57Rp
3fai1FL2Fs8LiH8HoY8s81B3/P0EyCO0q2gPyMDeu3rNFvGfD+kHEVf3
-----END PRIVATE KEY-----
`.trimStart();
