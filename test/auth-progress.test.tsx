// Issue 12 item 7: while Connect-SPOService signs in and checks the admin site, the console shows a
// spinner and what is happening; the sign-in code reports it through the host's progress interface
// (src/auth/progress.ts), the Ink console draws it (src/ui/components/busy-line.tsx). The sandbox
// adds latency so that each step is on screen long enough to be seen. Absent from `spo -c`: see
// pty-sign-in-progress.test.ts.

import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { Network } from '../src/net/network.js';
import type { ProgressRecord } from '../src/host/host.js';
import { TestHost } from './helpers/test-host.js';
import { CONNECT_AS_ADMIN, shellOn, useSandbox } from './helpers/auth-sandbox.js';

delete process.env.CI;
const { render, cleanup } = await import('ink-testing-library');
const { App } = await import('../src/ui/App.js');
const { ConsoleStore } = await import('../src/ui/store.js');
const { InkHost } = await import('../src/host/ink-host.js');
const { SPINNER_FRAMES } = await import('../src/ui/components/busy-line.js');
const { stripAnsi } = await import('../src/ui/colors.js');
import type { EditorDriver, EditorView } from '../src/ui/editor-driver.js';

const handle = useSandbox('spo-auth-progress-', { deviceCodeIntervalSeconds: 0.05 });
afterEach(() => cleanup());

const SIGNING_IN = 'Signing in to login.microsoftonline.com…';
const CHECKING = 'Checking the admin site contoso-admin.sharepoint.com…';
const ADMIN = 'https://contoso-admin.sharepoint.com';

/** What the console would show, step by step: the status of each record, null when one completes. */
const steps = (records: ProgressRecord[]) => records.map((r) => (r.completed ? null : r.status));

const idleEditor: EditorDriver = {
  view: (): EditorView => ({ lines: [''], continuationPrompt: '>> ', cursorLine: 0, cursorColumn: 0, search: null, menu: null }),
  handle: () => ({ type: 'none' }),
  commit: () => {},
  reset: () => {},
};

test('user name and password: "Signing in to <sign-in host>…", then "Checking the admin site…", then nothing', async () => {
  const host = new TestHost();
  await shellOn(host, new Network()).run(CONNECT_AS_ADMIN);
  assert.equal(host.errors, '');
  assert.deepEqual(steps(host.progressRecords), [SIGNING_IN, CHECKING, null]);
  assert.ok(host.progressRecords.every((r) => r.busy === true && r.activity === 'Connect-SPOService'));
  // Progress is not output: nothing of it reaches a stream.
  assert.doesNotMatch(host.text(), /Signing in|Checking the admin/);
});

test('app-only with a certificate file: reading the certificate, signing in, checking', async () => {
  const app = await handle.current.appCertificate();
  const host = new TestHost();
  await shellOn(host, new Network()).run(
    `Connect-SPOService -Url ${ADMIN} -ClientId ${app.clientId} -TenantId contoso.onmicrosoft.com -CertificatePath '${app.pfxPath}' -CertificatePassword (ConvertTo-SecureString ${app.password} -AsPlainText -Force)`,
  );
  assert.equal(host.errors, '');
  assert.deepEqual(steps(host.progressRecords), ['Reading the certificate…', SIGNING_IN, CHECKING, null]);
});

test('device code: the line gives way to the sign-in panel, then says it checks the admin site', async () => {
  let atPanel: ReturnType<typeof steps> = [];
  const host = new TestHost({
    onSignIn: (panel) => {
      atPanel = steps(host.progressRecords);
      if (panel.kind === 'deviceCode') handle.current.approveDeviceCode(panel.info.userCode, 'admin@contoso.com');
    },
  });
  await shellOn(host, new Network()).run(`Connect-SPOService -Url ${ADMIN}`);
  assert.equal(host.errors, '');
  assert.deepEqual(atPanel, [SIGNING_IN, null], 'hidden before the panel opens');
  assert.deepEqual(steps(host.progressRecords), [SIGNING_IN, null, CHECKING, null]);
});

