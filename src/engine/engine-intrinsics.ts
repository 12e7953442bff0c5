// $ExecutionContext: System.Management.Automation.EngineIntrinsics and the intrinsics scripts reach
// through it, as pwsh 7.6.10 has them: SessionState (Path, PSVariable, LanguageMode, Drive, Module),
// InvokeCommand (ExpandString, InvokeScript, NewScriptBlock, GetCommand, GetCommandName), Host (the
// very object $Host holds) and InvokeProvider (Item.Exists/Get, ChildItem.Get).
//
// A lazy module (scripts/build.mjs LAZY_MODULES): only a script that reads $ExecutionContext loads it.
// The methods reuse the engine rather than copy it: paths through paths.ts, text through the session's
// script runner (Invoke-Expression's), and what a cmdlet already answers (Resolve-Path, Get-Variable,
// Get-Command, Test-Path, Get-Item, Get-ChildItem) by running that cmdlet; a method's failure is pwsh's
// `Exception calling "M" with "N" argument(s): "…"` around the error's own text.

import { join, sep } from 'node:path';
import { homedir } from 'node:os';
import { ConversionError, toEnum, toPSString, unwrap } from './convert.js';
import { ErrorRecord, PSErrorSignal } from './errors.js';
import { ASYNC_METHODS } from './host-ui.js';
import { argumentConversionError, DotNetException, invocationFailed, MethodCallError, noOverload } from './member-error.js';
import { driveOf, PathError, providerText, resolveLiteral } from './paths.js';
import * as R from './runtime-strings.js';
import { SCRIPT_RUNNER_SERVICE, type ScriptBlockRunner } from './script-block.js';
import { parseErrorsText, scriptBlockFromParse, scriptBlockOfText } from './scriptblock-type.js';
import { VariableNotWritableError, type ScopeName, type Session } from './session.js';
import { EnumValue, GenericList, PSObject, PSObjectCollection, PSReference, type EnumType } from './values.js';
import { hasWildcard } from './wildcard.js';
import { parseScript } from '../language/parser.js';

const SMA = 'System.Management.Automation';
const LANGUAGE_MODE: EnumType = { fullName: `${SMA}.PSLanguageMode`, names: ['FullLanguage', 'RestrictedLanguage', 'NoLanguage', 'ConstrainedLanguage'] };

type Called = { value: unknown } | undefined;

/** Collection<PathInfo>, what GetResolvedPSPathFromPSPath returns. */
class PathInfoCollection<T = unknown> extends PSObjectCollection<T> {
  static override readonly typeName =
    'System.Collections.ObjectModel.Collection`1[[System.Management.Automation.PathInfo, System.Management.Automation, Version=7.6.0.500, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]';
}

/** Collection<string>, what GetResolvedProviderPathFromPSPath returns. */
class StringCollection<T = unknown> extends PSObjectCollection<T> {
  static override readonly typeName =
    'System.Collections.ObjectModel.Collection`1[[System.String, System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]';
}

/** An intrinsics object: its methods run asynchronously (the executor awaits them: host-ui.ts isHostMethodTarget). */
class Intrinsics extends PSObject {
  readonly [ASYNC_METHODS] = true;
  constructor(
    readonly session: Session,
    type: string,
  ) {
    super(`${SMA}.${type}`, {}, undefined, `${SMA}.${type}`);
  }

  /** The method's value, or undefined when the type has no such method (the usual rules then apply). */
  async invoke(_name: string, _args: readonly unknown[], _signal?: AbortSignal): Promise<Called> {
    return undefined;
  }

  protected get runner(): ScriptBlockRunner {
    const runner = this.session.services.get(SCRIPT_RUNNER_SERVICE) as ScriptBlockRunner | undefined;
    if (!runner) throw new Error('$ExecutionContext needs the shell that runs it');
    return runner;
  }

  /** Runs trusted script text of this module (a cmdlet call), in a scope of its own unless `dotSource`. */
  protected run(text: string, args: unknown[], signal: AbortSignal | undefined, dotSource = false): Promise<unknown[]> {
    const block = scriptBlockFromParse(text, parseScript(text), this.runner);
    return block.invoke({ args, dotSource }, signal ?? new AbortController().signal);
  }

