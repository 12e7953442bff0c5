// `enum Name { A; B = 5; C }` and `[Flags()] enum`: the script's own enum types. They join the enums
// the shell knows (enum-types.ts), so casts, `[E]::A`, `-is`, [enum]::GetNames and typed parameters
// treat them as the built-in ones. As in pwsh, a definition made again replaces the type of that name.

import type { TypeDefinition } from '../language/ast.js';
import { toInt, unwrap } from './convert.js';
import { registerEnumType } from './enum-types.js';
import { EnumValue, type EnumType } from './values.js';

type EnumDefinition = Extract<TypeDefinition, { kind: 'enum' }>;

/** The definitions already made (a hoisted definition is not made again where its statement runs). */
const defined = new WeakMap<EnumDefinition, EnumType>();

/** Registers the enum; `evaluate` gives an explicit value's value. */
export async function defineEnum(definition: EnumDefinition, evaluate: (expr: NonNullable<EnumDefinition['members'][number]['value']>) => Promise<unknown>): Promise<EnumType> {
  const known = defined.get(definition);
  if (known) return known;
  const members: Array<{ name: string; value: number }> = [];
  let next = 0;
  for (const m of definition.members) {
    let value = next;
    if (m.value) {
      const v = unwrap(await evaluate(m.value));
      value = v instanceof EnumValue ? v.value : toInt(v);
    }
    members.push({ name: m.name, value });
    next = value + 1;
  }
  // .NET lists an enum's names in the order of their values (a stable sort keeps equal values in declaration order).
  members.sort((a, b) => a.value - b.value);
  const flags = definition.attributes.some((a) => /^(System\.)?Flags(Attribute)?$/i.test(a.name));
  const type: EnumType = { fullName: definition.name, names: members.map((m) => m.name), values: members.map((m) => m.value), flags };
  registerEnumType(type);
  defined.set(definition, type);
  return type;
}
