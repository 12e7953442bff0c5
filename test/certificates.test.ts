// Certificates for app-only sign-in: every PKCS#12 variant OpenSSL 3 writes (fixtures made once, see
// test/fixtures/certificates/README.md), the one-sentence errors, .NET-layout stores (including a file
// real .NET wrote and .NET's collision names), and the msal clientCertificate option. Stores always live
// under a temporary SPO_CERT_STORE: no test touches the real ~/.dotnet store.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { constants, createPublicKey, randomUUID, sign, verify, X509Certificate } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import {
  addToStore,
  CertificateError,
  createSelfSignedCertificate,
  findCertificateByThumbprint,
  listStore,
  locationRoot,
  msalClientCertificate,
  normalizeThumbprint,
  readCertificateBytes,
  readCertificateFile,
  storeDirectory,
  storeNames,
  writePfx,
  type LoadedCertificate,
} from '../src/certificates/index.js';

const FIXTURES = new URL('../../test/fixtures/certificates/', import.meta.url).pathname;
const fixture = (name: string) => join(FIXTURES, name);
const PASSWORD = 'fixture-password';
const THUMBPRINT = '44C9319A6B53BD3ADCAF4D2A04339E9E633751C3';
const SUBJECT = 'CN=spo-shell test certificate, O="Contoso, Ltd", C=US';

let root: string;
let env: NodeJS.ProcessEnv;
before(() => {
  root = mkdtempSync(join(tmpdir(), 'spo-cert-test-'));
  env = { SPO_CERT_STORE: root };
});
after(() => rmSync(root, { recursive: true, force: true }));

async function failure(p: Promise<unknown>): Promise<CertificateError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof CertificateError, `expected a CertificateError, got ${String(e)}`);
    return e;
  }
  throw new Error('expected a failure');
}

describe('reading certificate files', () => {
  const variants: Array<[string, string | undefined]> = [
    ['openssl3-default.pfx', PASSWORD],
    ['openssl3-legacy-rc2.pfx', PASSWORD],
    ['openssl3-3des.pfx', PASSWORD],
    ['empty-password.pfx', undefined],
    ['empty-password.pfx', ''],
    ['no-encryption-no-mac.pfx', undefined],
  ];
  for (const [file, password] of variants) {
    test(`${file} with ${password === undefined ? 'no password' : password === '' ? 'an empty password' : 'its password'}: certificate and private key`, async () => {
      const c = await readCertificateFile(fixture(file), password);
      assert.equal(c.thumbprint, THUMBPRINT);
      assert.equal(c.thumbprintSha256, '56B2D88CC1D337BE87FE6AC184395D5402F84E66B969A437771324CDBA0F9363');
      assert.equal(c.subject, SUBJECT);
      assert.equal(c.issuer, SUBJECT);
      assert.equal(c.serialNumber, '14FBE342E86A71462734BCCD3D437C6498C19154');
      assert.equal(c.notBefore.toISOString(), '2026-12-05T07:03:33.000Z');
      assert.equal(c.notAfter.toISOString(), '2126-11-11T07:03:33.000Z');
      assert.equal(c.hasPrivateKey, true);
      assert.equal(c.keyType, 'rsa');
      assert.equal(c.source, fixture(file));
    });
  }

  test('a .cer (DER) and a .pem certificate read without a private key', async () => {
    for (const file of ['certificate.cer', 'certificate.pem']) {
      const c = await readCertificateFile(fixture(file));
      assert.equal(c.thumbprint, THUMBPRINT);
      assert.equal(c.hasPrivateKey, false);
    }
  });

  test('a PFX without its key reads, and says it has no private key', async () => {
    const c = await readCertificateFile(fixture('certificate-only.pfx'), PASSWORD);
    assert.equal(c.thumbprint, THUMBPRINT);
    assert.equal(c.hasPrivateKey, false);
  });

  test('from a PFX with its chain, the leaf that has the key is the certificate; the CA is its chain', async () => {
    const c = await readCertificateFile(fixture('with-chain.pfx'), PASSWORD);
    assert.equal(c.thumbprint, '3E4F4B0D865B94619C57F92D02A386BA5B096EAA');
    assert.equal(c.subject, 'CN=spo-shell test leaf');
    assert.equal(c.issuer, 'CN=spo-shell test CA');
    assert.equal(c.hasPrivateKey, true);
    assert.deepEqual(c.chain.map((x) => x.fingerprint.replace(/:/g, '')), ['446FF1EE2FA3948ED71739927BEA355E5E7F4977']);
  });

  test('a file that does not exist: one sentence naming the path', async () => {
    const path = join(root, 'missing', 'app.pfx');
    const e = await failure(readCertificateFile(path, 'x'));
    assert.equal(e.reason, 'FileNotFound');
    assert.equal(e.message, `Cannot find the certificate file '${path}' because it does not exist.`);
    assert.equal(e.dotnetMessage, 'error:10000080:BIO routines::no such file');
  });

  test('a directory is not a certificate file', async () => {
    const e = await failure(readCertificateFile(root, 'x'));
    assert.equal(e.reason, 'Unreadable');
    assert.equal(e.message, `Cannot read the certificate file '${root}': it is a directory.`);
  });

  for (const [file, password] of [['openssl3-default.pfx', 'wrong'], ['openssl3-legacy-rc2.pfx', 'wrong'], ['openssl3-default.pfx', undefined], ['empty-password.pfx', 'something']] as const) {
    test(`${file} with ${password ? 'a wrong' : 'no'} password: the password may be incorrect`, async () => {
      const e = await failure(readCertificateFile(fixture(file), password));
      assert.equal(e.reason, 'WrongPassword');
      assert.equal(e.message, `The certificate file '${fixture(file)}' cannot be read with the provided password, the password may be incorrect.`);
      assert.equal(e.dotnetMessage, 'The certificate data cannot be read with the provided password, the password may be incorrect.');
    });
  }

  test('a file that is not PKCS#12', async () => {
    for (const bytes of [Buffer.from('This is not a certificate.\n'), Buffer.alloc(0), Buffer.from([0x30, 0x82, 0x01])]) {
      const e = await failure(readCertificateBytes(bytes, PASSWORD, 'x.pfx'));
      assert.equal(e.reason, 'NotPkcs12');
      assert.equal(e.message, "The file 'x.pfx' is not a PKCS#12 (.pfx) certificate file.");
      assert.equal(e.dotnetMessage, 'ASN1 corrupted data.');
    }
    const e = await failure(readCertificateFile(fixture('not-a-certificate.pfx'), PASSWORD));
    assert.equal(e.message, `The file '${fixture('not-a-certificate.pfx')}' is not a PKCS#12 (.pfx) certificate file.`);
  });
});

