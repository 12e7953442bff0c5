import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
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
