// SANDBOX-ONLY TEST CERTIFICATE. Not a secret and not trusted anywhere except by the sandbox routing.
//
// The sandbox tenant (src/sandbox) serves HTTPS on 127.0.0.1 under the real Microsoft host names, so it
// needs a certificate whose SANs cover them. This self-signed EC P-256 certificate was generated once with
// openssl (valid 2026-01-01 to 2126-01-01) and is committed so that start-up needs no key generation.
// Its private key is public by design: the certificate is only ever trusted by routeHostsTo(), which only
// `spo --sandbox` and tests switch on, and only for connections that go to 127.0.0.1.
//
// Regenerate with (then paste both PEMs below; last done 2026-12-05 with OpenSSL 3.0.19 for Delos and France):
//   openssl ecparam -name prime256v1 -genkey -noout -out key0.pem && openssl pkcs8 -topk8 -nocrypt -in key0.pem -out key.pem
//   openssl req -new -key key.pem -out csr.pem -subj "/CN=spo-shell sandbox (test only, not a real certificate)"
//   touch index.txt; echo 1000 > serial
//   openssl ca -batch -config ext.cnf -selfsign -keyfile key.pem -in csr.pem -startdate 20260101000000Z \
//     -enddate 21260101000000Z -extensions ext -out cert.pem
//   where ext.cnf has a minimal [ca_default] (database, serial, new_certs_dir, default_md = sha256, a policy
//   with commonName = supplied) and [ext]: subjectAltName = the names below, basicConstraints=critical,CA:TRUE,
//   keyUsage=critical,digitalSignature,keyCertSign, extendedKeyUsage=serverAuth, subjectKeyIdentifier=hash
//
// SANs: IP:127.0.0.1, localhost, login.microsoftonline.com, login.microsoftonline.us,
// login.partner.microsoftonline.cn, login.chinacloudapi.cn, login.microsoftonline.de,
// login.sovcloud-identity.de, login.sovcloud-identity.fr, *.sharepoint.com, *.sharepoint.us,
// *.sharepoint-mil.us, *.sharepoint.cn, *.sharepoint.de, *.sovcloud-sharepoint.de, *.sovcloud-sharepoint.fr

export const SANDBOX_CERT_PEM = `
-----BEGIN CERTIFICATE-----
MIIDPjCCAuSgAwIBAgICEAAwCgYIKoZIzj0EAwIwQDE+MDwGA1UEAww1c3BvLXNo
ZWxsIHNhbmRib3ggKHRlc3Qgb25seSwgbm90IGEgcmVhbCBjZXJ0aWZpY2F0ZSkw
IBcNMjYwMTAxMDAwMDAwWhgPMjEyNjAxMDEwMDAwMDBaMEAxPjA8BgNVBAMMNXNw
by1zaGVsbCBzYW5kYm94ICh0ZXN0IG9ubHksIG5vdCBhIHJlYWwgY2VydGlmaWNh
dGUpMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE+XSXn0ZSKp70oq3VYRjGSAwV
qaB7Deyj4o3/PI9j9yua2GIuKe9n8jlI8rnTSvCNXZG9aatT3FNpbAV/WuUJEaOC
AcowggHGMIIBbQYDVR0RBIIBZDCCAWCHBH8AAAGCCWxvY2FsaG9zdIIZbG9naW4u
bWljcm9zb2Z0b25saW5lLmNvbYIYbG9naW4ubWljcm9zb2Z0b25saW5lLnVzgiBs
b2dpbi5wYXJ0bmVyLm1pY3Jvc29mdG9ubGluZS5jboIWbG9naW4uY2hpbmFjbG91
ZGFwaS5jboIYbG9naW4ubWljcm9zb2Z0b25saW5lLmRlghpsb2dpbi5zb3ZjbG91
ZC1pZGVudGl0eS5kZYIabG9naW4uc292Y2xvdWQtaWRlbnRpdHkuZnKCECouc2hh
cmVwb2ludC5jb22CDyouc2hhcmVwb2ludC51c4ITKi5zaGFyZXBvaW50LW1pbC51
c4IPKi5zaGFyZXBvaW50LmNugg8qLnNoYXJlcG9pbnQuZGWCGCouc292Y2xvdWQt
c2hhcmVwb2ludC5kZYIYKi5zb3ZjbG91ZC1zaGFyZXBvaW50LmZyMA8GA1UdEwEB
/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgKEMBMGA1UdJQQMMAoGCCsGAQUFBwMBMB0G
A1UdDgQWBBTf6qV6s6k1BNHyQ4ScAPAjoVWxHzAKBggqhkjOPQQDAgNIADBFAiBB
AEzTCg0kFoCvCAoodp5WvxsiaWRTLMudON1ifk+3+AIhAP/jUcCJkuuEcFXpaFmg
V5ZiJflKvy9KVVoG94HXP++F
-----END CERTIFICATE-----
`.trimStart();

export const SANDBOX_KEY_PEM = `
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgqiijrYBVeCDQwt7a
PGuFKFMIpKComnHIzKtzpj4+y4yhRANCAAT5dJefRlIqnvSirdVhGMZIDBWpoHsN
7KPijf88j2P3K5rYYi4p72fyOUjyudNK8I1dkb1pq1PcU2lsBX9a5QkR
-----END PRIVATE KEY-----
`.trimStart();
