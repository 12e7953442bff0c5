// A script's classes as the rest of the engine sees them: the registry of defined classes (by name,
// case-insensitive) and the objects they make. What defines, constructs and calls them is
// class-definition.ts; this module stays small and free of the evaluator so that casts, `-is` and
// member access can recognise a class's object cheaply.

import type { MethodMemberAst, PropertyMemberAst } from '../language/ast.js';
import type { ScriptBlock } from './script-block.js';
import { MemberError } from './member-error.js';
import { GenericList, PSObject } from './values.js';

/** A property as the class declares it (`typeName` undefined: any value). */
export interface ClassProperty {
  readonly name: string;
  readonly typeName?: string;
  readonly hidden: boolean;
  readonly ast: PropertyMemberAst;
}

/** A method or constructor with the script block its body runs as. */
export interface ClassMethod {
  readonly name: string;
  readonly ast: MethodMemberAst;
  readonly block: ScriptBlock;
}

export interface ClassType {
  readonly name: string;
  readonly base?: ClassType;
  /** Instance properties declared by this class (not its bases), in declaration order. */
  readonly properties: readonly ClassProperty[];
  readonly staticProperties: readonly ClassProperty[];
  /** Static properties' values, by lower-case name. */
  readonly staticValues: Map<string, unknown>;
  readonly constructors: readonly ClassMethod[];
  readonly methods: readonly ClassMethod[];
  readonly staticMethods: readonly ClassMethod[];
}

const classes = new Map<string, ClassType>();

export function registerClass(type: ClassType): void {
  classes.set(type.name.toLowerCase(), type);
}

/** The class of this name, if the script defined one. */
export function classNamed(name: string): ClassType | undefined {
  return classes.size === 0 ? undefined : classes.get(name.toLowerCase());
}

/** The class and its bases, the class first. */
export function classChain(type: ClassType): ClassType[] {
  const chain: ClassType[] = [];
  for (let t: ClassType | undefined = type; t; t = t.base) chain.push(t);
  return chain;
}

/** An object of a script's class: its properties, in pwsh's order (the class's own first, then each base's). */
export class ClassInstance extends PSObject {
  /** The text of an overridden ToString(), refreshed after each call that may change it (class-definition.ts). */
  text: string | undefined;
  constructor(readonly classType: ClassType) {
    const chain = classChain(classType);
    const all = chain.flatMap((t) => t.properties);
    super(
      classType.name,
      {},
      all.filter((p) => !p.hidden).map((p) => p.name),
    );
    for (const p of all) this.properties.set(p.name, initialValue(p.typeName));
    this.typeNames = GenericList.from([...chain.map((t) => t.name), 'System.Object']) as GenericList<string>;
  }
  /** `-is [Base]`: the class or one of its bases. */
  isA(name: string): boolean {
    return classChain(this.classType).some((t) => t.name.toLowerCase() === name.toLowerCase());
  }
  /** The declared property of this name (the class's own or a base's). */
  propertyNamed(name: string): ClassProperty | undefined {
    for (const t of classChain(this.classType)) {
      const p = t.properties.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (p) return p;
    }
    return undefined;
  }
  /** A property of the class's, converted to its type; a class has no other properties to set. */
  override assign(name: string, value: unknown): boolean {
    const p = this.propertyNamed(name);
    if (!p) throw new MemberError(`The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`, 'PropertyAssignmentException');
    this.properties.set(p.name, p.typeName ? convertProperty(p.typeName, value) : value);
    return true;
  }
  override toString(): string {
    return this.text ?? this.typeName;
  }
}

/** A typed property's value before anything is assigned: a value type's zero, else $null. */
function initialValue(typeName: string | undefined): unknown {
  const t = typeName?.toLowerCase().replace(/^system\./, '');
  if (t === 'int' || t === 'int32' || t === 'long' || t === 'int64' || t === 'double' || t === 'decimal' || t === 'byte' || t === 'single' || t === 'float') return convertProperty(typeName!, 0);
  if (t === 'bool' || t === 'boolean') return false;
  return null;
}

/** How a typed property converts what it is given; set by class-definition.ts (which may load types.ts). */
let converter: (typeName: string, value: unknown) => unknown = (_t, v) => v;
export function setPropertyConverter(f: (typeName: string, value: unknown) => unknown): void {
  converter = f;
}
export function convertProperty(typeName: string, value: unknown): unknown {
  return converter(typeName, value);
}
