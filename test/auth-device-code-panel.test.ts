// The device-code panel in the console survives a throttled poll (issue 13, item 5): the retry
// notice shows over it while the shell waits, then the code comes back, so the user can still read it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Network } from '../src/net/network.js';
import { ConsoleStore } from '../src/ui/store.js';
import { InkHost } from '../src/host/ink-host.js';
import type { EditorDriver, EditorView } from '../src/ui/editor-driver.js';
import { shellOn, useSandbox } from './helpers/auth-sandbox.js';

const handle = useSandbox('spo-auth-panel-', { deviceCodeIntervalSeconds: 0.05 });

/** No typing happens in this test: the command runs through the shell directly. */
const idleEditor: EditorDriver = {
  view: (): EditorView => ({ lines: [''], continuationPrompt: '>> ', cursorLine: 0, cursorColumn: 0, search: null, menu: null }),
  handle: () => ({ type: 'none' }),
  commit: () => {},
  reset: () => {},
};

for (const status of ['429', '503'] as const) {
  test(`after HTTP ${status} on the first poll and its retry notice, the device code is shown again`, async () => {
    const store = new ConsoleStore({ prompt: 'spo> ', editor: idleEditor, columns: 100, rows: 30, color: false });
    const sh = shellOn(new InkHost(store, { color: false }), new Network({ defaultTimeoutMs: 1500, defaultRetryDelayMs: 20, maxRetries: 2 }));
    const sandbox = handle.current;
    sandbox.setFault({ host: /^login\./, path: /\/token$/, kind: status, times: 1, retryAfterSeconds: 0.2 });

    // The panels shown, in order, from none before the command (progress changes the state too).
    const shown: string[] = ['none'];
    let approved = false;
    const unsubscribe = store.subscribe(() => {
      const panel = store.getState().panel;
      const kind = panel?.kind ?? 'none';
      if (shown.at(-1) !== kind) shown.push(kind);
      // Sign in once the retry notice has gone, whatever replaced it.
      if (!approved && shown.includes('retry') && kind !== 'retry') {
        approved = true;
        const [code] = sandbox.pendingDeviceCodes();
        if (code) sandbox.approveDeviceCode(code, 'admin@contoso.com');
      }
    });
    const watchdog = setTimeout(() => {
      const [code] = sandbox.pendingDeviceCodes();
      if (code) sandbox.approveDeviceCode(code, 'admin@contoso.com');
    }, 5000);
    try {
      await sh.run('Connect-SPOService -Url https://contoso-admin.sharepoint.com');
    } finally {
      clearTimeout(watchdog);
      unsubscribe();
    }
    assert.equal(sh.session.connection?.account, 'admin@contoso.com');
    assert.deepEqual(shown.slice(0, 5), ['none', 'deviceCode', 'retry', 'deviceCode', 'none']);
  });
}
