// Issue 10 figures: the time to read a .pfx (each OpenSSL 3 variant, first read in a fresh process and
// warm reads), and what the app registration's certificate adds to the sandbox: startSandbox() itself
// (the certificate is made lazily, so nothing) and the first appCertificate() call (RSA key, certificate,
// .pfx, two store files). Prints medians; no target fails the run (the issue asks to report these).
// Usage: node scripts/build.mjs && node dist/bench/certificates.js [runs]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 7);
const fixtures = fileURLToPath(new URL('../../test/fixtures/certificates/', import.meta.url));
const certificates = new URL('../src/certificates/index.js', import.meta.url).href;
const sandboxModule = new URL('../src/sandbox/index.js', import.meta.url).href;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function child(script: string): Record<string, number> {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, number>;
}

// CPU time (user + system, all threads) next to wall time: on a shared, loaded machine the wall time
// mostly measures the queue for a core.
const CPU = 'const cpuMs = (c) => { const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };';

const readScript = `${CPU}
  const { readCertificateFile } = await import(${JSON.stringify(certificates)});
  const out = {};
  for (const [file, pw] of [['openssl3-default.pfx', 'fixture-password'], ['openssl3-legacy-rc2.pfx', 'fixture-password'], ['openssl3-3des.pfx', 'fixture-password'], ['empty-password.pfx', undefined]]) {
    const t = performance.now(), c = process.cpuUsage();
    await readCertificateFile(${JSON.stringify(fixtures)} + file, pw);
    out[file + ' first'] = performance.now() - t;
    out[file + ' first (CPU)'] = cpuMs(c);
  }
  for (const [file, pw] of [['openssl3-default.pfx', 'fixture-password'], ['openssl3-legacy-rc2.pfx', 'fixture-password']]) {
    const t = performance.now(), c = process.cpuUsage();
    await readCertificateFile(${JSON.stringify(fixtures)} + file, pw);
    out[file + ' warm'] = performance.now() - t;
    out[file + ' warm (CPU)'] = cpuMs(c);
  }
  process.stdout.write(JSON.stringify(out));`;

const sandboxScript = `${CPU}
  const { startSandbox } = await import(${JSON.stringify(sandboxModule)});
  let t = performance.now(), c = process.cpuUsage();
  const s = await startSandbox({ routeNetwork: false });
  const start = performance.now() - t, startCpu = cpuMs(c);
  t = performance.now(); c = process.cpuUsage();
  await s.appCertificate();
  const cert = performance.now() - t, certCpu = cpuMs(c);
  await s.close();
  process.stdout.write(JSON.stringify({ 'startSandbox()': start, 'startSandbox() (CPU)': startCpu, 'first appCertificate()': cert, 'first appCertificate() (CPU)': certCpu }));`;

const samples = new Map<string, number[]>();
for (let i = 0; i < runs; i++) {
  for (const result of [child(readScript), child(sandboxScript)]) {
    for (const [name, ms] of Object.entries(result)) samples.set(name, [...(samples.get(name) ?? []), ms]);
  }
}
for (const [name, xs] of samples) console.log(`certificates: ${name.padEnd(34)} median ${median(xs).toFixed(1)} ms (${runs} runs)`);