  /** What `read` returns; an error it ends with becomes the method's exception (`Exception calling …`). */
  protected async failingAs<T>(method: string, count: number, read: () => T | Promise<T>, stopAsException = false): Promise<T> {
    try {
      return await read();
    } catch (e) {
      throw asMethodFailure(method, count, e, stopAsException);
    }
  }
}

/** An error that ended a method's work, as pwsh wraps it (MethodInvocationException around the error's text). */
function asMethodFailure(method: string, count: number, e: unknown, stopAsException = false): unknown {
  if (e instanceof PSErrorSignal) {
    // An error -ErrorAction Stop made terminating in the script InvokeScript runs reaches the method as its
    // ActionPreferenceStopException (the other methods use Stop only to learn of the error they report).
    if (stopAsException && e.stopException && e.record.exceptionType !== 'ActionPreferenceStopException') {
      return invocationFailed(method, count, new DotNetException(R.ActionPreferenceStop('ErrorActionPreference', e.record.message).message, 'ActionPreferenceStopException'));
    }
    return invocationFailed(method, count, new DotNetException(e.record.message, e.record.exceptionType));
  }
  if (e instanceof PathError) return invocationFailed(method, count, new DotNetException(e.spec.message, e.spec.exceptionType ?? 'RuntimeException'));
  if (e instanceof VariableNotWritableError) return invocationFailed(method, count, new DotNetException(e.message, 'SessionStateUnauthorizedAccessException'));
  // A value a typed variable's conversion refuses: the conversion's own text.
  if (e instanceof ConversionError) return invocationFailed(method, count, new DotNetException(e.message, 'RuntimeException'));
  return e;
}

function text(value: unknown): string {
  const v = unwrap(value);
  return v === null || v === undefined ? '' : toPSString(v);
}

/** A method called with a count of arguments it has no overload for. */
function arity(name: string, args: readonly unknown[], ...counts: number[]): void {
  if (!counts.includes(args.length)) throw noOverload(name, args.length);
}

/** `$ExecutionContext` of `session`: made when the variable is first read (docs/startup.md). */
export function engineIntrinsics(session: Session): PSObject {
  return new EngineIntrinsicsObject(session);
}

/** EngineIntrinsics: its Host is $Host itself (read when asked for: $Host is made on its own first read). */
class EngineIntrinsicsObject extends PSObject {
  constructor(private readonly session: Session) {
    super(`${SMA}.EngineIntrinsics`, {}, undefined, `${SMA}.EngineIntrinsics`);
    const sessionState = new SessionStateIntrinsics(session);
    const invokeCommand = new CommandInvocationIntrinsics(session);
    const invokeProvider = new ProviderIntrinsics(session);
    sessionState.link(invokeCommand, invokeProvider);
    this.properties.set('Host', null);
    this.properties.set('Events', `${SMA}.PSLocalEventManager`);
    this.properties.set('InvokeProvider', invokeProvider);
    this.properties.set('SessionState', sessionState);
    this.properties.set('InvokeCommand', invokeCommand);
    this.#refresh();
  }

  #refresh(): void {
    this.properties.set('Host', this.session.getVariable('Host', 'global')?.value ?? null);
  }

  override get(name: string): unknown {
    if (name.toLowerCase() === 'host') this.#refresh();
    return super.get(name);
  }
}

/** SessionState: Path, PSVariable, LanguageMode, the current drive and the module (none at the top level). */
class SessionStateIntrinsics extends Intrinsics {
  constructor(session: Session) {
    super(session, 'SessionState');
    const path = new PathIntrinsics(session);
    this.properties.set('Drive', new DriveIntrinsics(path));
    this.properties.set('Provider', `${SMA}.CmdletProviderManagementIntrinsics`);
    this.properties.set('Path', path);
    this.properties.set('PSVariable', new PSVariableIntrinsics(session));
    this.properties.set('LanguageMode', new EnumValue(LANGUAGE_MODE, 'FullLanguage'));
    this.properties.set('UseFullLanguageModeInDebugger', false);
    this.properties.set('Scripts', listOf(['*']));
    this.properties.set('Applications', listOf(['*']));
    this.properties.set('Module', null);
  }

  link(invokeCommand: PSObject, invokeProvider: PSObject): void {
    this.properties.set('InvokeProvider', invokeProvider);
    this.properties.set('InvokeCommand', invokeCommand);
  }

