// The Environment, Function and Alias providers' items as values: what `$function:f` and `$alias:gci` read, and what
// assigning them (or Set-Item/New-Item/Set-Content on Function: and Alias:) does. One place for both,
// so the variable drive and the item cmdlets agree (measured with pwsh 7.6.10):
// - a function's value is its ScriptBlock; setting one takes a script block or text (parsed as a
//   script; a parse error is a ParseException), and $null removes the function;
// - an alias's value is its target's name; setting one (re)points it, and $null removes it.

import type { AliasDefinition, CmdletDefinition, MutableCommands } from './cmdlet.js';
import { toPSString, unwrap } from './convert.js';
import { functionDefinition, isAdvanced, scriptFunctionOf, type FunctionInvoker } from './function-definition.js';
import * as R from './runtime-strings.js';
import { ScriptBlock, type ScriptBlockRunner } from './script-block.js';
import { scriptBlockFromParse } from './scriptblock-type.js';
import { parseScript } from '../language/parser.js';

/** Function text that does not parse: pwsh's ParseException, with the first parse error's id and message. */
export class FunctionTextError extends Error {
  constructor(
    message: string,
    readonly errorId: string,
  ) {
    super(message);
  }
}

/** A value a provider refuses for an item (pwsh's PSArgumentException "value of argument "value" is not valid"). */
export class ItemValueError extends Error {
  constructor() {
    super(R.ArgumentNotValid('value'));
  }
}

/** The function of that name defined by a script (or the shell's own functions), not a cmdlet or alias. */
export function functionNamed(commands: Pick<MutableCommands, 'command'>, name: string): CmdletDefinition | undefined {
  const definition = commands.command(name);
  return definition?.commandType === 'Function' ? definition : undefined;
}

/** `$function:f`: the function's script block, or null when there is no such function. */
export function functionValue(commands: Pick<MutableCommands, 'command'>, name: string): ScriptBlock | null {
  const definition = functionNamed(commands, name);
  return (definition && scriptFunctionOf(definition)?.block) ?? null;
}

/**
 * Defines (or replaces) function `name` from a script block or script text; null or '' removes it.
 * Text is parsed as [scriptblock]::Create parses it (a parse error is its MethodInvocationException).
 */
export function setFunctionValue(commands: MutableCommands, name: string, value: unknown, runner: ScriptBlockRunner & FunctionInvoker): void {
  const raw = unwrap(value);
  if (raw === null || raw === undefined) {
    commands.unregister(name);
    return;
  }
  let block: ScriptBlock;
  if (raw instanceof ScriptBlock) block = raw;
  else if (typeof raw === 'string') block = scriptBlockOf(raw, runner);
  else throw new ItemValueError();
  const existing = functionNamed(commands, name);
  // Set-Item keeps the spelling of a function that exists (`Set-Item function:F` on `f`).
  commands.register(functionDefinition({ name: existing?.name ?? name, block, isFilter: false, advanced: isAdvanced(block) }, runner));
}

/** Text as a function's body; the first parse error is the failure, without its position (as pwsh reports it). */
function scriptBlockOf(text: string, runner: ScriptBlockRunner): ScriptBlock {
  const parsed = parseScript(text);
  const error = parsed.errors[0];
  if (error) throw new FunctionTextError(error.message, error.errorId);
  return scriptBlockFromParse(text, parsed, runner);
}

/** `$env:X = …` and Set-Item Env:X: the value's text; $null (or AutomationNull) or '' removes the variable. */
export function setEnvironmentValue(name: string, value: unknown): void {
  if (value === null || value === undefined || value === '') delete process.env[name];
  else process.env[name] = toPSString(value);
}

/** `$alias:gci`: the alias's target as typed, or null. */
export function aliasValue(commands: Pick<MutableCommands, 'alias'>, name: string): string | null {
  return commands.alias(name)?.target ?? null;
}

/** A change to an alias its options forbid: SessionStateUnauthorizedAccessException (AliasNotWritable or AliasNotRemovable). */
export class AliasProtectedError extends Error {
  readonly errorId: 'AliasNotWritable' | 'AliasNotRemovable';
  constructor(
    readonly aliasName: string,
    removing: boolean,
  ) {
    super(removing ? R.AliasNotRemovable(aliasName) : R.AliasNotWritable(aliasName));
    this.errorId = removing ? 'AliasNotRemovable' : 'AliasNotWritable';
  }
}

const READ_ONLY = 1;
const CONSTANT = 2;

/** Whether the alias's options refuse a change: Constant always, ReadOnly unless forced. */
export function aliasIsProtected(alias: AliasDefinition | undefined, force: boolean): boolean {
  const options = alias?.options ?? 0;
  return (options & CONSTANT) !== 0 || ((options & READ_ONLY) !== 0 && !force);
}

/** Removes an alias its options allow removing (throws AliasProtectedError). */
export function removeAlias(commands: MutableCommands, name: string, force: boolean): void {
  const existing = commands.alias(name);
  if (aliasIsProtected(existing, force)) throw new AliasProtectedError(existing!.name, true);
  commands.unregisterAlias(name);
}

/**
 * Points alias `name` at the command the text names (a new alias if there is none); null removes it.
 * A ReadOnly alias changes only with -Force, a Constant one never (AliasProtectedError).
 */
export function setAliasValue(commands: MutableCommands, name: string, value: unknown, force = false): void {
  const raw = unwrap(value);
  if (raw === null || raw === undefined) {
    removeAlias(commands, name, force);
    return;
  }
  // Only text names a command: a number or '' is refused (pwsh 7.6.10).
  if (typeof raw !== 'string' || raw === '') throw new ItemValueError();
  const existing = commands.alias(name);
  if (aliasIsProtected(existing, force)) throw new AliasProtectedError(existing!.name, false);
  commands.registerAlias({ ...existing, name: existing?.name ?? name, target: raw });
}
