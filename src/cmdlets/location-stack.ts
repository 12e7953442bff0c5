// The session's location stacks, which Push-Location, Pop-Location, Get-Location -Stack and Set-Location
// -StackName share: a stack per name (names ignore case), each entry the PathInfo of a location left by
// Push-Location. Without -StackName they use the session's default stack, 'default' until Set-Location
// -StackName names another. The stack called 'default' always exists; another from its first push until
// Pop-Location empties it (pwsh 7.6.10).

import type { CmdletContext, ErrorSpec } from '../engine/cmdlet.js';
import { NamedCollection } from '../engine/named-collection.js';
import { argumentException } from '../engine/paths.js';
import * as R from '../engine/runtime-strings.js';
import type { Session } from '../engine/session.js';
import type { PSObject } from '../engine/values.js';

export const DEFAULT_STACK = 'default';

interface LocationStack {
  name: string;
  entries: PSObject[];
}

const stacksOf = new WeakMap<Session, { stacks: Map<string, LocationStack>; defaultName: string }>();

function stacks(session: Session): { stacks: Map<string, LocationStack>; defaultName: string } {
  let state = stacksOf.get(session);
  if (!state) {
    state = { stacks: new Map([[DEFAULT_STACK, { name: DEFAULT_STACK, entries: [] }]]), defaultName: DEFAULT_STACK };
    stacksOf.set(session, state);
  }
  return state;
}

/** The stack -StackName names, else the default one (made on first use when `create`), or undefined. */
export function locationStack(ctx: CmdletContext, name: string | undefined, create: boolean): LocationStack | undefined {
  const state = stacks(ctx.session);
  const wanted = name ?? state.defaultName;
  const key = wanted.toLowerCase();
  let stack = state.stacks.get(key);
  if (!stack && create) {
    stack = { name: wanted, entries: [] };
    state.stacks.set(key, stack);
  }
  return stack;
}

/** Pop-Location emptied the stack: one other than the one called 'default' is gone with its last entry. */
export function forgetIfEmpty(ctx: CmdletContext, stack: LocationStack): void {
  if (stack.entries.length === 0 && stack.name.toLowerCase() !== DEFAULT_STACK) stacks(ctx.session).stacks.delete(stack.name.toLowerCase());
}

/** Set-Location -StackName: the stack that Push-Location, Pop-Location and Get-Location -Stack use from now on, or undefined when there is none of that name. */
export function makeDefaultStack(ctx: CmdletContext, name: string): LocationStack | undefined {
  const state = stacks(ctx.session);
  const stack = state.stacks.get(name.toLowerCase());
  if (stack) state.defaultName = stack.name;
  return stack;
}

/** A stack as Get-Location -Stack writes it: System.Management.Automation.PathInfoStack (its Name), the last pushed first. */
export function pathInfoStack(stack: LocationStack): NamedCollection<PSObject> {
  return PathInfoStack.forStack(stack);
}

class PathInfoStack extends NamedCollection<PSObject> {
  stackName = '';
  static forStack(stack: LocationStack): PathInfoStack {
    const c = new PathInfoStack();
    for (const entry of [...stack.entries].reverse()) c.push(entry);
    c.dotNetTypeName = 'System.Management.Automation.PathInfoStack';
    c.stackName = stack.name;
    return c;
  }
  override ownProperty(name: string): { value: unknown } | undefined {
    return name.toLowerCase() === 'name' ? { value: this.stackName } : undefined;
  }
}

/** Set-Location -StackName of a stack that does not exist (pwsh's ItemNotFoundException, named as a path). */
export function defaultStackNotFound(name: string): ErrorSpec {
  return { message: `Cannot find path '${name}' because it does not exist.`, errorId: 'StackNotFound', category: 'ObjectNotFound', exceptionType: 'ItemNotFoundException', exceptionFullName: 'System.Management.Automation.ItemNotFoundException', targetObject: name };
}

/** Pop-Location -StackName of a stack that was never pushed to (PSArgumentException). */
export function stackNotFound(name: string): ErrorSpec {
  return argumentException(`Cannot find location stack '${name}'. It does not exist or it is not a container.`);
}

/** Get-Location -StackName of a stack that does not exist. */
export function stackNameNotValid(): ErrorSpec {
  return argumentException(R.ArgumentNotValid('stackName'));
}
