// User settings: one JSON file, `config.json`, managed with `conf` as it is meant to be used: one
// schema (below) gives each key's type, allowed values and default; conf validates and writes
// atomically with mode 0600. Reading (every start of the console) checks the file against the same
// schema with plain code and never loads conf, which costs hundreds of ms on a busy machine. The file stays where it always
// was: conf's per-OS config folder for the project `spo-shell` with no suffix
// (~/.config/spo-shell on Linux, ~/Library/Preferences/spo-shell on macOS,
// %APPDATA%\spo-shell\Config on Windows), or SPO_CONFIG_DIR.
//
// What conf leaves to us is being forgiving with a file a person edited: a UTF-8 BOM is accepted,
// a bad value loses only that key (with a warning), an unknown key gets a "did you mean", and a
// corrupt file is kept (numbered backups, 0600) before it is reset. Only a regular file of sane
// size is read, so a FIFO or a device in its place cannot block start-up or fill memory.
// Nothing secret ever lives here: tokens stay in memory (src/auth/msal.ts).

import { constants, copyFileSync, chmodSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isConsoleColorName } from '../host/console-colors.js';

/** The SharePoint Online Management Shell's public client. */
export const SPO_MANAGEMENT_SHELL_CLIENT_ID = '9bc3ab49-b65d-410a-85ad-de819febfddc';

const GUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
/** `organizations`, a tenant id (GUID) or a verified domain (contoso.onmicrosoft.com). */
const TENANT_PATTERN = `^(organizations|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|([A-Za-z0-9-]{1,63}\\.)+[A-Za-z]{2,63})$`;

/**
 * The one schema: conf validates the file with it and takes the defaults from it. `description`
 * is what a warning says the value must be.
 */
const SCHEMA = {
  clientId: { type: 'string', pattern: GUID_PATTERN, default: SPO_MANAGEMENT_SHELL_CLIENT_ID, description: 'an application id (GUID)' },
  tenantId: {
    type: 'string',
    pattern: TENANT_PATTERN,
    default: 'organizations',
    description: "'organizations', a tenant id (GUID) or a domain such as contoso.onmicrosoft.com",
  },
  signIn: { enum: ['deviceCode', 'browser'], default: 'deviceCode', description: "'deviceCode' or 'browser'" },
  editMode: { enum: ['Windows', 'Emacs'], default: 'Windows', description: "'Windows' or 'Emacs'" },
  historySize: { type: 'integer', minimum: 1, maximum: 1_000_000, default: 4096, description: 'a whole number from 1 to 1000000' },
  colors: { type: 'object', additionalProperties: { type: 'string' }, default: {}, description: 'an object of strings' },
  copyDeviceCodeToClipboard: { type: 'boolean', default: false, description: 'true or false' },
  autoOpenLinksInBrowser: { type: 'boolean', default: false, description: 'true or false' },
} as const;

export type SignInMethod = (typeof SCHEMA.signIn.enum)[number];
export type EditMode = (typeof SCHEMA.editMode.enum)[number];

export interface Settings {
  /** Entra application (client) id used for sign-in. */
  clientId: string;
  /** The tenant part of the sign-in authority, `https://<sign-in host>/<tenantId>`: `organizations`
   *  (any work account), or the tenant's id or domain for a single-tenant app (AADSTS50194). */
  tenantId: string;
  /** How Connect-SPOService signs in when no -Credential is given. */
  signIn: SignInMethod;
  /** Console key bindings. */
  editMode: EditMode;
  /** Most history entries kept. */
  historySize: number;
  /** Syntax colours by PSReadLine option name (COLOR_OPTIONS) → ConsoleColor name or SGR escape. */
  colors: Record<string, string>;
  /** Put the device code on the clipboard when the device-code panel shows it. */
  copyDeviceCodeToClipboard: boolean;
  /** Open sign-in links (the device-login page) in the default browser. */
  autoOpenLinksInBrowser: boolean;
}

type SettingKey = keyof Settings & keyof typeof SCHEMA;
const KEYS = Object.keys(SCHEMA) as SettingKey[];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(
  Object.fromEntries(KEYS.map((key) => [key, SCHEMA[key].default])) as unknown as Settings,
);

export interface LoadedSettings {
  settings: Settings;
  /** A one-line warning for the caller to show (corrupt file replaced, bad value ignored). */
  warning?: string;
  /** Where the values came from when SPO_CLIENT_ID overrides the file. */
  clientIdSource: 'default' | 'file' | 'environment';
}

const PROJECT_NAME = 'spo-shell';
const FILE_NAME = 'config.json';
/** A settings file is a few hundred bytes; anything over this is not one. */
const MAX_FILE_BYTES = 1024 * 1024;

