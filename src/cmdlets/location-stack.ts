// The session's location stacks, which Push-Location, Pop-Location and Get-Location -Stack share: a stack
// per name ('default' unless -StackName says otherwise; names ignore case), each entry the PathInfo of a
// location left by Push-Location. The default stack always exists; a named one from its first push.

import type { CmdletContext, ErrorSpec } from '../engine/cmdlet.js';
import { NamedCollection } from '../engine/named-collection.js';
import { argumentException } from '../engine/paths.js';
import * as R from '../engine/runtime-strings.js';
import type { Session } from '../engine/session.js';
import type { PSObject } from '../engine/values.js';

export const DEFAULT_STACK = 'default';

const stacksOf = new WeakMap<Session, Map<string, { name: string; entries: PSObject[] }>>();

function stacks(session: Session): Map<string, { name: string; entries: PSObject[] }> {
  let map = stacksOf.get(session);
  if (!map) {
    map = new Map([[DEFAULT_STACK, { name: DEFAULT_STACK, entries: [] }]]);
    stacksOf.set(session, map);
  }
  return map;
}

/** The stack -StackName names (made on first use when `create`), or undefined. */
export function locationStack(ctx: CmdletContext, name: string | undefined, create: boolean): PSObject[] | undefined {
  const map = stacks(ctx.session);
  const key = (name ?? DEFAULT_STACK).toLowerCase();
  let stack = map.get(key);
  if (!stack && create) {
    stack = { name: name!, entries: [] };
    map.set(key, stack);
  }
  return stack?.entries;
}

/** A stack as Get-Location -Stack writes it: System.Management.Automation.PathInfoStack, the last pushed first. */
export function pathInfoStack(entries: readonly PSObject[]): NamedCollection<PSObject> {
  return NamedCollection.named('System.Management.Automation.PathInfoStack', [...entries].reverse());
}

/** Pop-Location -StackName of a stack that was never pushed to (PSArgumentException). */
export function stackNotFound(name: string): ErrorSpec {
  return argumentException(`Cannot find location stack '${name}'. It does not exist or it is not a container.`);
}

/** Get-Location -StackName of a stack that does not exist. */
export function stackNameNotValid(): ErrorSpec {
  return argumentException(R.ArgumentNotValid('stackName'));
}
