// What the evaluator asks before its own member lookups: the static and instance methods of [regex] and
// [scriptblock] values (regex-type.ts, scriptblock-type.ts), which may run script blocks (a Replace
// MatchEvaluator) and so are asynchronous.

import { regexInstanceMethod, regexStaticMethod, regexStaticProperty, type EvaluatorRunner } from './regex-type.js';
import type { ScriptBlockRunner } from './script-block.js';
import { scriptBlockStaticMethod } from './scriptblock-type.js';

const evaluator =
  (signal: AbortSignal): EvaluatorRunner =>
  (block, match) =>
    block.invoke({ args: [match] }, signal);

/** `[regex]::M(...)`, `[scriptblock]::Create(...)`; undefined for other types and methods. */
export async function languageStaticCall(fullName: string, method: string, args: unknown[], runner: ScriptBlockRunner, signal: AbortSignal): Promise<{ value: unknown } | undefined> {
  return scriptBlockStaticMethod(fullName, method, args, runner) ?? (await regexStaticMethod(fullName, method, args, evaluator(signal)));
}

/** `$regex.M(...)`, `$match.NextMatch()`; undefined for other values and methods. */
export function languageInstanceCall(target: unknown, method: string, args: unknown[], signal: AbortSignal): Promise<{ value: unknown } | undefined> {
  return regexInstanceMethod(target, method, args, evaluator(signal));
}

export { regexStaticProperty as languageStaticProperty };