/** The folder holding the settings file: SPO_CONFIG_DIR, else conf's config folder (env-paths, no suffix). */
export function settingsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SPO_CONFIG_DIR) return env.SPO_CONFIG_DIR;
  // conf computes the same folder when given no `cwd`; it is named here so the path can be shown
  // (and tested) without loading conf.
  const home = homedir();
  if (process.platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), PROJECT_NAME, 'Config');
  if (process.platform === 'darwin') return join(home, 'Library', 'Preferences', PROJECT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PROJECT_NAME);
}

export function settingsPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(settingsDirectory(env), FILE_NAME);
}

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SCHEMA, key);
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

/** Edit distance, to suggest the key a misspelt one meant. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

function unknownKeyWarning(key: string, path: string): string {
  const lower = key.toLowerCase();
  const near = KEYS.find((k) => k.toLowerCase() === lower) ?? KEYS.find((k) => distance(k.toLowerCase(), lower) <= 2);
  return near
    ? `'${key}' in ${path} is not a setting; did you mean '${near}'? It is ignored.`
    : `'${key}' in ${path} is not a setting (settings: ${KEYS.join(', ')}); it is ignored.`;
}

/** JSON.parse for a file a person may have saved with a byte-order mark (Notepad, `-Encoding UTF8`). */
function parseSettingsText(text: string): unknown {
  return JSON.parse(text.replace(/^\uFEFF/, ''));
}

/** What the top level of the file is when it is not an object, for the warning. */
function describeNonObject(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value !== 'object') return `a ${typeof value}`;
  return undefined;
}

interface ConfStore {
  readonly store: Record<string, unknown>;
  set(key: string, value: unknown): void;
  clear(): void;
}
type ConfConstructor = new (options: Record<string, unknown>) => ConfStore;

let confClass: ConfConstructor | undefined;
function loadConf(): ConfConstructor {
  // conf is ESM; Node 20.19+ can require() it synchronously, which keeps loadSettings synchronous.
  // node:module is fetched here, not imported: a command that never saves settings does not load it.
  const { createRequire } = process.getBuiltinModule('node:module');
  confClass ??= (createRequire(import.meta.url)('conf') as { default: ConfConstructor }).default;
  return confClass;
}

/** One conf per folder and mode: conf compiles the schema in its constructor (tens of ms), and it
 *  reads the file afresh at every access, so a kept instance never serves stale values. */
const opened = new Map<string, ConfStore>();

/** The settings file through conf. `forgiving`: conf reads a corrupt file as empty (used to reset it). */
function openConf(env: NodeJS.ProcessEnv, forgiving = false): ConfStore {
  const cwd = settingsDirectory(env);
  const key = `${forgiving}:${cwd}`;
  let conf = opened.get(key);
  if (!conf) {
    conf = createConf(cwd, forgiving);
    opened.set(key, conf);
  }
  return conf;
}

function createConf(cwd: string, forgiving: boolean): ConfStore {
  const Conf = loadConf();
  return new Conf({
    projectName: PROJECT_NAME,
    projectSuffix: '',
    cwd,
    configName: 'config',
    schema: SCHEMA,
    // Keys are plain names; `colors` values may hold dots (escape sequences do not, names could).
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: forgiving,
    configFileMode: 0o600,
    deserialize: (text: string) => {
      const value = parseSettingsText(text);
      const what = describeNonObject(value);
      // A SyntaxError is what conf treats as a corrupt file.
      if (what) throw Object.assign(new SyntaxError(`the file holds ${what}, not an object`), { holds: what });
      return value;
    },
  });
}

/** Keeps a copy of a corrupt file next to it: config.json.corrupt, then .corrupt.1, .2, …; mode 0600. */
function keepCorruptCopy(path: string): string | undefined {
  for (let n = 0; n < 1000; n++) {
    const copy = n === 0 ? `${path}.corrupt` : `${path}.corrupt.${n}`;
    try {
      copyFileSync(path, copy, constants.COPYFILE_EXCL);
      chmodSync(copy, 0o600);
      return copy;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
  }
  return undefined;
}

/** The schema's complaints, by top-level key, from conf's "Config schema violation: `key` …; …". */
function violatedKeys(message: string): Set<string> {
  return new Set([...message.matchAll(/`([^`/]*)[^`]*`/g)].map((m) => m[1]!));
}

