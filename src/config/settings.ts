// User settings: one JSON file managed with `conf`.
//
// Reading happens at every start of the console, so the common case (a valid file, or none) is a
// plain `readFileSync` + `JSON.parse`; `conf` (which pulls in a JSON-schema validator) is loaded
// only when the file has to be written: first run, repair of a corrupt file, or a changed value.
// Nothing secret ever lives here: tokens stay in memory (src/auth/msal.ts).

import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isConsoleColorName } from '../host/console-colors.js';

export type SignInMethod = 'deviceCode' | 'browser';
export type EditMode = 'Windows' | 'Emacs';

export interface Settings {
  /** Entra application (client) id used for sign-in. */
  clientId: string;
  /** How Connect-SPOService signs in when no -Credential is given. */
  signIn: SignInMethod;
  /** Console key bindings. */
  editMode: EditMode;
  /** Most history entries kept. */
  historySize: number;
  /** Syntax colours by PSReadLine option name (COLOR_OPTIONS) → ConsoleColor name or SGR escape. */
  colors: Record<string, string>;
}

/** The SharePoint Online Management Shell's public client. */
export const SPO_MANAGEMENT_SHELL_CLIENT_ID = '9bc3ab49-b65d-410a-85ad-de819febfddc';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  clientId: SPO_MANAGEMENT_SHELL_CLIENT_ID,
  signIn: 'deviceCode',
  editMode: 'Windows',
  historySize: 4096,
  colors: {},
});

export interface LoadedSettings {
  settings: Settings;
  /** A one-line warning for the caller to show (corrupt file replaced, bad value ignored). */
  warning?: string;
  /** Where the values came from when SPO_CLIENT_ID overrides the file. */
  clientIdSource: 'default' | 'file' | 'environment';
}

const PROJECT_NAME = 'spo-shell';
const FILE_NAME = 'config.json';

/** The folder holding the settings file: SPO_CONFIG_DIR, else the platform's config folder. */
export function settingsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SPO_CONFIG_DIR) return env.SPO_CONFIG_DIR;
  // The same places env-paths (used by conf) picks, with an empty project suffix.
  if (process.platform === 'win32') {
    return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), PROJECT_NAME, 'Config');
  }
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Preferences', PROJECT_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), PROJECT_NAME);
}

export function settingsPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(settingsDirectory(env), FILE_NAME);
}

/** The PSReadLine `-Colors` options the console paints; the highlighter's segment kinds. */
export const COLOR_OPTIONS = ['Command', 'Parameter', 'String', 'Variable', 'Keyword', 'Comment', 'Operator', 'Number', 'Default'] as const;

