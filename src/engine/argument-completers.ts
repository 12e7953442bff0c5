// The session's argument completers (Register-ArgumentCompleter): script blocks that Tab completion asks
// for a parameter's values, or for everything after a native command's name. Kept in Session.services,
// made by the first registration, so a session that registers none carries nothing.

import type { Session } from './session.js';
import type { ScriptBlock } from './script-block.js';

export const ARGUMENT_COMPLETERS_SERVICE = 'engine.argumentCompleters';

export interface ArgumentCompleters {
  /** `command:parameter` or `parameter` (any command), lower case. */
  readonly parameters: Map<string, ScriptBlock>;
  /** A native command's name, lower case; '' for -NativeFallback's (any native command without one). */
  readonly native: Map<string, ScriptBlock>;
}

/** The session's completers; made when `create` is set, else undefined until something registers. */
export function argumentCompleters(session: Session, create: true): ArgumentCompleters;
export function argumentCompleters(session: Session, create?: false): ArgumentCompleters | undefined;
export function argumentCompleters(session: Session, create = false): ArgumentCompleters | undefined {
  let completers = session.services.get(ARGUMENT_COMPLETERS_SERVICE) as ArgumentCompleters | undefined;
  if (!completers && create) {
    completers = { parameters: new Map(), native: new Map() };
    session.services.set(ARGUMENT_COMPLETERS_SERVICE, completers);
  }
  return completers;
}

/** The completer for a command's parameter: the command's own first, then one for the parameter on any command (as pwsh looks them up). */
export function parameterCompleter(completers: ArgumentCompleters, commandName: string, parameterName: string): ScriptBlock | undefined {
  const parameter = parameterName.toLowerCase();
  return completers.parameters.get(`${commandName.toLowerCase()}:${parameter}`) ?? completers.parameters.get(parameter);
}
