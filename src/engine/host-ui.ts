// $Host.UI and $Host.UI.RawUI: PowerShell's InternalHostUserInterface and InternalHostRawUserInterface
// over the shell's Host. Admin scripts use them for "Are you sure?" menus (PromptForChoice), window
// titles, coloured lines (WriteLine with colours) and the "press a key" pause; what pwsh 7.6.10 does
// with each, redirected and in a console, was measured and is what these methods do.

import type { Host } from '../host/host.js';
import { toEnum, toInt, toPSString, unwrap } from './convert.js';
import { CONSOLE_COLOR } from './enum-types.js';
import { DotNetException, invocationFailed } from './member-error.js';
import { argumentConversion, noOverload } from './method-binder.js';
import { NON_INTERACTIVE_MESSAGE } from '../host/host.js';
import { choiceLines, promptForCredential, readChoice, writeWrapped } from './prompts.js';
import { EnumValue, PSObject, SecureString } from './values.js';
import { toChoiceDescription } from './choice-description.js';

const UI_TYPE = 'System.Management.Automation.Internal.Host.InternalHostUserInterface';
const RAW_UI_TYPE = 'System.Management.Automation.Internal.Host.InternalHostRawUserInterface';

/** Objects whose methods run asynchronously through the host (the executor awaits them). */
export interface HostMethodTarget {
  invoke(name: string, args: readonly unknown[], signal?: AbortSignal): Promise<{ value: unknown } | undefined>;
}

/** The hot key (upper case, '' when the label has no `&` before a character) and the label without its `&`. */
function hotKeyAndLabel(label: string): [string, string] {
  const at = label.indexOf('&');
  if (at < 0) return ['', label];
  const plain = label.slice(0, at) + label.slice(at + 1);
  const key = label.charAt(at + 1);
  return [key === '' ? '' : key.toUpperCase(), plain];
}


export class HostRawUserInterface extends PSObject {
  #title = '';
  #foreground = new EnumValue(CONSOLE_COLOR, '-1');
  #background = new EnumValue(CONSOLE_COLOR, '-1');

  constructor(private readonly host: Host) {
    super(RAW_UI_TYPE, {}, undefined, RAW_UI_TYPE);
    for (const name of ['ForegroundColor', 'BackgroundColor', 'CursorPosition', 'WindowPosition', 'CursorSize', 'BufferSize', 'WindowSize', 'MaxWindowSize', 'MaxPhysicalWindowSize', 'KeyAvailable', 'WindowTitle']) {
      this.properties.set(name, undefined);
    }
    this.#refresh();
  }

