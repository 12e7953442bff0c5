// Module names a script asked for in this session (Import-Module, Install-Module), so that a later
// "is not recognized" error can name the module the command was expected from. A WeakMap keyed by
// the Session keeps this beside the session state without widening the Session class.

import type { Session } from './session.js';

export class RequestedModules {
  readonly #names = new Map<string, string>();

  /** Remembers a module name as the script spelled it (the first spelling wins). */
  add(name: string): void {
    const key = name.toLowerCase();
    if (!this.#names.has(key)) this.#names.set(key, name);
  }

  /** Every name asked for, in the order first asked. */
  names(): string[] {
    return [...this.#names.values()];
  }

  has(name: string): boolean {
    return this.#names.has(name.toLowerCase());
  }
}

const bySession = new WeakMap<Session, RequestedModules>();

/** The session's requested-module list (created on first use). */
export function requestedModules(session: Session): RequestedModules {
  let list = bySession.get(session);
  if (!list) {
    list = new RequestedModules();
    bySession.set(session, list);
  }
  return list;
}
