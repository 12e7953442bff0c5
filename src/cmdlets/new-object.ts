// New-Object: creates the few .NET types a SharePoint admin script needs (PSCredential,
// SecureString, Hashtable, PSObject/PSCustomObject; the constructors are shared with [Type]::new
// in engine/constructors.ts), with New-Object's own wording of constructor-selection errors.

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { PSHashtable, PSObject } from '../engine/values.js';
import { findConstructible, type ConstructibleType } from '../engine/constructors.js';
import { classNamed } from '../engine/class-instance.js';
import { constructClass } from '../engine/class-definition.js';
import { PSErrorSignal } from '../engine/errors.js';
import { UTILITY } from './modules.js';
import { toDotNetString } from './text.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { argumentConversionError } from '../engine/member-error.js';
import { exceptionValueText } from '../engine/convert.js';

export const newObject = lazyCmdlet('New-Object', (): CmdletDefinition => ({
  name: 'New-Object',
  implementingType: 'Microsoft.PowerShell.Commands.NewObjectCommand',
  module: UTILITY,
  synopsis: 'Creates an instance of a .NET object.',
  defaultParameterSet: 'Net',
  parameters: [
    {
      name: 'TypeName',
      kind: 'string',
      typeName: 'System.String',
      sets: { Net: { position: 0, mandatory: true } },
      description: 'The name of the type to create.',
    },
    {
      name: 'ArgumentList',
      kind: 'object[]',
      typeName: 'System.Object[]',
      aliases: ['Args'],
      sets: { Net: { position: 1 } },
      description: 'The arguments passed to the constructor.',
    },
    {
      name: 'ComObject',
      kind: 'string',
      typeName: 'System.String',
      // Named only: pwsh on Windows also takes it by position 0 and then picks the default set (Net)
      // for `New-Object Type args`; spo's binder would call that ambiguous.
      sets: { Com: { mandatory: true } },
      description: 'The ProgID of a COM object (not available in spo-shell).',
    },
    {
      name: 'Property',
      kind: 'hashtable',
      typeName: 'System.Collections.IDictionary',
      sets: { [ALL_SETS]: {} },
      description: 'Property names and values to set on the new object.',
    },
  ],
  // pwsh creates the object in BeginProcessing: input piped to New-Object (which takes none) is an
  // InputObjectNotBound error per object, after the one new object was written.
  process() {},
  async begin(ctx) {
    if (ctx.params.has('ComObject')) {
      return ctx.throwTerminatingError({
        // Shell wording: COM exists only on Windows; pwsh elsewhere does not even have -ComObject.
        message: `Cannot create the COM object "${ctx.params.get<string>('ComObject')}": COM objects are not available in spo-shell.`,
        errorId: 'NoCOMClassIdentified',
        category: 'ResourceUnavailable',
        exceptionType: 'PSNotSupportedException',
      });
    }
    const typeName = ctx.params.get<string>('TypeName') ?? '';
    // A script's class: its constructors, with pwsh's method-call errors (class-definition.ts).
    const classType = classNamed(typeName);
    if (classType) {
      const args = argumentList(ctx);
      let instance: unknown;
      try {
        instance = await constructClass(classType, args, ctx.signal);
      } catch (e) {
        // A constructor that throws: New-Object's own error for it, which ends the statement (pwsh 7.6.10).
        if (!(e instanceof PSErrorSignal) || ctx.signal.aborted) throw e;
        return ctx.throwTerminatingError(constructorThrew(args.length, e.record.message));
      }
      ctx.writeObject(instance);
      return;
    }
    const type = findConstructible(typeName);
    if (!type) {
      return ctx.throwTerminatingError({
        message: `Cannot find type [${typeName}]: verify that the assembly containing this type is loaded.`,
        errorId: 'TypeNotFound',
        category: 'InvalidType',
        exceptionType: 'PSArgumentException',
      });
    }
    const args = argumentList(ctx);
    if (args.length === 0 && !type.parameterless) {
      return ctx.throwTerminatingError({
        message: `A constructor was not found. Cannot find an appropriate constructor for type ${typeName}.`,
        errorId: 'CannotFindAppropriateCtor',
        category: 'ObjectNotFound',
        exceptionType: 'PSArgumentException',
      });
    }
    const outcome = await type.construct(args);
    if (outcome.kind === 'failed') return ctx.throwTerminatingError(constructorThrew(args.length, outcome.message));
    if (outcome.kind === 'argumentMismatch' && outcome.position !== undefined) {
      // The overload takes a conversion that failed (text to a number): pwsh names the argument by its index and the method by the type's name.
      const error = argumentConversionError(type.shortName, String(outcome.position), exceptionValueText(outcome.value), outcome.targetType, outcome.inner ?? '');
      return ctx.throwTerminatingError({ message: error.message, errorId: 'ConstructorInvokedThrowException', category: 'InvalidOperation', exceptionType: 'MethodException' });
    }
    if (outcome.kind !== 'created') {
      // New-Object looks for an overload the arguments fit; any other mismatch is "no overload" here.
      return ctx.throwTerminatingError({
        message: `Cannot find an overload for "${type.shortName}" and the argument count: "${args.length}".`,
        errorId: 'ConstructorInvokedThrowException',
        category: 'InvalidOperation',
        exceptionType: 'MethodException',
      });
    }
    const created = outcome;
    const properties = ctx.params.get<PSHashtable>('Property');
    if (properties) setProperties(ctx, created.value, properties, type);
    ctx.writeObject(created.value, false);
  },
}));

function argumentList(ctx: CmdletContext): unknown[] {
  const raw = ctx.params.get('ArgumentList');
  if (raw === undefined || raw === null) return [];
  return Array.isArray(raw) ? raw : [raw];
}

function setProperties(ctx: CmdletContext, target: unknown, properties: PSHashtable, type: ConstructibleType): void {
  if (target instanceof PSObject) {
    for (const [key, value] of properties.entries()) {
      const name = toDotNetString(key);
      const existing = [...target.properties.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
      target.properties.set(existing ?? name, value);
    }
    return;
  }
  if (target instanceof PSHashtable) {
    for (const [key, value] of properties.entries()) target.set(key, value);
    return;
  }
  // PSCredential's properties are read-only and SecureString has none that can be set.
  const first = properties.keys()[0];
  ctx.throwTerminatingError({
    // Shell wording: PowerShell's own text for this case is not in the reference material.
    message: `The property '${toDotNetString(first)}' cannot be set on a ${type.shortName} object.`,
    errorId: 'InvalidOperationException',
    category: 'InvalidOperation',
    exceptionType: 'InvalidOperationException',
  });
}

/** New-Object's error for a constructor that threw (a .NET type's or a script class's). */
function constructorThrew(count: number, message: string) {
  return {
    message: `Exception calling ".ctor" with "${count}" argument(s): "${message}"`,
    errorId: 'ConstructorInvokedThrowException',
    category: 'InvalidOperation',
    exceptionType: 'MethodInvocationException',
  };
}
