// Session state: variables in a stack of scopes (global, script, local), the SharePoint
// connection, error history.
//
// The session history (Get-History) is here too: every front end of one session feeds the same store.
//
// Variable names are case-insensitive (`$userName` is `$username`); the first spelling assigned
// is kept for display, as PowerShell does.

import { SessionHistory } from './session-history.js';
import { builtInPrompt } from './built-in-prompt.js';
import type { TypeMemberSource } from './instance-members.js';

export type VariableOptions = {
  readOnly?: boolean;
  constant?: boolean;
  /** ScopedItemOptions.Private: seen only from the scope that holds it, not from the scopes under it. */
  private?: boolean;
  /** ScopedItemOptions.AllScope: one variable shared with every scope made under its own (and removed from all). */
  allScope?: boolean;
  /** ScopedItemOptions.Unspecified: no meaning for a variable; kept to be shown as it was given. */
  unspecified?: boolean;
  /** Converts an assigned value or throws the conversion error (type-constrained variables). */
  constrain?: (value: unknown) => unknown;
  description?: string;
};

export interface Variable {
  name: string;
  value: unknown;
  options: VariableOptions;
}

/** What the console's status line and Get-Variable need to know about the connection. */
export interface ConnectionInfo {
  /** The admin site URL given to Connect-SPOService. */
  url: string;
  /** The signed-in account (UPN). */
  account: string;
  /** Cloud name as -Region names it: Default, ITAR, Germany, China, or Custom. */
  cloud: string;
  /** How the session is signed in: a user, an app (certificate) or a managed identity. */
  signedInAs?: 'user' | 'app' | 'managedIdentity';
  /** Ends the connection: forgets tokens held for it. */
  close(): Promise<void> | void;
}

/** The scope a `$global:`/`$script:`/`$local:` prefix names; undefined = the usual lookup. */
export type ScopeName = 'global' | 'script' | 'local';

/** A scope as -Scope names it: by name, or by how many scopes out from the current one (0). */
export type ScopeRef = ScopeName | number;

/** One scope's variables (a child scope sees its parents' variables until it assigns its own). */
class Scope {
  readonly vars = new Map<string, Variable>();
  /** Whether an AllScope variable was ever stored here: only then does a new child scope look for them to copy. */
  hasAllScope = false;
  constructor(
    readonly parent: Scope | undefined,
    /** A script's own scope: `$script:` resolves to the nearest one (the global scope at the prompt). */
    readonly isScript: boolean,
    /** A script module's own scope (Import-Module of a .psm1): the module it belongs to (engine/script-modules.ts). */
    readonly module?: object,
  ) {
    // pwsh puts every AllScope variable of the parent into a new scope: the same variable, so an
    // assignment in the child changes it everywhere.
    if (parent?.hasAllScope) {
      for (const [key, v] of parent.vars) if (v.options.allScope) this.vars.set(key, v);
      this.hasAllScope = true;
    }
  }

  store(key: string, v: Variable): void {
    this.vars.set(key, v);
    if (v.options.allScope) this.hasAllScope = true;
  }
}

/** A scope stack as Session.forkScopes hands it out (opaque outside this file). */
export type ScopeStack = readonly object[];

export { builtInPrompt };

