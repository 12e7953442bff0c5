import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, loadSettings, saveSetting, settingsPath } from '../src/config/settings.js';

function withDir(fn: (env: NodeJS.ProcessEnv, dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'spo-config-'));
  try {
    fn({ SPO_CONFIG_DIR: dir }, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('defaults when there is no file, and no file is created by reading', () => {
  withDir((env, dir) => {
    const loaded = loadSettings(env);
    assert.deepEqual(loaded.settings, {
      clientId: '9bc3ab49-b65d-410a-85ad-de819febfddc',
      signIn: 'deviceCode',
      editMode: 'Windows',
      historySize: 4096,
      colors: {},
      tenantId: 'organizations',
      copyDeviceCodeToClipboard: false,
      autoOpenLinksInBrowser: false,
    });
    assert.equal(loaded.warning, undefined);
    assert.equal(loaded.clientIdSource, 'default');
    assert.equal(settingsPath(env), join(dir, 'config.json'));
    assert.equal(existsSync(join(dir, 'config.json')), false);
  });
});

test('values from the file; SPO_CLIENT_ID wins over the file', () => {
  withDir((env, dir) => {
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ clientId: '11111111-2222-3333-4444-555555555555', signIn: 'browser', editMode: 'Emacs', historySize: 10, colors: { command: 'Red', String: '\u001b[38;5;208m' } }),
    );
    const loaded = loadSettings(env);
    assert.equal(loaded.settings.clientId, '11111111-2222-3333-4444-555555555555');
    assert.equal(loaded.clientIdSource, 'file');
    assert.equal(loaded.settings.signIn, 'browser');
    assert.equal(loaded.settings.editMode, 'Emacs');
    assert.equal(loaded.settings.historySize, 10);
    assert.deepEqual(loaded.settings.colors, { Command: 'Red', String: '\x1b[38;5;208m' });
    assert.equal(loaded.warning, undefined);
    const fromEnv = loadSettings({ ...env, SPO_CLIENT_ID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' });
    assert.equal(fromEnv.settings.clientId, 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
    assert.equal(fromEnv.clientIdSource, 'environment');
  });
});

test('a corrupt file is reported in one line and replaced with the defaults', () => {
  withDir((env, dir) => {
    const file = join(dir, 'config.json');
    writeFileSync(file, '{ "signIn": "browser", oops');
    const loaded = loadSettings(env);
    assert.equal(loaded.warning, `The settings file ${file} is not valid JSON; it was replaced with the defaults (the old file is kept as ${file}.corrupt).`);
    assert.equal(readFileSync(`${file}.corrupt`, 'utf8'), '{ "signIn": "browser", oops');
    assert.deepEqual(loaded.settings, { ...DEFAULT_SETTINGS, colors: {} });
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { ...DEFAULT_SETTINGS });
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(loadSettings(env).warning, undefined);
  });
});

test('a bad value is ignored with a warning naming the key; others still apply', () => {
  withDir((env, dir) => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ signIn: 'carrier-pigeon', historySize: 7 }));
    const loaded = loadSettings(env);
    assert.equal(loaded.settings.signIn, 'deviceCode');
    assert.equal(loaded.settings.historySize, 7);
    assert.equal(loaded.warning, `Setting 'signIn' in ${join(dir, 'config.json')} must be 'deviceCode' or 'browser'; the default is used.`);
    assert.match(loadSettings({ ...env, SPO_CLIENT_ID: 'nope' }).warning ?? '', /SPO_CLIENT_ID must be an application id \(GUID\); it is ignored\./);
  });
});

test('saveSetting writes through conf and validates', () => {
  withDir((env, dir) => {
    assert.equal(saveSetting('signIn', 'browser', env), undefined);
    assert.equal(loadSettings(env).settings.signIn, 'browser');
    assert.equal(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).signIn, 'browser');
    assert.equal(saveSetting('historySize', -1, env), "Setting 'historySize' must be a whole number from 1 to 1000000.");
  });
});

test('colors: an unknown option or an unusable colour is ignored with a warning; the rest apply', () => {
  withDir((env, dir) => {
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ colors: { Parameter: 'darkmagenta', Selection: 'Red', Number: 'Purple' } }));
    const loaded = loadSettings(env);
    assert.deepEqual(loaded.settings.colors, { Parameter: 'darkmagenta' });
    assert.equal(
      loaded.warning,
      `Colour option 'Selection' in ${file} is not one of Command, Parameter, String, Variable, Keyword, Comment, Operator, Number, Default; it is ignored. ` +
        `Colour 'Purple' for Number in ${file} must be a console colour name (such as DarkCyan) or an escape sequence; it is ignored.`,
    );
  });
});

// Issue 13.9 / 12.8.
test('a valid file saved with a UTF-8 byte-order mark is read, not reset', () => {
  withDir((env, dir) => {
    const file = join(dir, 'config.json');
    writeFileSync(file, '\uFEFF{"editMode": "Emacs", "historySize": 12}\r\n');
    const loaded = loadSettings(env);
    assert.equal(loaded.warning, undefined);
    assert.equal(loaded.settings.editMode, 'Emacs');
    assert.equal(loaded.settings.historySize, 12);
    assert.equal(existsSync(`${file}.corrupt`), false);
  });
});

