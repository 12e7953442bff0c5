// What the evaluator asks before its own member lookups: the static and instance methods of [regex] and
// [scriptblock] values (regex-type.ts, scriptblock-type.ts), which may run script blocks (a Replace
// MatchEvaluator) and so are asynchronous.

import { regexInstanceMethod, regexStaticMethod, regexStaticProperty, type EvaluatorRunner } from './regex-type.js';
import type { ScriptBlockRunner } from './script-block.js';
import { scriptBlockStaticMethod } from './scriptblock-type.js';
import { constructType } from './types.js';
import { instanceMembersOf } from './instance-members.js';
import { scriptMethod } from './psobject-api.js';
import { MethodGroupValue, methodGroupCall, methodGroupOf, staticMethodGroupOf } from './method-group.js';
import { unwrap } from './convert.js';
import { getMember, invokeMethod } from './values-members.js';
import { MemberError } from './member-error.js';
import { objectStaticCall } from './object-statics.js';
import { staticMethod } from './dotnet-statics.js';
import { isControlTransfer } from './flow.js';
import { methodInvocationFailure, type ScriptBlockMethodServices } from './script-block-methods.js';

/**
 * Runs a Replace MatchEvaluator as a method call runs a script block (script-block-methods.ts): an error
 * that ends the block ends the call, wrapped as Replace's MethodInvocationException.
 */
const evaluator =
  (services: ScriptBlockMethodServices, signal: AbortSignal, count: number): EvaluatorRunner =>
  async (block, match) => {
    try {
      return await services.asMethodCall(() => block.invoke({ args: [match] }, signal));
    } catch (e) {
      if (isControlTransfer(e)) throw e;
      throw methodInvocationFailure('Replace', count, services.toSignal(e).record, services.extent);
    }
  };

/** `[regex]::M(...)`, `[scriptblock]::Create(...)`; undefined for other types and methods. */
export async function languageStaticCall(fullName: string, method: string, args: unknown[], runner: ScriptBlockRunner, services: ScriptBlockMethodServices, signal: AbortSignal): Promise<{ value: unknown } | undefined> {
  return scriptBlockStaticMethod(fullName, method, args, runner) ?? (await regexStaticMethod(fullName, method, args, evaluator(services, signal, args.length)));
}

/** `$regex.M(...)`, `$match.NextMatch()`, `$methodGroup.Invoke(...)`, `$hashtable.Clone()`; undefined for other values and methods. */
export async function languageInstanceCall(target: unknown, method: string, args: unknown[], services: ScriptBlockMethodServices, signal: AbortSignal): Promise<{ value: unknown } | undefined> {
  const group = unwrap(target);
  if (group instanceof MethodGroupValue && group.staticType && method.toLowerCase() === 'invoke') {
    // `([datetime]::new).Invoke(2026, 1, 2)`: the constructor, with ::new's errors.
    if (group.methodName === 'new') return { value: await constructType(group.staticType, args, true) };
    const called = (await regexStaticMethod(group.staticType, group.methodName, args, evaluator(services, signal, args.length))) ?? objectStaticCall(group.methodName, args, [], invokeMethod) ?? staticMethod(group.staticType, group.methodName, args);
    if (called) return called;
  }
  return methodGroupCall(target, method, args, invokeMethod) ?? (await regexInstanceMethod(target, method, args, evaluator(services, signal, args.length)));
}

/** `$x.Name`: the property, or the method group when there is no property but a method of that name. */
export function memberOrMethodGroup(target: unknown, name: string): unknown {
  const value = getMember(target, name);
  if (value !== null && value !== undefined) return value;
  // A script method Add-Member gave the object, named without parentheses: its PSScriptMethod (pwsh 7.6.10).
  const member = instanceMembersOf(unwrap(target))?.get(name);
  if (member?.kind === 'ScriptMethod') return scriptMethod(member, target);
  return methodGroupOf(target, name) ?? value;
}

/** `[regex]::CacheSize`, and `[regex]::Escape` without parentheses (its method group); undefined for other members. */
export function languageStaticProperty(fullName: string, member: string): { value: unknown } | undefined {
  return regexStaticProperty(fullName, member) ?? staticMethodGroupOf(fullName, member);
}

/**
 * AutomationNull (`& {}`) given to a static method whose parameters are numbers: pwsh 7.6.10's binder
 * cannot convert it and the call fails with .NET's ArgumentException, filed under OperationStopped
 * (`[math]::Max((& {}), 1)`). A $null converts; a string or object parameter takes AutomationNull as $null.
 */
export function refuseAutomationNull(fullName: string, raw: readonly unknown[]): void {
  if (fullName === 'System.Math' && raw.some((a) => a === undefined)) throw new MemberError('Argument types do not match', 'System.ArgumentException', 'OperationStopped');
}