/**
 * Reads the settings. Never throws for a bad file: a corrupt file is replaced by the defaults (a
 * copy kept), a bad value is ignored, and `warning` says so in one line.
 */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): LoadedSettings {
  const path = settingsPath(env);
  const warnings: string[] = [];
  const stored = readStored(env, path, warnings);

  const settings: Settings = { ...DEFAULT_SETTINGS, colors: {} };
  for (const [key, value] of Object.entries(stored)) {
    if (!isSettingKey(key)) warnings.push(unknownKeyWarning(key, path));
    else if (key === 'colors') settings.colors = checkColors(value as Record<string, string>, path, warnings);
    else (settings as unknown as Record<string, unknown>)[key] = value;
  }

  let clientIdSource: LoadedSettings['clientIdSource'] = Object.hasOwn(stored, 'clientId') ? 'file' : 'default';
  const fromEnv = env.SPO_CLIENT_ID?.trim();
  if (fromEnv) {
    if (new RegExp(GUID_PATTERN).test(fromEnv)) {
      settings.clientId = fromEnv;
      clientIdSource = 'environment';
    } else {
      warnings.push(`SPO_CLIENT_ID must be ${SCHEMA.clientId.description}; it is ignored.`);
    }
  }
  return warnings.length ? { settings, warning: warnings.join(' '), clientIdSource } : { settings, clientIdSource };
}

/** The valid values the file holds (unknown keys included, for their warnings); {} when there are none. */
function readStored(env: NodeJS.ProcessEnv, path: string, warnings: string[]): Record<string, unknown> {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) {
      warnings.push(`The settings file ${path} is not a regular file; it is not read, and the defaults are used.`);
      return {};
    }
    size = stat.size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      warnings.push(`The settings file ${path} could not be read (${(e as Error).message}); using the defaults.`);
    }
    return {};
  }
  if (size > MAX_FILE_BYTES) {
    warnings.push(`The settings file ${path} is larger than ${MAX_FILE_BYTES / 1024} KiB, so it is not a settings file; it is not read, and the defaults are used.`);
    return {};
  }
  let parsed: unknown;
  try {
    parsed = parseSettingsText(readFileSync(path, 'utf8'));
  } catch (e) {
    if ((e as Error).name !== 'SyntaxError') {
      warnings.push(`The settings file ${path} could not be read (${(e as Error).message}); using the defaults.`);
      return {};
    }
    return resetCorrupt(env, path, 'is not valid JSON', warnings);
  }
  const what = describeNonObject(parsed);
  if (what) return resetCorrupt(env, path, `holds ${what}, not settings`, warnings);
  // Checked here with plain code against the same SCHEMA conf enforces when writing: loading conf
  // (and compiling the schema with its validator) costs hundreds of ms of start-up on a busy
  // machine, and reading needs neither. A bad value loses only its key.
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (isSettingKey(key) && !matchesSchema(SCHEMA[key], value)) warnings.push(`Setting '${key}' in ${path} must be ${SCHEMA[key].description}; the default is used.`);
    else kept[key] = value;
  }
  return kept;
}

/** The corrupt file is set aside (not lost), then reset to the defaults through conf. */
function resetCorrupt(env: NodeJS.ProcessEnv, path: string, problem: string, warnings: string[]): Record<string, unknown> {
  const copy = keepCorruptCopy(path);
  const keptAs = copy ? ` (the old file is kept as ${copy})` : '';
  warnings.push(`The settings file ${path} ${problem}; it was replaced with the defaults${keptAs}.`);
  try {
    openConf(env, true).clear();
  } catch (w) {
    warnings.push(`The settings file could not be written (${(w as Error).message}).`);
  }
  return {};
}

type SchemaEntry = (typeof SCHEMA)[SettingKey];

/** Whether a value satisfies its key's schema entry, for the subset of JSON Schema SCHEMA uses. */
function matchesSchema(entry: SchemaEntry, value: unknown): boolean {
  if ('enum' in entry) return (entry.enum as readonly unknown[]).includes(value);
  switch (entry.type) {
    case 'string':
      return typeof value === 'string' && new RegExp(entry.pattern, 'u').test(value);
    case 'integer':
      return Number.isInteger(value) && (value as number) >= entry.minimum && (value as number) <= entry.maximum;
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
  }
}

/** Changes one setting in the file, validated by the schema. Returns an error message, or undefined on success. */
export function saveSetting<K extends SettingKey>(key: K, value: Settings[K], env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    openConf(env).set(key, value);
    return undefined;
  } catch (e) {
    const message = (e as Error).message;
    if (message.startsWith('Config schema violation:') && violatedKeys(message).has(key)) {
      return `Setting '${key}' must be ${SCHEMA[key].description}.`;
    }
    return `The settings file could not be written (${message}).`;
  }
}
