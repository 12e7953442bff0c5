// `class Name [: Base] { properties; constructors; methods }`: defining a script's class, making its
// objects (`[C]::new()`, New-Object, `[C]@{ … }`) and calling its methods. A method's or constructor's
// body runs as a script block with `$this` bound (script-invocation.ts, ScriptBlockInvocation.method):
// what its statements write is dropped and only `return`'s value comes back, converted to the
// declared return type, as in pwsh.

import type { Expr, TypeDefinition } from '../language/ast.js';
import { ClassInstance, classChain, classNamed, registerClass, type ClassMethod, type ClassProperty, type ClassType } from './class-instance.js';
import { collapse, toPSString, typeNameOf, unwrap, exceptionValueText } from './convert.js';
import { ConversionError } from './conversion-error.js';
import { MethodCallError, noOverload } from './member-error.js';
import { ScriptBlock, type ScriptBlockRunner } from './script-block.js';
import type { SourceMap } from './source-map.js';
import { castTo, resolveTypeName, TypeNotFoundError } from './types.js';
import { PSHashtable } from './values.js';
import { powershellTypeText } from './generic-types.js';

type ClassDefinition = Extract<TypeDefinition, { kind: 'class' }>;

/** What a class needs of the evaluator: an expression evaluated where the class was written. */
export interface ClassServices {
  readonly source: SourceMap;
  readonly runner: ScriptBlockRunner;
  evaluate(expr: Expr, signal: AbortSignal): Promise<unknown>;
}

interface DefinedClass extends ClassType {
  readonly services: ClassServices;
}

const defined = new WeakMap<ClassDefinition, DefinedClass>();

/** Registers the class (again, when its statement runs after the script's start defined it). */
export async function defineClass(definition: ClassDefinition, services: ClassServices, signal: AbortSignal): Promise<ClassType> {
  const known = defined.get(definition);
  if (known) {
    registerClass(known);
    return known;
  }
  const baseName = definition.baseTypes[0];
  const base = baseName === undefined ? undefined : classNamed(baseName);
  if (baseName !== undefined && !base) {
    // A .NET base type is outside the subset; one that does not exist is pwsh's parse-time error.
    resolveTypeName(baseName);
    throw new TypeNotFoundError(baseName);
  }
  const property = (p: ClassDefinition['properties'][number]): ClassProperty => ({ name: p.name, typeName: p.typeName, hidden: p.isHidden, ast: p });
  const method = (m: ClassDefinition['methods'][number]): ClassMethod => ({ name: m.name, ast: m, block: new ScriptBlock(m.body, services.source, services.runner) });
  const type: DefinedClass = {
    name: definition.name,
    base,
    properties: definition.properties.filter((p) => !p.isStatic).map(property),
    staticProperties: definition.properties.filter((p) => p.isStatic).map(property),
    staticValues: new Map(),
    constructors: definition.methods.filter((m) => m.isConstructor && !m.isStatic).map(method),
    methods: definition.methods.filter((m) => !m.isConstructor && !m.isStatic).map(method),
    staticMethods: definition.methods.filter((m) => !m.isConstructor && m.isStatic).map(method),
    services,
  };
  for (const p of type.staticProperties) {
    const value = p.ast.defaultValue ? unwrap(await services.evaluate(p.ast.defaultValue, signal)) : null;
    type.staticValues.set(p.name.toLowerCase(), p.typeName ? castTo(p.typeName, value) : value);
  }
  defined.set(definition, type);
  registerClass(type);
  return type;
}


/** `[C]::new(args)`, `New-Object C`: a new object, its constructors run from the base class down. */
export async function constructClass(type: ClassType, args: readonly unknown[], signal: AbortSignal): Promise<ClassInstance> {
  if (!type.constructors.some((c) => c.ast.body.parameters?.length === args.length) && !(args.length === 0 && type.constructors.length === 0)) throw noOverload('new', args.length);
  const instance = new ClassInstance(type);
  await runConstructor(type as DefinedClass, instance, args, signal);
  await refreshText(instance, signal);
  return instance;
}