  /** LanguageMode: spo has only FullLanguage (docs/language.md), so that is the one value it takes. */
  override assign(name: string, value: unknown): boolean {
    if (name.toLowerCase() !== 'languagemode') return false;
    let mode: EnumValue;
    try {
      mode = toEnum(value, LANGUAGE_MODE);
    } catch (e) {
      throw new MethodCallError(`Exception setting "LanguageMode": "${(e as Error).message}"`, 'SetValueInvocationException', 'ExceptionWhenSetting');
    }
    if (mode.name === 'FullLanguage') return true;
    throw new MethodCallError(`Exception setting "LanguageMode": "${R.LanguageModeNotSupported(mode.name)}"`, 'SetValueInvocationException', 'ExceptionWhenSetting');
  }

}

/** DriveManagementIntrinsics: Current is the current location's drive (it follows the location). */
class DriveIntrinsics extends PSObject {
  constructor(private readonly path: PathIntrinsics) {
    super(`${SMA}.DriveManagementIntrinsics`, {}, undefined, `${SMA}.DriveManagementIntrinsics`);
    this.properties.set('Current', null);
  }

  override get(name: string): unknown {
    if (name.toLowerCase() === 'current') {
      const location = this.path.currentLocation();
      this.properties.set('Current', location instanceof PSObject ? location.get('Drive') : null);
    }
    return super.get(name);
  }
}

function listOf(items: string[]): GenericList<string> {
  const list = new GenericList<string>();
  list.elementType = 'System.String';
  list.push(...items);
  return list;
}

/** PathIntrinsics: the location, and PowerShell paths made provider paths (resolved or not). */
class PathIntrinsics extends Intrinsics {
  constructor(session: Session) {
    super(session, 'PathIntrinsics');
    this.properties.set('CurrentLocation', null);
    this.properties.set('CurrentFileSystemLocation', null);
  }

  /** $PWD's PathInfo (automatic-variables.ts locationInfo). */
  currentLocation(): unknown {
    return this.session.getVariable('PWD', 'global')?.value ?? null;
  }

  override get(name: string): unknown {
    const lower = name.toLowerCase();
    if (lower === 'currentlocation' || lower === 'currentfilesystemlocation') {
      const location = this.currentLocation();
      this.properties.set('CurrentLocation', location);
      this.properties.set('CurrentFileSystemLocation', location);
      return location;
    }
    return super.get(name);
  }

  override async invoke(name: string, args: readonly unknown[], signal?: AbortSignal): Promise<Called> {
    switch (name.toLowerCase()) {
      case 'getunresolvedproviderpathfrompspath':
        arity('GetUnresolvedProviderPathFromPSPath', args, 1);
        return { value: await this.failingAs('GetUnresolvedProviderPathFromPSPath', 1, () => this.unresolved(text(args[0]))) };
      case 'getresolvedpspathfrompspath':
        arity('GetResolvedPSPathFromPSPath', args, 1);
        return { value: PathInfoCollection.from(await this.resolved('GetResolvedPSPathFromPSPath', args, signal)) };
      case 'getresolvedproviderpathfrompspath': {
        arity('GetResolvedProviderPathFromPSPath', args, 2);
        const found = await this.resolved('GetResolvedProviderPathFromPSPath', args, signal);
        const provider = unwrap(args[1]);
        if (provider instanceof PSReference && found[0] instanceof PSObject) provider.Value = found[0].get('Provider');
        return { value: StringCollection.from(found.map((p) => (p instanceof PSObject ? p.get('ProviderPath') : p))) };
      }
      case 'combine':
        arity('Combine', args, 2);
        return { value: combine(text(args[0]), text(args[1])) };
      case 'ispsabsolute': {
        arity('IsPSAbsolute', args, 2);
        const { absolute, drive } = this.psAbsolute(text(args[0]));
        const reference = unwrap(args[1]);
        if (reference instanceof PSReference) reference.Value = drive;
        return { value: absolute };
      }
      case 'isvalid':
        arity('IsValid', args, 1);
        // Every name is a valid FileSystem path on Linux and macOS; a drive that does not exist is the error.
        return { value: await this.failingAs('IsValid', 1, () => (providerText(this.session, text(args[0])), true)) };
      default:
        return undefined;
    }
  }