describe('the private key stays private', () => {
  test('not printed, not serialised, not enumerable', async () => {
    const c = await readCertificateFile(fixture('openssl3-default.pfx'), PASSWORD);
    const pem = msalClientCertificate(c).privateKey;
    const body = pem.split('\n')[1]!;
    for (const text of [JSON.stringify(c), inspect(c, { showHidden: true, depth: 10 }), String(c), JSON.stringify(Object.getOwnPropertyNames(c).map((n) => (c as unknown as Record<string, unknown>)[n]))]) {
      assert.equal(text.includes(body), false);
      assert.equal(/PRIVATE KEY/.test(text), false);
    }
    assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(c)) as object), ['thumbprint', 'subject', 'issuer', 'notBefore', 'notAfter', 'serialNumber', 'hasPrivateKey']);
    assert.match(inspect(c), /^LoadedCertificate \{\s+thumbprint: '44C9319A6B53BD3ADCAF4D2A04339E9E633751C3',/);
    assert.ok(Object.isFrozen(c));
  });
});

describe('msal clientCertificate', () => {
  test('SHA-256 thumbprint, PKCS#8 PEM key and the certificate as x5c; the key signs for the certificate', async () => {
    const c = await readCertificateFile(fixture('openssl3-legacy-rc2.pfx'), PASSWORD);
    const option = msalClientCertificate(c);
    assert.equal(option.thumbprintSha256, c.thumbprintSha256);
    assert.equal(option.thumbprint, undefined);
    assert.match(option.privateKey, /^-----BEGIN PRIVATE KEY-----\n/);
    assert.equal(new X509Certificate(option.x5c!).fingerprint.replace(/:/g, ''), THUMBPRINT);
    const data = Buffer.from('assertion');
    const signature = sign('sha256', data, { key: option.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
    assert.ok(verify('sha256', data, { key: c.x509.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signature));
  });

  test('sha1: the deprecated SHA-1 thumbprint, no x5c', async () => {
    const option = msalClientCertificate(await readCertificateFile(fixture('openssl3-default.pfx'), PASSWORD), { sha1: true });
    assert.deepEqual(Object.keys(option).sort(), ['privateKey', 'thumbprint']);
    assert.equal(option.thumbprint, THUMBPRINT);
  });

  test('the chain goes into x5c after the leaf', async () => {
    const option = msalClientCertificate(await readCertificateFile(fixture('with-chain.pfx'), PASSWORD));
    assert.equal(option.x5c!.match(/BEGIN CERTIFICATE/g)!.length, 2);
  });

  test('no private key: one sentence that says so', async () => {
    const c = await readCertificateFile(fixture('certificate-only.pfx'), PASSWORD);
    assert.throws(() => msalClientCertificate(c), (e: unknown) => {
      assert.ok(e instanceof CertificateError);
      assert.equal(e.reason, 'NoPrivateKey');
      assert.equal(e.message, `The certificate ${THUMBPRINT} (${SUBJECT}) has no private key, and app-only sign-in needs the certificate with its private key.`);
      return true;
    });
  });

  test('an EC key: Entra accepts RSA only', async () => {
    const c = await readCertificateFile(fixture('ec-key.pfx'), PASSWORD);
    assert.equal(c.hasPrivateKey, true);
    assert.equal(c.keyType, 'ec');
    assert.throws(() => msalClientCertificate(c), /^CertificateError: The certificate F59F591A6910C1A7141F194B350DAD08FA8899D5 has an EC key, and Microsoft Entra ID accepts only RSA keys for certificate sign-in\.$/);
  });
});

describe('writing', () => {
  let made: LoadedCertificate;
  before(async () => {
    made = await createSelfSignedCertificate({ commonName: 'spo-shell written', organization: 'Contoso' });
  });

  test('a self-signed RSA certificate with its key', () => {
    assert.equal(made.subject, 'CN=spo-shell written, O=Contoso');
    assert.equal(made.issuer, made.subject);
    assert.equal(made.keyType, 'rsa');
    assert.equal(made.hasPrivateKey, true);
    assert.ok(made.x509.verify(made.x509.publicKey), 'self-signed signature verifies');
    assert.ok(made.notAfter.getTime() - made.notBefore.getTime() >= 365 * 86_400_000);
  });

  test('a password-protected PFX reads back with the password only', async () => {
    const pfx = await writePfx(made, { password: 'password' });
    const back = await readCertificateBytes(pfx, 'password', 'written.pfx');
    assert.equal(back.thumbprint, made.thumbprint);
    assert.equal(back.hasPrivateKey, true);
    assert.equal((await failure(readCertificateBytes(pfx, 'other', 'written.pfx'))).reason, 'WrongPassword');
    assert.equal(
      createPublicKey(msalClientCertificate(back).privateKey).export({ format: 'der', type: 'spki' }).toString('hex'),
      made.x509.publicKey.export({ format: 'der', type: 'spki' }).toString('hex'),
    );
  });
});

describe('certificate stores', () => {
  test("CurrentUser is .NET's directory under the home; LocalMachine the shell's own; SPO_CERT_STORE moves both", () => {
    assert.equal(storeDirectory('CurrentUser', 'My', { env: {}, home: '/home/ann' }), '/home/ann/.dotnet/corefx/cryptography/x509stores/my');
    assert.equal(storeDirectory('LocalMachine', 'My', { env: {}, platform: 'linux' }), '/etc/spo-shell/x509stores/my');
    assert.equal(storeDirectory('LocalMachine', 'My', { env: {}, platform: 'darwin' }), '/Library/Application Support/spo-shell/x509stores/my');
    assert.equal(storeDirectory('CurrentUser', 'Root', { env: { SPO_CERT_STORE: '/tmp/s' }, home: '/home/ann' }), '/tmp/s/currentuser/root');
    assert.equal(locationRoot('LocalMachine', { env: { SPO_CERT_STORE: '/tmp/s' } }), '/tmp/s/localmachine');
  });

  test('a file real .NET (PowerShell 7.6.10) put in CurrentUser\\My is found by thumbprint, key included', async () => {
    const dir = storeDirectory('CurrentUser', 'My', { env });
    mkdirSync(dir, { recursive: true });
    copyFileSync(fixture(`dotnet-currentuser/my/${THUMBPRINT}.pfx`), join(dir, `${THUMBPRINT}.pfx`));
    const c = await findCertificateByThumbprint(THUMBPRINT.toLowerCase(), { env });
    assert.equal(c.thumbprint, THUMBPRINT);
    assert.equal(c.hasPrivateKey, true);
    assert.deepEqual(await storeNames('CurrentUser', { env }), ['my']);
    rmSync(dir, { recursive: true });
  });

  test('thumbprints are matched without regard to case, spaces, colons or invisible marks', () => {
    const spaced = '44 c9 31 9a 6b 53 bd 3a dc af 4d 2a 04 33 9e 9e 63 37 51 c3';
    for (const text of [THUMBPRINT, THUMBPRINT.toLowerCase(), spaced, `\u200e${THUMBPRINT}`, '44:C9:31:9A:6B:53:BD:3A:DC:AF:4D:2A:04:33:9E:9E:63:37:51:C3']) {
      assert.equal(normalizeThumbprint(text), THUMBPRINT, text);
    }
    for (const text of ['', 'xyz', THUMBPRINT.slice(1), `${THUMBPRINT}00`]) assert.equal(normalizeThumbprint(text), undefined);
  });

  test("no match: the module's own sentence (also for an empty store and a malformed thumbprint)", async () => {
    for (const thumbprint of ['0000000000000000000000000000000000000000', 'not hex']) {
      const e = await failure(findCertificateByThumbprint(thumbprint, { env }));
      assert.equal(e.reason, 'ThumbprintNotFound');
      assert.equal(e.message, 'No certificate was found matching the specified parameters. Check the thumbprint or path, and then try again.');
    }
  });

  test('add: <THUMBPRINT>.pfx without a password; adding again keeps one file; a key upgrades a key-less file', async () => {
    const dir = storeDirectory('CurrentUser', 'My', { env });
    rmSync(dir, { recursive: true, force: true });
    const keyless = await readCertificateFile(fixture('certificate.cer'));
    const path = await addToStore(keyless, { env });
    assert.equal(path, join(dir, `${THUMBPRINT}.pfx`));
    assert.equal((await findCertificateByThumbprint(THUMBPRINT, { env })).hasPrivateKey, false);
    const full = await readCertificateFile(fixture('openssl3-default.pfx'), PASSWORD);
    assert.equal(await addToStore(full, { env }), path);
    assert.equal(await addToStore(keyless, { env }), path, 'a key-less copy does not replace the file with the key');
    assert.deepEqual(readdirSync(dir), [`${THUMBPRINT}.pfx`]);
    const found = await findCertificateByThumbprint(THUMBPRINT, { env });
    assert.equal(found.hasPrivateKey, true);
    assert.equal(found.source, path);
  });

  test(".NET's collision names: a taken <THUMBPRINT>.pfx moves the certificate to <THUMBPRINT>.1.pfx, where lookup finds it", async () => {
    const dir = storeDirectory('CurrentUser', 'My', { env });
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // Another certificate under this thumbprint's name (names are only a convention), and a broken file.
    copyFileSync(fixture('with-chain.pfx'), join(dir, `${THUMBPRINT}.pfx`));
    writeFileSync(join(dir, 'broken.pfx'), 'junk');
    const path = await addToStore(await readCertificateFile(fixture('openssl3-3des.pfx'), PASSWORD), { env });
    assert.equal(path, join(dir, `${THUMBPRINT}.1.pfx`));
    const found = await findCertificateByThumbprint(THUMBPRINT, { env });
    assert.equal(found.source, path);
    assert.equal(found.hasPrivateKey, true);
  });

  test('a file named otherwise is still found by its content; listing reads every readable file', async () => {
    const dir = storeDirectory('LocalMachine', 'My', { env });
    mkdirSync(dir, { recursive: true });
    copyFileSync(fixture('no-encryption-no-mac.pfx'), join(dir, `${randomUUID()}.pfx`));
    await addToStore(await createSelfSignedCertificate({ commonName: 'second' }), { env, location: 'LocalMachine' });
    writeFileSync(join(dir, 'protected.pfx'), readFileSync(fixture('openssl3-default.pfx')));
    const found = await findCertificateByThumbprint(THUMBPRINT, { env, location: 'LocalMachine' });
    assert.equal(found.hasPrivateKey, true);
    const listed = await listStore('LocalMachine', 'My', { env });
    assert.deepEqual(listed.map((e) => e.certificate.subject).sort(), ['CN=second', SUBJECT]);
    assert.equal((await listStore('LocalMachine', 'Root', { env })).length, 0);
  });
});

describe('names as .NET prints them', () => {
  test('reverse order, .NET attribute names, quoting: as PowerShell 7.6.10 showed for the same certificates', async () => {
    const { dotnetDistinguishedName } = await import('../src/certificates/distinguished-name.js');
    // Node's text for a certificate made with openssl -subj '/CN=a\, b+OU=x/O=q"uote\\d/L=M=n/emailAddress=a@b.c/DC=contoso/street=1 Main'
    assert.equal(
      dotnetDistinguishedName('OU=x + CN=a\\, b\nO=q\\"uote\\\\d\nL=M=n\nemailAddress=a@b.c\nDC=contoso\nstreet=1 Main'),
      'STREET=1 Main, DC=contoso, E=a@b.c, L="M=n", O="q""uote\\d", OU=x + CN="a, b"',
    );
    assert.equal(dotnetDistinguishedName('C=US\nST=Washington\nO=Contoso, Ltd\nCN=test cert'), 'CN=test cert, O="Contoso, Ltd", S=Washington, C=US');
    assert.equal(dotnetDistinguishedName('2.5.4.97=VATDE-123\nCN=x'), 'CN=x, OID.2.5.4.97=VATDE-123');
    assert.equal(dotnetDistinguishedName(''), '');
  });
});