/** One class's part of construction: its base's, its property initializers, then its constructor's body. */
async function runConstructor(type: DefinedClass, instance: ClassInstance, args: readonly unknown[], signal: AbortSignal): Promise<void> {
  const ctor = type.constructors.find((c) => c.ast.body.parameters?.length === args.length);
  const initialize = async (baseArgs: readonly unknown[]) => {
    if (type.base) {
      const base = type.base as DefinedClass;
      if (!base.constructors.some((c) => c.ast.body.parameters?.length === baseArgs.length) && !(baseArgs.length === 0 && base.constructors.length === 0)) throw noOverload('new', baseArgs.length);
      await runConstructor(base, instance, baseArgs, signal);
    }
    for (const p of type.properties) {
      if (p.ast.defaultValue) instance.assign(p.name, unwrap(await type.services.evaluate(p.ast.defaultValue, signal)));
    }
  };
  if (!ctor) {
    if (args.length) throw noOverload('new', args.length);
    await initialize([]);
    return;
  }
  const converted = convertArguments(ctor, 'new', args);
  await ctor.block.invoke(
    {
      args: converted,
      thisValue: { value: instance },
      // pwsh runs a constructor with no InvocationInfo of its own: Write-Error inside points at the statement;
      // an error that would end a statement ends the constructor (pwsh 7.6.10).
      anonymousInvocation: true,
      propagatingErrors: true,
      method: {
        frameName: type.name,
        prologue: async () => {
          const baseArgs: unknown[] = [];
          for (const e of ctor.ast.baseArguments ?? []) baseArgs.push(unwrap(await type.services.evaluate(e, signal)));
          await initialize(baseArgs);
        },
      },
    },
    signal,
  );
}

/** Each argument converted to its parameter's type, worded as pwsh's method binder words a failure. */
function convertArguments(method: ClassMethod, shownName: string, args: readonly unknown[]): unknown[] {
  const parameters = method.ast.body.parameters ?? [];
  return args.map((a, i) => {
    const p = parameters[i];
    if (!p?.typeName) return a;
    try {
      return castTo(p.typeName, a);
    } catch (e) {
      if (!(e instanceof ConversionError)) throw e;
      const target = String(resolveTypeName(p.typeName).get('FullName'));
      throw new MethodCallError(`Cannot convert argument "${p.name}", with value: "${exceptionValueText(a)}", for "${shownName}" to type "${target}": "${e.message}"`, 'MethodException', 'MethodArgumentConversionInvalidCastArgument');
    }
  });
}

/** `[C]@{ Prop = value }`: the parameterless constructor, then each key set as a property. */
export async function classFromHashtable(type: ClassType, table: PSHashtable, signal: AbortSignal): Promise<ClassInstance> {
  if (type.constructors.length && !type.constructors.some((c) => (c.ast.body.parameters?.length ?? 0) === 0)) {
    throw new ConversionError(`Cannot convert the "${toPSString(table)}" value of type "${typeNameOf(table)}" to type "${type.name}".`);
  }
  const instance = await constructClass(type, [], signal);
  for (const [k, v] of table.entries()) {
    const name = toPSString(k);
    try {
      if (!instance.propertyNamed(name)) {
        const settable = classChain(type).flatMap((t) => t.properties).map((p) => `${p.name} <${p.typeName ? String(resolveTypeName(p.typeName).get('FullName')) : 'System.Object'}>`);
        throw new ConversionError(`Cannot create object of type "${type.name}". The property '${name}' was not found for the '${type.name}' object. The settable properties are: [${settable.join(', ')}].`, 'ObjectCreationError');
      }
      instance.assign(name, v);
    } catch (e) {
      if (e instanceof ConversionError && e.errorId !== 'ObjectCreationError') throw new ConversionError(`Cannot create object of type "${type.name}". ${e.message}`, 'ObjectCreationError');
      throw e;
    }
  }
  await refreshText(instance, signal);
  return instance;
}

/** `$o.Name(args)` for a class's object: its method (the class's own before a base's), or undefined when it has none of that name. */
export async function invokeClassMethod(instance: ClassInstance, name: string, args: readonly unknown[], signal: AbortSignal, from?: ClassType): Promise<{ value: unknown } | undefined> {
  const lower = name.toLowerCase();
  const chain = classChain(from ?? instance.classType);
  const named = chain.flatMap((t) => t.methods.filter((m) => m.name.toLowerCase() === lower));
  if (named.length === 0) return undefined;
  const method = named.find((m) => (m.ast.body.parameters?.length ?? 0) === args.length);
  if (!method) throw noOverload(named[0]!.name, args.length);
  const value = await runMethod(method, instance, args, signal);
  await refreshText(instance, signal);
  return { value };
}