  /**
   * IsPSAbsolute: whether a path names its drive or provider (`Temp:/a`, `Q:/x`, `FileSystem::/a`) or starts
   * at the root; the drive it names (the provider's name as typed for a provider-qualified path), else the current one.
   */
  private psAbsolute(path: string): { absolute: boolean; drive: unknown } {
    const qualified = /^((?:[^:\\/]*\\)?[^:\\/]+)::/.exec(path);
    if (qualified) return { absolute: true, drive: qualified[1] };
    const drive = driveOf(path);
    if (drive !== undefined) return { absolute: true, drive };
    const location = this.currentLocation();
    const current = location instanceof PSObject ? location.get('Drive') : null;
    return { absolute: /^[\\/]/.test(path), drive: current instanceof PSObject ? current.get('Name') : null };
  }

  /** GetUnresolvedProviderPathFromPSPath: the full path, existing or not; a folder's trailing separator stays. */
  private unresolved(path: string): string {
    const full = resolveLiteral(this.session, path);
    if (/^~$/.test(path)) return homedir();
    return /[\\/]$/.test(path) && !full.endsWith(sep) && !/^(?:\.{1,2}|~)[\\/]$/.test(path) ? full + sep : full;
  }

  /** Resolve-Path's PathInfo objects for a path (wildcards expanded: none matching is none, not an error). */
  private async resolved(method: string, args: readonly unknown[], signal?: AbortSignal): Promise<unknown[]> {
    const path = text(args[0]);
    return this.failingAs(method, args.length, async () => {
      try {
        return await this.run('param($p) Resolve-Path -Path $p -ErrorAction Stop', [path], signal);
      } catch (e) {
        if (e instanceof PSErrorSignal && hasWildcard(path) && e.record.exceptionType === 'ItemNotFoundException') return [];
        throw e;
      }
    });
  }
}

/** Path.Combine as pwsh's FileSystem provider joins: one separator between, an empty part leaves the other. */
function combine(parent: string, child: string): string {
  if (parent === '') return child;
  if (child === '') return /[\\/]$/.test(parent) ? parent : parent + sep;
  return join(parent.replace(/[\\/]+$/, '') || sep, child.replace(/^[\\/]+/, '')).replace(/^(?!\/)/, '');
}

/** The scope a `global:`/`script:`/`local:`/`private:` prefix names and the name after it. */
function scopedName(name: string): { scope?: ScopeName; bare: string; env?: true } {
  const m = /^(global|script|local|private|variable|env):(.*)$/is.exec(name);
  if (!m) return { bare: name };
  const prefix = m[1]!.toLowerCase();
  if (prefix === 'env') return { bare: m[2]!, env: true };
  if (prefix === 'variable') return { bare: m[2]! };
  return { scope: prefix === 'private' ? 'local' : (prefix as ScopeName), bare: m[2]! };
}

/** PSVariableIntrinsics: Get, GetValue, Set and Remove in the caller's scope. */
class PSVariableIntrinsics extends Intrinsics {
  constructor(session: Session) {
    super(session, 'PSVariableIntrinsics');
  }

  override async invoke(name: string, args: readonly unknown[], signal?: AbortSignal): Promise<Called> {
    switch (name.toLowerCase()) {
      case 'get':
        arity('Get', args, 1);
        return { value: await this.get1(text(args[0]), signal) };
      case 'getvalue': {
        arity('GetValue', args, 1, 2);
        const { scope, bare, env } = scopedName(text(args[0]));
        const found = env ? process.env[bare] : this.session.getVariable(bare, scope)?.value;
        return { value: found ?? (args.length === 2 ? args[1] : null) };
      }
      case 'set': {
        arity('Set', args, 1, 2);
        const variable = args.length === 1 ? unwrap(args[0]) : undefined;
        const [target, value] = variable instanceof PSObject ? [text(variable.get('Name')), variable.get('Value')] : [text(args[0]), args.length === 2 ? args[1] : null];
        await this.failingAs('Set', args.length, () => this.set(target, value));
        return { value: undefined };
      }
      case 'remove': {
        arity('Remove', args, 1);
        const given = unwrap(args[0]);
        if (given === null || given === undefined) throw invocationFailed('Remove', 1, new DotNetException(R.ArgumentNull('variable'), 'PSArgumentNullException'));
        const target = given instanceof PSObject ? text(given.get('Name')) : text(given);
        await this.failingAs('Remove', 1, () => this.remove(target));
        return { value: undefined };
      }
      default:
        return undefined;
    }
  }

