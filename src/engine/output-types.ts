// A function's [OutputType(...)] attributes: what Get-Command's OutputType and Get-Help's return values name.

import type { Expr } from '../language/ast.js';
import type { CmdletDefinition } from './cmdlet.js';
import { scriptFunctionOf } from './function-definition.js';

/** The names a function's [OutputType(...)] attributes give, in order: a type literal's or a string's. Cmdlets declare none here. */
export function outputTypeNames(def: CmdletDefinition): string[] {
  const fn = scriptFunctionOf(def);
  if (!fn) return [];
  const names: string[] = [];
  const collect = (e: Expr): void => {
    if (e.kind === 'typeLiteral') names.push(e.typeName);
    else if (e.kind === 'string') names.push(e.value);
    else if (e.kind === 'array') e.elements.forEach(collect);
  };
  for (const a of fn.block.ast.attributes) if (a.name.toLowerCase() === 'outputtype') a.positional.forEach(collect);
  return names;
}
