// The oracle side of the conformance corpus and the differential fuzzer: PowerShell 7.6.10 (installed with
// dotnet into the cache when missing), the compiled oracle stub of Microsoft.Online.SharePoint.PowerShell,
// and the batch runner that runs many scripts in one pwsh process as `pwsh -c` would run each.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const VERSION = '7.6.10';
const cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'spo-shell');
const toolDir = join(cacheRoot, `pwsh-${VERSION}`);
export const pwsh = join(toolDir, process.platform === 'win32' ? 'pwsh.exe' : 'pwsh');
const MODULE = 'Microsoft.Online.SharePoint.PowerShell';
const MODULE_VERSION = '16.0.27709.12000';
/** The working directory every case runs in; the compare test gives spo the same path. */
export const caseDir = join(tmpdir(), 'spo-conformance-case');

export class OracleError extends Error {}

/** Makes sure dotnet, pwsh 7.6.10, the stub module and the batch runner are there; returns what runs need. */
export function prepareOracle() {
  const dotnet = spawnSync('dotnet', ['--version'], { encoding: 'utf8' });
  if (dotnet.error || dotnet.status !== 0) {
    throw new OracleError('the .NET SDK (`dotnet`) is not installed or not on PATH. It is needed to install and run ' +
      `PowerShell ${VERSION}, the oracle the corpus is recorded from. Install the .NET 8 SDK or later and run again.`);
  }
  if (!existsSync(pwsh)) {
    process.stderr.write(`Installing PowerShell ${VERSION} into ${toolDir} ...\n`);
    const r = spawnSync('dotnet', ['tool', 'install', '--tool-path', toolDir, 'PowerShell', '--version', VERSION], { stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(pwsh)) throw new OracleError(`could not install PowerShell ${VERSION} with dotnet tool install.`);
  }
  const stubSource = join(root, 'test/conformance/stub/SpoStub.cs');
  const runnerSource = join(root, 'test/conformance/recorder/CaseRunner.cs');
  const hash = createHash('sha256').update(readFileSync(stubSource)).update(readFileSync(runnerSource)).digest('hex').slice(0, 16);
  const buildDir = join(cacheRoot, 'conformance', hash);
  const modulesDir = join(buildDir, 'modules');
  const moduleDir = join(modulesDir, MODULE, MODULE_VERSION);
  const stubDll = join(moduleDir, `${MODULE}.dll`);
  const runnerDll = join(buildDir, 'CaseRunner.dll');
  if (!existsSync(stubDll) || !existsSync(runnerDll)) {
    mkdirSync(moduleDir, { recursive: true });
    const q = (p) => `'${p.replace(/'/g, "''")}'`;
    const r = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command',
      `$ErrorActionPreference='Stop'; Add-Type -Path ${q(stubSource)} -OutputAssembly ${q(stubDll)} -OutputType Library; ` +
      `Add-Type -Path ${q(runnerSource)} -OutputAssembly ${q(runnerDll)} -OutputType Library`], { stdio: 'inherit' });
    if (r.status !== 0) throw new OracleError('compiling the oracle stub failed.');
    writeFileSync(join(moduleDir, `${MODULE}.psd1`), `@{
    RootModule = '${MODULE}.dll'
    ModuleVersion = '${MODULE_VERSION}'
    GUID = 'adedde5f-e77b-4682-ab3d-a4cb4f6b5a53'
    CmdletsToExport = @('Connect-SPOService', 'Disconnect-SPOService')
    FunctionsToExport = @()
    AliasesToExport = @()
    VariablesToExport = @()
}
`);
  }
  const env = {
    ...process.env,
    NO_COLOR: '1',
    TERM: 'dumb',
    PSModulePath: modulesDir,
    POWERSHELL_TELEMETRY_OPTOUT: '1',
    POWERSHELL_UPDATECHECK: 'Off',
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    DOTNET_NOLOGO: '1',
  };
  delete env.COLUMNS;
  delete env.LINES;
  return { env, runnerDll };
}

function run(oracle, args, { cwd, stdin }) {
  return new Promise((resolve) => {
    const child = spawn(pwsh, args, { cwd, env: oracle.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 1_800_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code: code ?? -1 });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(stdin ?? '');
  });
}

const crlf = (t) => t.replace(/\r\n/g, '\n');

/** Runs scripts in one pwsh process, each as `pwsh -NoProfile -NonInteractive -c <script>`; returns raw outcomes. */
export async function runBatch(oracle, scripts, tag = 'batch') {
  if (!scripts.length) return [];
  const dir = join(tmpdir(), `spo-conformance-${tag}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const list = join(dir, 'scripts.json');
  writeFileSync(list, JSON.stringify(scripts));
  mkdirSync(caseDir, { recursive: true });
  const r = await run(oracle, ['-NoProfile', '-NonInteractive', '-File', join(root, 'test/conformance/recorder/batch.ps1'), oracle.runnerDll, list], { cwd: caseDir });
  rmSync(dir, { recursive: true, force: true });
  const outs = r.stdout.split('\x1e');
  const errs = r.stderr.split('\x1e\n');
  if (outs.length !== scripts.length + 1 || errs.length !== scripts.length + 1) {
    throw new OracleError(`a pwsh batch ended early (${outs.length - 1} of ${scripts.length} scripts): ${r.stderr.slice(-2000)}`);
  }
  return scripts.map((_, i) => ({
    stdout: crlf(i === 0 ? outs[0] : outs[i].replace(/^\d+\n/, '')),
    stderr: crlf(errs[i]),
    exit: Number(/^(\d+)\n/.exec(outs[i + 1])?.[1] ?? -1),
  }));
}

/** Runs scripts in `parts` pwsh processes side by side. */
export async function runBatches(oracle, scripts, parts = 2) {
  const size = Math.ceil(scripts.length / parts);
  const chunks = [];
  for (let i = 0; i < parts; i++) chunks.push(scripts.slice(i * size, (i + 1) * size));
  // The batches share caseDir with every corpus run on this machine (spo's in-process and process runs
  // empty it per case): hold its lock while they run, or their files vanish under them.
  const { inCaseDir } = await import(join(root, 'dist/test/conformance/case-dir.js'));
  const results = await inCaseDir({}, () => Promise.all(chunks.map((c, i) => runBatch(oracle, c, `batch${i}`))));
  return results.flat();
}

/** Runs one case as its own pwsh process (-f, stdin, interactive, exit), in caseDir (locked: see case-dir.ts). */
export async function runSingle(oracle, c) {
  const { inCaseDir } = await import(join(root, 'dist/test/conformance/case-dir.js'));
  const args = ['-NoProfile'];
  if (c.nonInteractive) args.push('-NonInteractive');
  if (c.mode === '-f') args.push('-File', 'case.ps1');
  else args.push('-Command', c.script);
  const files = c.mode === '-f' ? { 'case.ps1': c.script } : {};
  const r = await inCaseDir(files, (cwd) => run(oracle, args, { cwd, stdin: c.stdin }));
  return { stdout: crlf(r.stdout), stderr: crlf(r.stderr), exit: r.code };
}