export class Session {
  /** The scope stack, global first; the last one is the current (local) scope. */
  #scopes: Scope[] = [new Scope(undefined, true)];
  /** The one SharePoint connection of this session, or null. */
  connection: ConnectionInfo | null = null;
  /** Listeners told when the connection changes (the console's status line). */
  readonly connectionListeners = new Set<(c: ConnectionInfo | null) => void>();
  /**
   * The current location (Get-Location/Set-Location): every file cmdlet resolves relative paths
   * against it, never against the process's working folder, so `cd` in one shell cannot move
   * another shell of the same process.
   */
  location: string = process.cwd();
  /**
   * `$using:` values of a ForEach-Object -Parallel runspace (engine/runspace.ts), by lower-case name: taken
   * from the caller when the command starts. Undefined in every other session, where `$using:` is an error.
   */
  usingValues: ReadonlyMap<string, unknown> | undefined;
  /**
   * What the built-in `prompt` function returns (the console's prompt): `spo> `, or `spo [sandbox]> `
   * when the session signs in to the sandbox tenant. A `function prompt` of the user's replaces it.
   */
  defaultPrompt = builtInPrompt(false);
  /** The types' members and display sets Update-TypeData gave this session (type-data.ts); made on first use. */
  typeData: TypeMemberSource | undefined;
  /** Set-StrictMode: 0 off, 1 unset variables are errors, 2 and up also missing properties (Latest is 3). */
  strictVersion = 0;
  /** The number of the input being run (each line of the console, the one script of -c/-f): InvocationInfo.HistoryId. */
  historyId = 1;
  #history: SessionHistory | undefined;
  /** The inputs run so far (Get-History); made on first use, sized by $MaximumHistoryCount. */
  get history(): SessionHistory {
    return (this.#history ??= new SessionHistory(() => this.getVariable('MaximumHistoryCount', 'global')?.value));
  }
  /** Opaque per-session service state (e.g. the sign-in token cache), keyed by owner. */
  readonly services = new Map<string, unknown>();
  /**
   * Global variables defined when first needed (automatic-variables.ts: those pwsh has in every session and
   * scripts seldom read, so that a start does not pay for them): whether a lower-case name is one of them,
   * and what defines them all. Both undefined once they are defined.
   */
  #deferredNames: ((key: string) => boolean) | undefined;
  #defineDeferred: ((session: Session) => void) | undefined;

  /** Defers the definition of the global variables `names` says are `define`'s until one of them is looked up, assigned or removed, or the variables are listed. */
  deferGlobalVariables(names: (key: string) => boolean, define: (session: Session) => void): void {
    this.#deferredNames = names;
    this.#defineDeferred = define;
  }

  /** Defines the deferred variables if `key` is one of them (any key: undefined). */
  #settle(key?: string): void {
    if (!this.#deferredNames || (key !== undefined && !this.#deferredNames(key))) return;
    const define = this.#defineDeferred!;
    this.#deferredNames = this.#defineDeferred = undefined;
    define(this);
    // The scopes made meanwhile get the new AllScope ones, as they would have had them from the start.
    const global = this.#scopes[0]!;
    for (const s of this.#scopes.slice(1)) {
      for (const [k, v] of global.vars) if (v.options.allScope && !s.vars.has(k)) s.store(k, v);
    }
  }

  /**
   * Enters a child scope (a script block, a function, a script with `isScript`). A closure's block
   * (GetNewClosure) gives the scope it captured as the new scope's parent in place of the caller's.
   */
  pushScope(options: { isScript?: boolean; parent?: object } = {}): void {
    this.#scopes.push(new Scope((options.parent as Scope | undefined) ?? this.#current, options.isScript ?? false));
  }

  /**
   * A script module's scope (engine/script-modules.ts): a script scope under the global one, as pwsh gives
   * each module a session state of its own whose parent is the global scope.
   */
  newModuleScope(module: object): object {
    return new Scope(this.#scopes[0], true, module);
  }

  /** Makes a scope from newModuleScope the current one (the module's script runs in it); popScope leaves it. */
  enterScope(scope: object): void {
    this.#scopes.push(scope as Scope);
  }

  /** A module scope's own variables (Export-ModuleMember -Variable picks from them). */
  moduleVariables(scope: object): Variable[] {
    return [...(scope as Scope).vars.values()];
  }

  /** The module whose code is running (its scope encloses the current one), or undefined outside every module. */
  currentModule(): object | undefined {
    return this.#moduleScope()?.module;
  }

  /** The scope of the module whose code is running: its functions' scopes hang under it. */
  currentModuleScope(): object | undefined {
    return this.#moduleScope();
  }

  #moduleScope(): Scope | undefined {
    for (let s: Scope | undefined = this.#current; s; s = s.parent) if (s.module) return s;
    return undefined;
  }

  /**
   * ScriptBlock.GetNewClosure's scope: copies of the current scope's own variables (their values now),
   * under the global scope, so the closure sees them as they were and no longer sees its callers'.
   * Read-only, constant, AllScope and computed variables (automatic ones) are not copied: the global
   * scope still answers for them.
   */
  captureLocals(): object {
    const captured = new Scope(this.#scopes[0], false);
    for (const [key, v] of this.#current.vars) {
      const computed = Object.getOwnPropertyDescriptor(v, 'value')?.get !== undefined;
      if (computed || v.options.readOnly || v.options.constant || v.options.allScope) continue;
      captured.store(key, { name: v.name, value: v.value, options: { ...v.options } });
    }
    return captured;
  }

  /**
   * A copy of the scope stack for one command of a pipeline: the commands of `a | b` run in turns (b's
   * process block inside a's output), each in its own stack (a function's scope on top of the caller's).
   */
  forkScopes(): ScopeStack {
    return [...this.#scopes];
  }

  /** Makes `stack` the current scope stack; returns the one it replaces (to give back afterwards). */
  useScopes(stack: ScopeStack): ScopeStack {
    const previous = this.#scopes;
    this.#scopes = stack as Scope[];
    return previous;
  }

  /** How many scopes enclose the current one (0 at the prompt): the largest number -Scope accepts. */
  get scopeDepth(): number {
    return this.#scopes.length - 1;
  }

  /** Leaves the current scope; the global scope stays. */
  popScope(): void {
    if (this.#scopes.length > 1) this.#scopes.pop();
  }

  get #current(): Scope {
    return this.#scopes[this.#scopes.length - 1]!;
  }

  /**
   * An opaque handle to a scope, for what other modules keep per scope (New-PSDrive's drives): a named
   * one, or `up` scopes above the current one; undefined when there are not that many.
   */
  scopeHandle(scope: ScopeRef): object | undefined {
    if (typeof scope === 'string') return this.#scope(scope);
    let s: Scope | undefined = this.#current;
    for (let i = 0; i < scope && s; i++) s = s.parent;
    return s;
  }

  /** The handles of the scopes seen from the current one, nearest first (the global scope last). */
  visibleScopeHandles(): object[] {
    const handles: object[] = [];
    for (let s: Scope | undefined = this.#current; s; s = s.parent) handles.push(s);
    return handles;
  }

  #scope(name: ScopeRef | undefined): Scope {
    if (typeof name === 'number') {
      // -Scope N: N scopes out (the cmdlets have checked that there are that many).
      let s = this.#current;
      for (let i = 0; i < name && s.parent; i++) s = s.parent;
      return s;
    }
    if (name === 'global') return this.#scopes[0]!;
    if (name === 'script') {
      // Inside a module's code `$script:` is the module's scope, wherever its function was called from.
      const module = this.#moduleScope();
      if (module) return module;
      for (let i = this.#scopes.length - 1; i > 0; i--) if (this.#scopes[i]!.isScript) return this.#scopes[i]!;
      return this.#scopes[0]!;
    }
    return this.#current;
  }

  /**
   * Finds a variable: in the named scope only, or from the current scope outwards. A Private variable
   * of another scope than the current one is not seen (`$global:p` from a child scope neither).
   */
  getVariable(name: string, scope?: ScopeRef): Variable | undefined {
    const key = name.toLowerCase();
    // A scope of 0 (`-Scope 0`) is the current one, not the usual lookup.
    if (scope !== undefined) {
      const v = this.#visible(this.#scope(scope), key);
      if (v) return v;
    } else {
      for (let s: Scope | undefined = this.#current; s; s = s.parent) {
        const v = this.#visible(s, key);
        if (v) return v;
      }
    }
    // Not found: one of the deferred ones is defined now.
    return this.#deferredNames?.(key) ? (this.#settle(key), this.getVariable(key, scope)) : undefined;
  }

  #visible(s: Scope, key: string): Variable | undefined {
    const v = s.vars.get(key);
    return v?.options.private && s !== this.#current ? undefined : v;
  }

  /**
   * Sets a variable, honouring read-only and type constraints (throws their errors). Without a
   * scope name, an existing variable of the current scope is updated, else one is created there.
   */
  setVariable(name: string, value: unknown, options?: VariableOptions, scope?: ScopeRef): void {
    const key = name.toLowerCase();
    this.#settle(key);
    // $null takes any value and keeps none (PowerShell's NullVariable): `$null = f`, `-OutVariable null`.
    if (key === 'null' && !options) return;
    const target = this.#scope(scope);
    const existing = this.#visible(target, key);
    if (existing || scope === undefined) {
      // A read-only or constant variable of an outer scope cannot be hidden by assignment either
      // (pwsh 7.6: `function f { $PID = 1 }` fails); a type constraint does not carry over.
      const locked = existing ?? this.#readOnlyOuter(key);
      if (locked && (locked.options.readOnly || locked.options.constant)) throw new VariableNotWritableError(locked.name);
    }
    if (existing) {
      // A new type constraint (`[string]$n = …` after `[int]$n = …`) replaces the old one.
      if (options?.constrain) existing.options = { ...existing.options, constrain: options.constrain };
      else if (existing.options.constrain) value = existing.options.constrain(value);
      existing.value = value;
      return;
    }
    target.store(key, { name, value, options: options ?? {} });
  }

  #readOnlyOuter(key: string): Variable | undefined {
    for (let s = this.#current.parent; s; s = s.parent) {
      const v = this.#visible(s, key);
      if (v) return v;
    }
    return undefined;
  }

  /**
   * Defines or replaces a variable regardless of read-only state (engine use only). An AllScope
   * variable is changed in place, so that every scope sharing it sees the change.
   */
  defineVariable(name: string, value: unknown, options: VariableOptions = {}, scope?: ScopeRef): void {
    const key = name.toLowerCase();
    this.#settle(key);
    const target = this.#scope(scope);
    const existing = target.vars.get(key);
    if (existing?.options.allScope) {
      existing.value = value;
      existing.options = options;
      if (options.allScope) target.hasAllScope = true;
      return;
    }
    target.store(key, { name, value, options });
  }

  /** Makes the current scope's variable `name` Private (`$private:x = …`). */
  makePrivate(name: string): void {
    this.#settle(name.toLowerCase());
    const v = this.#current.vars.get(name.toLowerCase());
    if (v) v.options = { ...v.options, private: true };
  }

  /** A global variable whose value is computed when read ($PWD follows the location); assignments are ignored. */
  defineComputedVariable(name: string, compute: () => unknown, options: VariableOptions = {}): void {
    const variable: Variable = {
      name,
      get value() {
        return compute();
      },
      set value(_ignored: unknown) {},
      options,
    };
    this.#scopes[0]!.vars.set(name.toLowerCase(), variable);
  }

  /** Removes a variable; an AllScope one goes from every scope that shares it (as in pwsh). */
  removeVariable(name: string, scope?: ScopeRef): void {
    const key = name.toLowerCase();
    this.#settle(key);
    const target = this.#scope(scope);
    const v = target.vars.get(key);
    target.vars.delete(key);
    if (v?.options.allScope) for (const s of this.#scopes) if (s.vars.get(key) === v) s.vars.delete(key);
  }

  /**
   * The variables one scope holds itself (`Get-Variable -Scope`): a named one, or `up` scopes above the
   * current one; an AllScope variable is in every scope. A Private variable of another scope is not seen.
   */
  variablesIn(scope: ScopeRef): Variable[] {
    this.#settle();
    const s = this.scopeHandle(scope) as Scope | undefined;
    return s ? [...s.vars.keys()].map((key) => this.#visible(s, key)).filter((v): v is Variable => v !== undefined) : [];
  }

  /** The variables visible from the current scope (an inner one hides an outer one of the same name). */
  variables(): Variable[] {
    this.#settle();
    const seen = new Map<string, Variable>();
    for (let s: Scope | undefined = this.#current; s; s = s.parent) {
      for (const key of s.vars.keys()) {
        const v = seen.has(key) ? undefined : this.#visible(s, key);
        if (v) seen.set(key, v);
      }
    }
    return [...seen.values()];
  }

  setConnection(connection: ConnectionInfo | null): void {
    this.connection = connection;
    for (const listener of this.connectionListeners) listener(connection);
  }
}

/**
 * A variable's validation attribute refused a value ($MaximumHistoryCount's [ValidateRange(1, 32767)]):
 * pwsh's ValidationMetadataException, `ValidateSetFailure`, MetadataError.
 */
export class VariableValidationError extends Error {
  constructor(readonly variableName: string, valueText: string) {
    super(`The variable cannot be validated because the value ${valueText} is not a valid value for the ${variableName} variable.`);
  }
}

export class VariableNotWritableError extends Error {
  constructor(readonly variableName: string) {
    super(`Cannot overwrite variable ${variableName} because it is read-only or constant.`);
  }
}