  /** Get-Variable's PSVariable, or $null: a name, not a pattern. */
  private async get1(name: string, signal?: AbortSignal): Promise<unknown> {
    const { scope, bare, env } = scopedName(name);
    if (bare === '' || env || hasWildcard(bare) || !this.session.getVariable(bare, scope)) return null;
    // Dot-sourced, so that the lookup starts in the caller's scope; the name goes in quoted (no $args of the caller's touched).
    const scopeArgument = scope ? ` -Scope ${scope === 'local' ? 'Local' : scope === 'global' ? 'Global' : 'Script'}` : '';
    const found = await this.run(`Microsoft.PowerShell.Utility\\Get-Variable -Name '${bare.replace(/['\u2018-\u201b]/g, '$&$&')}'${scopeArgument} -ErrorAction Ignore`, [], signal, true);
    return found[0] ?? null;
  }

  private set(name: string, value: unknown): void {
    const { scope, bare, env } = scopedName(name);
    if (bare === '') throw new PathError(invalidPath());
    if (env) {
      process.env[bare] = text(value);
      return;
    }
    this.session.setVariable(bare, value, undefined, scope);
  }

  private remove(name: string): void {
    const { scope, bare, env } = scopedName(name);
    if (bare === '') throw new PathError(invalidPath());
    if (env) {
      delete process.env[bare];
      return;
    }
    // The variable the name finds from the caller's scope, in the scope that holds it.
    const holder = scope ?? (['local', 'script', 'global'] as const).find((s) => this.session.getVariable(bare, s) !== undefined && this.session.getVariable(bare, s) === this.session.getVariable(bare));
    const variable = this.session.getVariable(bare, holder);
    if (!variable) return;
    if (variable.options.readOnly || variable.options.constant) {
      throw new PSErrorSignal(new ErrorRecord({ message: R.VariableNotRemovable(variable.name), errorId: 'VariableNotRemovable', category: 'WriteError', exceptionType: 'SessionStateUnauthorizedAccessException' }), 'statement');
    }
    this.session.removeVariable(bare, holder);
  }
}

function invalidPath() {
  return { message: R.ArgumentNotValid('path'), errorId: 'Argument', category: 'InvalidArgument', exceptionType: 'PSArgumentException' };
}

/** CommandInvocationIntrinsics: text expanded or run as a script, script blocks made, commands looked up. */
class CommandInvocationIntrinsics extends Intrinsics {
  constructor(session: Session) {
    super(session, 'CommandInvocationIntrinsics');
    this.properties.set('HasErrors', false);
  }