/** `[C]::Name(args)`: a static method, or undefined when the class has none of that name. */
export async function invokeStaticMethod(type: ClassType, name: string, args: readonly unknown[], signal: AbortSignal): Promise<{ value: unknown } | undefined> {
  const lower = name.toLowerCase();
  const named = classChain(type).flatMap((t) => t.staticMethods.filter((m) => m.name.toLowerCase() === lower));
  if (named.length === 0) return undefined;
  const method = named.find((m) => (m.ast.body.parameters?.length ?? 0) === args.length);
  if (!method) throw noOverload(named[0]!.name, args.length);
  return { value: await runMethod(method, undefined, args, signal) };
}

async function runMethod(method: ClassMethod, instance: ClassInstance | undefined, args: readonly unknown[], signal: AbortSignal): Promise<unknown> {
  const call: { returned?: unknown[]; frameName: string } = { frameName: method.name };
  const returnType = method.ast.returnType;
  const isVoid = returnType !== undefined && /^(system\.)?void$/i.test(returnType);
  // pwsh runs a method with no InvocationInfo of its own (Write-Error inside points at the statement); an
  // error that would end a statement ends the method; a method that returns a value writes its errors to
  // the external error pipe: their bare message (7.6.10).
  const errors = isVoid ? { propagatingErrors: true as const } : { externalErrors: true as const };
  await method.block.invoke({ args: convertArguments(method, method.name, args), thisValue: instance ? { value: instance } : undefined, method: call, anonymousInvocation: true, ...errors }, signal);
  if (isVoid) return undefined;
  const value = collapse(call.returned ?? []);
  return returnType === undefined ? value : castTo(returnType, value);
}

/** The class that holds a static property of this name (the class or a base), if any. */
function staticOwner(type: ClassType, name: string): ClassType | undefined {
  return classChain(type).find((t) => t.staticValues.has(name.toLowerCase()));
}

/** `[C]::Name`: a static property's value; undefined when the class has none of that name. */
export function staticPropertyOf(type: ClassType, name: string): { value: unknown } | undefined {
  const owner = staticOwner(type, name);
  return owner ? { value: owner.staticValues.get(name.toLowerCase()) } : undefined;
}

/** `[C]::Name = value`: false when the class has no static property of that name. */
export function setStaticProperty(type: ClassType, name: string, value: unknown): boolean {
  const owner = staticOwner(type, name);
  if (!owner) return false;
  const p = owner.staticProperties.find((x) => x.name.toLowerCase() === name.toLowerCase());
  try {
    owner.staticValues.set(name.toLowerCase(), p?.typeName ? castTo(p.typeName, value) : value);
  } catch (e) {
    if (e instanceof ConversionError) throw new MethodCallError(`Exception setting "${p?.name ?? name}": "${e.message}"`, 'SetValueInvocationException', 'ExceptionWhenSetting');
    throw e;
  }
  return true;
}

/** An object whose class overrides ToString(): its text, kept for the readers that cannot run a method. */
export async function refreshText(instance: ClassInstance, signal: AbortSignal): Promise<void> {
  const method = classChain(instance.classType)
    .flatMap((t) => t.methods)
    .find((m) => m.name.toLowerCase() === 'tostring' && (m.ast.body.parameters?.length ?? 0) === 0);
  if (!method) return;
  instance.text = toPSString(await runMethod(method, instance, [], signal));
}

/** A declared type as Get-Member writes it (`int`, `string`, `System.Object` when there is none). */
function memberTypeText(typeName: string | undefined): string {
  if (typeName === undefined) return 'System.Object';
  try {
    return powershellTypeText(String(resolveTypeName(typeName).get('FullName')));
  } catch {
    return typeName;
  }
}

/** Get-Member's rows for a class's object: its methods and properties (not hidden ones), the class's own over a base's. */
export function classMemberRows(instance: ClassInstance): Array<readonly [string, string, string]> {
  const rows = new Map<string, readonly [string, string, string]>();
  const chain = classChain(instance.classType);
  for (const t of chain) {
    for (const m of t.methods) {
      if (m.ast.isHidden) continue;
      const parameters = (m.ast.body.parameters ?? []).map((p) => `${memberTypeText(p.typeName)} ${p.name}`).join(', ');
      const key = `m ${m.name.toLowerCase()}`;
      if (!rows.has(key)) rows.set(key, [m.name, 'Method', `${memberTypeText(m.ast.returnType ?? 'void')} ${m.name}(${parameters})`]);
    }
  }
  for (const t of chain) {
    for (const p of t.properties) {
      const key = `p ${p.name.toLowerCase()}`;
      if (!p.hidden && !rows.has(key)) rows.set(key, [p.name, 'Property', `${memberTypeText(p.typeName)} ${p.name} {get;set;}`]);
    }
  }
  return [...rows.values()];
}
