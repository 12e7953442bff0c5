// Session state: variables, the SharePoint connection, error history.
//
// Variable names are case-insensitive (`$userName` is `$username`); the first spelling assigned
// is kept for display, as PowerShell does.

export type VariableOptions = {
  readOnly?: boolean;
  constant?: boolean;
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
  /** Ends the connection: forgets tokens held for it. */
  close(): Promise<void> | void;
}

export class Session {
  readonly #vars = new Map<string, Variable>();
  /** The one SharePoint connection of this session, or null. */
  connection: ConnectionInfo | null = null;
  /** Listeners told when the connection changes (the console's status line). */
  readonly connectionListeners = new Set<(c: ConnectionInfo | null) => void>();
  /** Opaque per-session service state (e.g. the sign-in token cache), keyed by owner. */
  readonly services = new Map<string, unknown>();

  getVariable(name: string): Variable | undefined {
    return this.#vars.get(name.toLowerCase());
  }

  /** Sets a variable, honouring read-only and type constraints (throws their errors). */
  setVariable(name: string, value: unknown, options?: VariableOptions): void {
    const key = name.toLowerCase();
    const existing = this.#vars.get(key);
    if (existing) {
      if (existing.options.readOnly || existing.options.constant) {
        throw new VariableNotWritableError(existing.name);
      }
      existing.value = existing.options.constrain ? existing.options.constrain(value) : value;
      return;
    }
    this.#vars.set(key, { name, value, options: options ?? {} });
  }

  /** Defines or replaces a variable regardless of read-only state (engine use only). */
  defineVariable(name: string, value: unknown, options: VariableOptions = {}): void {
    this.#vars.set(name.toLowerCase(), { name, value, options });
  }

  removeVariable(name: string): void {
    this.#vars.delete(name.toLowerCase());
  }

  variables(): Variable[] {
    return [...this.#vars.values()];
  }

  setConnection(connection: ConnectionInfo | null): void {
    this.connection = connection;
    for (const listener of this.connectionListeners) listener(connection);
  }
}

export class VariableNotWritableError extends Error {
  constructor(readonly variableName: string) {
    super(`Cannot overwrite variable ${variableName} because it is read-only or constant.`);
  }
}