  override async invoke(name: string, args: readonly unknown[], signal?: AbortSignal): Promise<Called> {
    switch (name.toLowerCase()) {
      case 'expandstring':
        arity('ExpandString', args, 1);
        return { value: await this.expand(text(args[0]), signal) };
      case 'newscriptblock':
        arity('NewScriptBlock', args, 1);
        return { value: scriptBlockOfText('NewScriptBlock', args, this.runner) };
      case 'invokescript': {
        if (args.length === 0) throw noOverload('InvokeScript', 0);
        // InvokeScript(string script, params object[] args): a new scope, as `& { }` has.
        const block = scriptBlockOfText('InvokeScript', args, this.runner);
        const rest = args.length === 2 && Array.isArray(unwrap(args[1])) ? (unwrap(args[1]) as unknown[]) : args.slice(1);
        // Its errors go to the external error pipe (their bare message) and an error that would end a
        // statement ends the script, as in ScriptBlock.Invoke() (pwsh 7.6.10).
        const output = await this.failingAs('InvokeScript', args.length, () => block.invoke({ args: [...rest], externalErrors: true }, signal ?? new AbortController().signal), true);
        return { value: PSObjectCollection.from(output) };
      }
      case 'getcommand': {
        arity('GetCommand', args, 2);
        const commandName = text(args[0]);
        if (commandName === '' || hasWildcard(commandName)) return { value: null };
        const type = unwrap(args[1]);
        const typeText = type instanceof EnumValue ? type.name : text(type);
        let found: unknown[];
        try {
          found = await this.run('param($n, $t) Microsoft.PowerShell.Core\\Get-Command -Name $n -CommandType $t -ErrorAction Ignore', [commandName, typeText], signal);
        } catch (e) {
          // A type that is no CommandTypes: the conversion's error, told of the method's argument.
          if (!(e instanceof PSErrorSignal)) throw e;
          const inner = e.record.message.replace(/^Cannot bind parameter '[^']*'\. /, '');
          throw argumentConversionError('GetCommand', 'type', typeText, `${SMA}.CommandTypes`, inner);
        }
        return { value: found[0] ?? null };
      }
      case 'getcommandname': {
        arity('GetCommandName', args, 3);
        const pattern = text(args[0]);
        const isPattern = Boolean(unwrap(args[1]));
        const found = isPattern || !hasWildcard(pattern) ? await this.run('param($n) Microsoft.PowerShell.Core\\Get-Command -Name $n -ErrorAction Ignore', [pattern], signal) : [];
        const names = new Set<string>();
        for (const c of found) if (c instanceof PSObject) names.add(text(c.get('Name')));
        return { value: listOf([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))) };
      }
      default:
        return undefined;
    }
  }

  /**
   * ExpandString: the text as the inside of a double-quoted string (a `"` in it is a quote), expanded in
   * the caller's scope. It is parsed as a here-string's body; a parse error is told against the text in
   * double quotes, as pwsh tells it.
   */
  private async expand(source: string, signal?: AbortSignal): Promise<string> {
    if (!/[$`]/.test(source)) return source;
    const script = `@"\n${source}\n"@`;
    const parsed = parseScript(script);
    if (parsed.errors.length) {
      const shifted = parsed.errors.map((e) => ({ message: e.message, span: { start: Math.max(0, e.span.start - 2), end: Math.max(0, e.span.end - 2) } }));
      throw invocationFailed('ExpandString', 1, new DotNetException(parseErrorsText(`"${source}"`, shifted), 'ParseException'));
    }
    // Errors inside point into the string as typed in double quotes, on the line it is on (same offsets).
    const block = scriptBlockFromParse(script, parsed, this.runner, `  "${source}"  `);
    const output = await this.failingAs('ExpandString', 1, () => block.invoke({ dotSource: true }, signal ?? new AbortController().signal));
    return text(output[0]);
  }
}

/** ProviderIntrinsics: Item (Exists, Get) and ChildItem (Get) through the FileSystem cmdlets. */
class ProviderIntrinsics extends PSObject {
  constructor(session: Session) {
    super(`${SMA}.ProviderIntrinsics`, {}, undefined, `${SMA}.ProviderIntrinsics`);
    this.properties.set('ChildItem', new ChildItemIntrinsics(session));
    this.properties.set('Content', `${SMA}.ContentCmdletProviderIntrinsics`);
    this.properties.set('Item', new ItemIntrinsics(session));
    this.properties.set('Property', `${SMA}.PropertyCmdletProviderIntrinsics`);
    this.properties.set('SecurityDescriptor', `${SMA}.SecurityDescriptorCmdletProviderIntrinsics`);
  }
}

class ItemIntrinsics extends Intrinsics {
  constructor(session: Session) {
    super(session, 'ItemCmdletProviderIntrinsics');
  }

  override async invoke(name: string, args: readonly unknown[], signal?: AbortSignal): Promise<Called> {
    switch (name.toLowerCase()) {
      case 'exists': {
        arity('Exists', args, 1);
        const path = text(args[0]);
        const found = await this.failingAs('Exists', 1, () => (providerText(this.session, path), this.run('param($p) Test-Path -Path $p', [path], signal)));
        return { value: found[0] === true };
      }
      case 'get': {
        arity('Get', args, 1);
        const found = await this.failingAs('Get', 1, () => this.run('param($p) Get-Item -Path $p -ErrorAction Stop', [text(args[0])], signal));
        return { value: PSObjectCollection.from(found) };
      }
      default:
        return undefined;
    }
  }
}

class ChildItemIntrinsics extends Intrinsics {
  constructor(session: Session) {
    super(session, 'ChildItemCmdletProviderIntrinsics');
  }

  override async invoke(name: string, args: readonly unknown[], signal?: AbortSignal): Promise<Called> {
    if (name.toLowerCase() !== 'get') return undefined;
    arity('Get', args, 2);
    const found = await this.failingAs('Get', 2, () => this.run('param($p, $r) Get-ChildItem -Path $p -Recurse:$r -ErrorAction Stop', [text(args[0]), Boolean(unwrap(args[1]))], signal));
    return { value: PSObjectCollection.from(found) };
  }
}