test('each corruption keeps its own backup (numbered, never overwritten), mode 0600', () => {
  withDir((env, dir) => {
    const file = join(dir, 'config.json');
    const broken = ['{ first', '{ second', '{ third'];
    const copies = [`${file}.corrupt`, `${file}.corrupt.1`, `${file}.corrupt.2`];
    broken.forEach((text, i) => {
      writeFileSync(file, text, { mode: 0o644 });
      const loaded = loadSettings(env);
      assert.equal(loaded.warning, `The settings file ${file} is not valid JSON; it was replaced with the defaults (the old file is kept as ${copies[i]}).`);
    });
    broken.forEach((text, i) => {
      assert.equal(readFileSync(copies[i]!, 'utf8'), text);
      assert.equal(statSync(copies[i]!).mode & 0o777, 0o600);
    });
  });
});

test('null (and other non-objects) is reported as what it is, not as invalid JSON', () => {
  withDir((env, dir) => {
    const file = join(dir, 'config.json');
    for (const [text, what] of [['null', 'null'], ['[1]', 'an array'], ['42', 'a number'], ['"x"', 'a string']] as const) {
      writeFileSync(file, text);
      const loaded = loadSettings(env);
      assert.match(loaded.warning ?? '', new RegExp(`^The settings file ${file.replace(/[.\\/]/g, '\\$&')} holds ${what}, not settings; it was replaced with the defaults \\(the old file is kept as `));
      assert.deepEqual(loaded.settings, { ...DEFAULT_SETTINGS, colors: {} });
    }
  });
});

test('unknown or misspelt keys get a warning suggesting the right key; the rest apply', () => {
  withDir((env, dir) => {
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ editmode: 'Emacs', HistorySize: 5, sigIn: 'browser', wallpaper: 'blue', signIn: 'browser' }));
    const loaded = loadSettings(env);
    assert.equal(loaded.settings.editMode, 'Windows');
    assert.equal(loaded.settings.historySize, 4096);
    assert.equal(loaded.settings.signIn, 'browser');
    assert.equal(
      loaded.warning,
      `'editmode' in ${file} is not a setting; did you mean 'editMode'? It is ignored. ` +
        `'HistorySize' in ${file} is not a setting; did you mean 'historySize'? It is ignored. ` +
        `'sigIn' in ${file} is not a setting; did you mean 'signIn'? It is ignored. ` +
        `'wallpaper' in ${file} is not a setting (settings: clientId, tenantId, signIn, editMode, historySize, colors, copyDeviceCodeToClipboard, autoOpenLinksInBrowser); it is ignored.`,
    );
  });
});

test('a FIFO or a device in place of the file neither blocks nor is read; an oversized file is not read', { skip: process.platform === 'win32' }, () => {
  withDir((env, dir) => {
    const file = join(dir, 'config.json');
    assert.equal(spawnSync('mkfifo', [file]).status, 0, 'mkfifo');
    // Reading a FIFO with no writer would block for ever; loadSettings must return at once.
    assert.equal(loadSettings(env).warning, `The settings file ${file} is not a regular file; it is not read, and the defaults are used.`);
    rmSync(file);
    symlinkSync('/dev/zero', file);
    assert.equal(loadSettings(env).warning, `The settings file ${file} is not a regular file; it is not read, and the defaults are used.`);
    rmSync(file);
    writeFileSync(file, `{"clientId": "${'x'.repeat(2 * 1024 * 1024)}"}`);
    assert.equal(loadSettings(env).warning, `The settings file ${file} is larger than 1024 KiB, so it is not a settings file; it is not read, and the defaults are used.`);
    assert.equal(statSync(file).size > 2 * 1024 * 1024, true, 'left as it is');
  });
});

test('tenantId, copyDeviceCodeToClipboard, autoOpenLinksInBrowser: read, validated, saved', () => {
  withDir((env, dir) => {
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ tenantId: 'contoso.onmicrosoft.com', copyDeviceCodeToClipboard: true, autoOpenLinksInBrowser: true }));
    const loaded = loadSettings(env);
    assert.equal(loaded.warning, undefined);
    assert.equal(loaded.settings.tenantId, 'contoso.onmicrosoft.com');
    assert.equal(loaded.settings.copyDeviceCodeToClipboard, true);
    assert.equal(loaded.settings.autoOpenLinksInBrowser, true);
    assert.equal(saveSetting('tenantId', '72f988bf-86f1-41af-91ab-2d7cd011db47', env), undefined);
    assert.equal(loadSettings(env).settings.tenantId, '72f988bf-86f1-41af-91ab-2d7cd011db47');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(saveSetting('tenantId', 'https://login.microsoftonline.com/x', env), "Setting 'tenantId' must be 'organizations', a tenant id (GUID) or a domain such as contoso.onmicrosoft.com.");
    writeFileSync(file, JSON.stringify({ tenantId: 'not a tenant', autoOpenLinksInBrowser: 'yes', copyDeviceCodeToClipboard: true }));
    const bad = loadSettings(env);
    assert.equal(bad.settings.tenantId, 'organizations');
    assert.equal(bad.settings.autoOpenLinksInBrowser, false);
    assert.equal(bad.settings.copyDeviceCodeToClipboard, true);
    assert.equal(
      bad.warning,
      `Setting 'tenantId' in ${file} must be 'organizations', a tenant id (GUID) or a domain such as contoso.onmicrosoft.com; the default is used. ` +
        `Setting 'autoOpenLinksInBrowser' in ${file} must be true or false; the default is used.`,
    );
  });
});

test('reading leaves the file exactly as the user wrote it (no defaults written in)', () => {
  withDir((env, dir) => {
    const file = join(dir, 'config.json');
    const text = '{\n  "editMode": "Emacs"\n}\n';
    writeFileSync(file, text);
    const loaded = loadSettings(env);
    assert.equal(loaded.settings.editMode, 'Emacs');
    assert.equal(loaded.clientIdSource, 'default');
    assert.equal(readFileSync(file, 'utf8'), text);
  });
});