  /** Sizes follow the terminal: read again each time, as pwsh asks the console each time. */
  #refresh(): void {
    const size = () => sizeOf(this.host.width, this.host.height ?? -1);
    this.properties.set('ForegroundColor', this.#foreground);
    this.properties.set('BackgroundColor', this.#background);
    this.properties.set('CursorPosition', coordinates(0, 0));
    this.properties.set('WindowPosition', coordinates(0, 0));
    this.properties.set('CursorSize', 100);
    this.properties.set('BufferSize', size());
    this.properties.set('WindowSize', size());
    this.properties.set('MaxWindowSize', size());
    this.properties.set('MaxPhysicalWindowSize', size());
    // Redirected input has no keys to look at: pwsh's getter fails and the property reads as nothing.
    this.properties.set('KeyAvailable', this.host.inputRedirected || !this.host.interactive ? null : false);
    this.properties.set('WindowTitle', this.#title);
  }

  override get(name: string): unknown {
    this.#refresh();
    return super.get(name);
  }

  /** Assignments to WindowTitle and the colours; the rest are read-only here (false: not handled). */
  override assign(name: string, value: unknown): boolean {
    switch (name.toLowerCase()) {
      case 'windowtitle':
        this.#title = toPSString(value);
        this.host.setTitle?.(this.#title);
        return true;
      case 'foregroundcolor':
        this.#foreground = toEnum(value, CONSOLE_COLOR);
        this.#applyColors();
        return true;
      case 'backgroundcolor':
        this.#background = toEnum(value, CONSOLE_COLOR);
        this.#applyColors();
        return true;
      default:
        return false;
    }
  }

  /** Plain text is written in the colours set here from now on (pwsh on Linux does the same). */
  #applyColors(): void {
    const name = (c: EnumValue) => (c.name === '-1' ? undefined : c.name);
    this.host.setColors?.(name(this.#foreground), name(this.#background));
  }

  async invoke(name: string, args: readonly unknown[], signal?: AbortSignal): Promise<{ value: unknown } | undefined> {
    switch (name.toLowerCase()) {
      case 'flushinputbuffer':
        if (args.length !== 0) throw noOverload('FlushInputBuffer', args.length);
        return { value: undefined };
      case 'readkey': {
        if (args.length > 1) throw noOverload('ReadKey', args.length);
        const canRead = this.host.interactive && !this.host.inputRedirected && this.host.readKey;
        if (!canRead) {
          throw invocationFailed(
            'ReadKey',
            args.length,
            new DotNetException('Cannot read keys when either application does not have a console or when console input has been redirected. Try Console.Read.', 'InvalidOperationException'),
          );
        }
        const key = await this.host.readKey!(signal);
        if (key === null) return { value: null };
        return { value: new PSObject('System.Management.Automation.Host.KeyInfo', { VirtualKeyCode: key.virtualKeyCode, Character: key.character, ControlKeyState: key.controlKeyState, KeyDown: true }, undefined, key.character) };
      }
      default:
        return undefined;
    }
  }
}

function sizeOf(width: number, height: number): PSObject {
  return new PSObject('System.Management.Automation.Host.Size', { Width: width, Height: height }, undefined, `${width},${height}`);
}

function coordinates(x: number, y: number): PSObject {
  return new PSObject('System.Management.Automation.Host.Coordinates', { X: x, Y: y }, undefined, `${x},${y}`);
}

export class HostUserInterface extends PSObject implements HostMethodTarget {
  readonly rawUI: HostRawUserInterface;

  constructor(private readonly host: Host) {
    super(UI_TYPE, {}, undefined, UI_TYPE);
    this.rawUI = new HostRawUserInterface(host);
    this.properties.set('RawUI', this.rawUI);
    // pwsh says True when its output is a terminal.
    this.properties.set('SupportsVirtualTerminal', host.outputRedirected === false);
  }

  async invoke(name: string, args: readonly unknown[], signal?: AbortSignal): Promise<{ value: unknown } | undefined> {
    const method = name.toLowerCase();
    const host = this.host;
    const arg = (i: number) => text(args[i]);
    const colour = (canonical: string, i: number, parameter: string): string => {
      try {
        return toEnum(args[i], CONSOLE_COLOR).name;
      } catch (e) {
        throw argumentConversion(canonical, parameter, args[i], CONSOLE_COLOR.fullName, (e as Error).message);
      }
    };
    const colours = (canonical: string) => ({ foregroundColor: colour(canonical, 0, 'foregroundColor'), backgroundColor: colour(canonical, 1, 'backgroundColor') });
    const oneLine = (canonical: string, kind: 'error' | 'warning' | 'verbose' | 'debug', prefix: string) => {
      if (args.length !== 1) throw noOverload(canonical, args.length);
      host.write(kind, prefix + arg(0));
      return { value: undefined };
    };
    switch (method) {
      case 'write':
        if (args.length === 1) host.write('information', arg(0), { noNewline: true });
        else if (args.length === 3) host.write('information', arg(2), { noNewline: true, ...colours('Write') });
        else throw noOverload('Write', args.length);
        return { value: undefined };
      case 'writeline':
        if (args.length === 0) host.write('information', '');
        else if (args.length === 1) host.write('information', arg(0));
        else if (args.length === 3) host.write('information', arg(2), colours('WriteLine'));
        else throw noOverload('WriteLine', args.length);
        return { value: undefined };
      case 'writeerrorline':
        return oneLine('WriteErrorLine', 'error', '');
      case 'writewarningline':
        return oneLine('WriteWarningLine', 'warning', 'WARNING: ');
      case 'writeverboseline':
        return oneLine('WriteVerboseLine', 'verbose', 'VERBOSE: ');
      case 'writedebugline':
        return oneLine('WriteDebugLine', 'debug', 'DEBUG: ');
      case 'readline': {
        if (args.length !== 0) throw noOverload('ReadLine', 0);
        this.#mustBeInteractive('ReadLine', 0);
        const line = await host.readLine('', signal, { echoRedirected: true });
        return { value: line };
      }
      case 'readlineassecurestring': {
        if (args.length !== 0) throw noOverload('ReadLineAsSecureString', 0);
        this.#mustBeInteractive('ReadLineAsSecureString', 0);
        const secret = await host.readSecret('', signal);
        return { value: secret === null ? null : new SecureString(secret) };
      }
      case 'promptforchoice':
        if (args.length !== 4) throw noOverload('PromptForChoice', args.length);
        return { value: await this.#promptForChoice(args, signal) };
      case 'promptforcredential': {
        if (args.length !== 4 && args.length !== 6) throw noOverload('PromptForCredential', args.length);
        this.#mustBeInteractive('PromptForCredential', args.length);
        const user = arg(2);
        return { value: await promptForCredential(host, arg(0), arg(1), user === '' ? undefined : user, signal) };
      }
      default:
        return undefined;
    }
  }

  #mustBeInteractive(canonical: string, count: number): void {
    if (!this.host.interactive) throw invocationFailed(canonical, count, new DotNetException(NON_INTERACTIVE_MESSAGE, 'PSInvalidOperationException'));
  }

  /**
   * ConsoleHostUserInterface.PromptForChoice: the caption after a blank line, the message, then the
   * choices `[K] Label  `, `[?] Help ` and `(default is "K"): `, each piece starting a new line when
   * it would pass the last column but one. `?` lists each choice's help; an empty answer takes the
   * default; an answer is a hot key first, a label second (case-insensitive); anything else asks again.
   */
  async #promptForChoice(args: readonly unknown[], signal?: AbortSignal): Promise<number | null> {
    const fail = (message: string, type = 'ArgumentException') => invocationFailed('PromptForChoice', 4, new DotNetException(message, type));
    const raw = unwrap(args[2]);
    const choices = (raw === null || raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]).map(toChoiceDescription);
    if (choices.length === 0) throw fail('"choices" should have at least one element.');
    const defaultChoice = toInt(args[3]);
    if (defaultChoice < -1 || defaultChoice >= choices.length) {
      throw fail(`"defaultChoice" must be a valid index into "choice" or -1 for no default choice. (Parameter 'defaultChoice')\nActual value was ${defaultChoice}.`, 'PSArgumentOutOfRangeException');
    }
    this.#mustBeInteractive('PromptForChoice', 4);
    const host = this.host;
    const caption = text(args[0]);
    const message = text(args[1]);
    if (caption !== '') {
      host.write('prompt', '');
      writeWrapped(host, caption);
    }
    if (message !== '') writeWrapped(host, message);
    const keys = choices.map((c) => hotKeyAndLabel(c.label));
    const pieces = keys.map(([key, label]) => `[${key}] ${label}  `);
    pieces.push('[?] Help ');
    if (defaultChoice >= 0) {
      const [key, label] = keys[defaultChoice]!;
      pieces.push(`(default is "${key || label}"): `);
    }
    const lines = choiceLines(pieces, host.width);
    for (;;) {
      const answer = await readChoice(host, lines, signal);
      if (answer === null) {
        if (signal?.aborted) return null;
        throw fail('Object reference not set to an instance of an object.', 'NullReferenceException');
      }
      const response = answer.trim();
      if (response === '') {
        if (defaultChoice >= 0) return defaultChoice;
        continue;
      }
      if (response === '?') {
        keys.forEach(([key, label], i) => writeWrapped(host, `${key || label} - ${choices[i]!.helpMessage}`));
        continue;
      }
      const upper = response.toUpperCase();
      let picked = keys.findIndex(([key]) => key !== '' && key === upper);
      if (picked < 0) picked = keys.findIndex(([, label]) => label.toUpperCase() === upper);
      if (picked >= 0) return picked;
    }
  }
}

function text(value: unknown): string {
  const v = unwrap(value);
  return v === null || v === undefined ? '' : toPSString(v);
}

/**
 * The mark of an object outside this file whose methods run asynchronously through the session
 * ($ExecutionContext's intrinsics, engine-intrinsics.ts: a lazy module, so no `instanceof` here).
 */
export const ASYNC_METHODS: unique symbol = Symbol('asyncMethods');

/** Whether a value has host methods the executor must await. */
export function isHostMethodTarget(value: unknown): value is HostMethodTarget {
  return value instanceof HostUserInterface || value instanceof HostRawUserInterface || (value instanceof PSObject && ASYNC_METHODS in value);
}