test('a failed sign-in removes the line; $ProgressPreference and -ProgressAction SilentlyContinue show none', async () => {
  const failed = new TestHost();
  await shellOn(failed, new Network()).run(CONNECT_AS_ADMIN.replace('password', 'wrong'));
  assert.match(failed.errors, /^Connect-SPOService: /);
  assert.deepEqual(steps(failed.progressRecords), [SIGNING_IN, null]);

  const quiet = new TestHost();
  const sh = shellOn(quiet, new Network());
  await sh.run(`$ProgressPreference = 'SilentlyContinue'; ${CONNECT_AS_ADMIN}`);
  await sh.run(`$ProgressPreference = 'Continue'; ${CONNECT_AS_ADMIN} -ProgressAction SilentlyContinue`);
  assert.equal(quiet.errors, '');
  assert.deepEqual(quiet.progressRecords, []);
});

test('the Ink console: a spinner and the step while the sandbox is slow, gone once connected', async () => {
  const sandbox = handle.current;
  sandbox.setFault({ host: /^login\./, path: /\/token$/, kind: 'latency', latencyMs: 800 });
  sandbox.setFault({ host: /sharepoint\.com$/, kind: 'latency', latencyMs: 800 });
  const store = new ConsoleStore({ prompt: 'spo> ', editor: idleEditor, columns: 100, rows: 30, color: false });
  const sh = shellOn(new InkHost(store, { color: false }), new Network());
  const ui = render(<App store={store} />);
  const frames: string[] = [];
  const sample = setInterval(() => frames.push(stripAnsi(ui.lastFrame() ?? '')), 20);
  try {
    await sh.run(CONNECT_AS_ADMIN);
  } finally {
    clearInterval(sample);
  }
  await new Promise((r) => setTimeout(r, 50));
  const last = stripAnsi(ui.lastFrame() ?? '');
  assert.equal(sh.session.connection?.account, 'admin@contoso.com');

  const spinner = `[${SPINNER_FRAMES.join('')}]`;
  const signing = frames.filter((f) => new RegExp(`^${spinner} ${SIGNING_IN}$`, 'm').test(f));
  const checking = frames.filter((f) => new RegExp(`^${spinner} ${CHECKING}$`, 'm').test(f));
  assert.ok(signing.length > 0, `"${SIGNING_IN}" with a spinner was on screen:\n${frames.join('\n--\n')}`);
  assert.ok(checking.length > 0, `"${CHECKING}" with a spinner was on screen`);
  assert.ok(frames.indexOf(signing[0]!) < frames.indexOf(checking[0]!), 'signing in comes first');
  // The spinner turns while a step waits (800 ms at 100 ms a frame).
  const turns = new Set(signing.map((f) => /^(\S) Signing in/m.exec(f)![1]));
  assert.ok(turns.size > 1, `the spinner turned (${[...turns].join('')})`);
  assert.doesNotMatch(last, /Signing in|Checking the admin/, 'the line is gone once connected');
  assert.equal(store.getState().progress, null);
});

test("the sign-in line shows over a script's Write-Progress bar and gives it back", () => {
  const shown: Array<string | null> = [];
  const store = new ConsoleStore({ prompt: 'spo> ', editor: idleEditor, columns: 100, rows: 30, color: false });
  const host = new InkHost(store, { color: false });
  store.subscribe(() => shown.push(store.getState().progress?.status ?? null));
  host.progress({ activity: 'Copying', status: 'file 1 of 3', percentComplete: 33 });
  host.progress({ activity: 'Connect-SPOService', status: SIGNING_IN, percentComplete: -1, busy: true });
  host.progress({ activity: 'Connect-SPOService', status: 'Completed', percentComplete: 100, completed: true, busy: true });
  host.progress({ activity: 'Copying', status: 'Completed', percentComplete: 100, completed: true });
  assert.deepEqual(shown, ['file 1 of 3', SIGNING_IN, 'file 1 of 3', null]);
});