/** A ConsoleColor name (`DarkCyan`) or an SGR escape sequence (`\u001b[38;5;208m`), as PSReadLine takes. */
function isColorValue(value: string): boolean {
  return isConsoleColorName(value) || /^\x1b\[[0-9;]*m$/.test(value);
}

/** The usable entries of a `colors` object; each unusable one adds a warning. */
function checkColors(colors: Record<string, string>, path: string, warnings: string[]): Record<string, string> {
  const usable: Record<string, string> = {};
  for (const [option, value] of Object.entries(colors)) {
    const name = COLOR_OPTIONS.find((o) => o.toLowerCase() === option.toLowerCase());
    if (!name) {
      warnings.push(`Colour option '${option}' in ${path} is not one of ${COLOR_OPTIONS.join(', ')}; it is ignored.`);
    } else if (!isColorValue(value)) {
      warnings.push(
        `Colour '${value}' for ${name} in ${path} must be a console colour name (such as DarkCyan) or an escape sequence; it is ignored.`,
      );
    } else {
      usable[name] = value;
    }
  }
  return usable;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Validator = (value: unknown) => boolean;
const VALIDATORS: Record<keyof Settings, Validator> = {
  clientId: (v) => typeof v === 'string' && GUID.test(v),
  signIn: (v) => v === 'deviceCode' || v === 'browser',
  editMode: (v) => v === 'Windows' || v === 'Emacs',
  historySize: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1_000_000,
  colors: (v) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((c) => typeof c === 'string'),
};

const EXPECTED: Record<keyof Settings, string> = {
  clientId: 'an application id (GUID)',
  signIn: "'deviceCode' or 'browser'",
  editMode: "'Windows' or 'Emacs'",
  historySize: 'a whole number from 1 to 1000000',
  colors: 'an object of strings',
};

export function isSettingKey(key: string): key is keyof Settings {
  return Object.hasOwn(VALIDATORS, key);
}

/**
 * Reads the settings. Never throws for a bad file: a corrupt file is replaced by the defaults and a
 * bad value is ignored, and `warning` says so in one line.
 */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): LoadedSettings {
  const path = settingsPath(env);
  const warnings: string[] = [];
  let stored: Record<string, unknown> | undefined;
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      warnings.push(`The settings file ${path} could not be read (${(e as Error).message}); using the defaults.`);
    }
  }
  if (text !== undefined) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new SyntaxError('not an object');
      stored = parsed as Record<string, unknown>;
    } catch {
      // Keep what the user wrote: the broken file is set aside, not lost.
      let keptAs = '';
      try {
        copyFileSync(path, `${path}.corrupt`);
        keptAs = ` (the old file is kept as ${path}.corrupt)`;
      } catch {
        // nothing to keep, or no room for it: replace anyway
      }
      warnings.push(`The settings file ${path} is not valid JSON; it was replaced with the defaults${keptAs}.`);
      writeSettingsFile(env, { ...DEFAULT_SETTINGS }, warnings);
    }
  }

  const settings: Settings = { ...DEFAULT_SETTINGS, colors: {} };
  for (const key of Object.keys(VALIDATORS) as Array<keyof Settings>) {
    if (!stored || !Object.hasOwn(stored, key)) continue;
    const value = stored[key];
    if (key === 'colors' && VALIDATORS.colors(value)) settings.colors = checkColors(value as Record<string, string>, path, warnings);
    else if (VALIDATORS[key](value)) (settings as unknown as Record<string, unknown>)[key] = value;
    else warnings.push(`Setting '${key}' in ${path} must be ${EXPECTED[key]}; the default is used.`);
  }

  let clientIdSource: LoadedSettings['clientIdSource'] =
    stored && Object.hasOwn(stored, 'clientId') && VALIDATORS.clientId(stored.clientId) ? 'file' : 'default';
  const fromEnv = env.SPO_CLIENT_ID?.trim();
  if (fromEnv) {
    if (VALIDATORS.clientId(fromEnv)) {
      settings.clientId = fromEnv;
      clientIdSource = 'environment';
    } else {
      warnings.push(`SPO_CLIENT_ID must be ${EXPECTED.clientId}; it is ignored.`);
    }
  }
  return warnings.length
    ? { settings, warning: warnings.join(' '), clientIdSource }
    : { settings, clientIdSource };
}

/** Changes one setting in the file (validated). Returns an error message, or undefined on success. */
export function saveSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (!VALIDATORS[key](value)) return `Setting '${key}' must be ${EXPECTED[key]}.`;
  const { settings } = loadSettings({ ...env, SPO_CLIENT_ID: '' });
  const warnings: string[] = [];
  writeSettingsFile(env, { ...settings, [key]: value }, warnings);
  return warnings[0];
}

interface ConfStore {
  store: Record<string, unknown>;
}
type ConfConstructor = new (options: Record<string, unknown>) => ConfStore;

let confClass: ConfConstructor | undefined;
function loadConf(): ConfConstructor {
  // conf is ESM; Node 20.19+ can require() it synchronously, which keeps loadSettings synchronous
  // while loading conf only when a write is needed.
  confClass ??= (createRequire(import.meta.url)('conf') as { default: ConfConstructor }).default;
  return confClass;
}

function writeSettingsFile(env: NodeJS.ProcessEnv, values: Settings, warnings: string[]): void {
  try {
    const Conf = loadConf();
    const conf = new Conf({
      projectName: PROJECT_NAME,
      projectSuffix: '',
      cwd: settingsDirectory(env),
      configName: 'config',
      // A corrupt file reads as empty instead of throwing; we have already told the user.
      clearInvalidConfig: true,
      configFileMode: 0o600,
    });
    conf.store = { ...values };
  } catch (e) {
    warnings.push(`The settings file could not be written (${(e as Error).message}).`);
  }
}
