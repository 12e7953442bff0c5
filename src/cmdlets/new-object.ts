// New-Object: creates the few .NET types a SharePoint admin script needs (PSCredential,
// SecureString, Hashtable, PSObject/PSCustomObject), with PowerShell's constructor-selection
// errors. Type names are matched like PowerShell's [type] conversion: full name, accelerator, or
// the full name without its leading "System.", case-insensitive.

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from './types.js';
import { PSCredential, PSHashtable, PSObject, SecureString } from '../engine/values.js';
import { UTILITY } from './modules.js';
import { toDotNetString } from './text.js';

/** A constructible type: its short name (for overload messages) and how to build it. */
interface KnownType {
  shortName: string;
  fullName: string;
  /** Has a public constructor without arguments. */
  parameterless: boolean;
  /**
   * Picks and calls a constructor for the arguments. Returns `undefined` when no overload takes
   * this many (or these) arguments; throws CtorFailure when the constructor itself rejects them.
   */
  construct(args: unknown[]): { value: unknown } | undefined;
}

class CtorFailure extends Error {}

const credentialType: KnownType = {
  shortName: 'PSCredential',
  fullName: 'System.Management.Automation.PSCredential',
  parameterless: false,
  construct(args) {
    if (args.length === 2) {
      const [user, password] = args;
      // (string userName, SecureString password): a plain string has no conversion to SecureString.
      if (password !== null && password !== undefined && !(password instanceof SecureString)) return undefined;
      const userName = argumentToString(user);
      if (userName === null || userName === '') {
        throw new CtorFailure(
          'Cannot process argument because the value of argument "userName" is not valid. Change the value of the "userName" argument and run the operation again.',
        );
      }
      if (!(password instanceof SecureString)) {
        throw new CtorFailure(
          'Cannot process argument because the value of argument "password" is null. Change the value of argument "password" to a non-null value.',
        );
      }
      return { value: new PSCredential(userName, password) };
    }
    if (args.length === 1) {
      // (PSObject pso): copies UserName and Password from an object that has them.
      const pso = args[0];
      if (pso === null || pso === undefined) {
        throw new CtorFailure(
          'Cannot process argument because the value of argument "pso" is null. Change the value of argument "pso" to a non-null value.',
        );
      }
      const user = propertyOf(pso, 'UserName');
      const password = propertyOf(pso, 'Password');
      return {
        value: new PSCredential(
          typeof user === 'string' ? user : '',
          password instanceof SecureString ? password : new SecureString(''),
        ),
      };
    }
    return undefined;
  },
};

const secureStringType: KnownType = {
  shortName: 'SecureString',
  fullName: 'System.Security.SecureString',
  parameterless: true,
  construct: (args) => (args.length === 0 ? { value: new SecureString('') } : undefined),
};

const hashtableType: KnownType = {
  shortName: 'Hashtable',
  fullName: 'System.Collections.Hashtable',
  parameterless: true,
  construct(args) {
    if (args.length === 0) return { value: new PSHashtable() };
    if (args.length === 1) {
      const [arg] = args;
      if (arg instanceof PSHashtable) {
        const copy = new PSHashtable();
        for (const [k, v] of arg.entries()) copy.set(k, v);
        return { value: copy };
      }
      // Hashtable(int capacity): the capacity does not change what the table holds.
      if (typeof arg === 'number' || (typeof arg === 'string' && /^\s*\d+\s*$/.test(arg))) return { value: new PSHashtable() };
    }
    return undefined;
  },
};

const psObjectType: KnownType = {
  shortName: 'PSObject',
  fullName: 'System.Management.Automation.PSObject',
  parameterless: true,
  construct(args) {
    if (args.length === 0) return { value: new PSObject('System.Management.Automation.PSCustomObject') };
    // PSObject(object) only wraps its argument, which PowerShell then treats as the object itself.
    if (args.length === 1) return { value: args[0] };
    return undefined;
  },
};

const KNOWN_TYPES = new Map<string, KnownType>();
for (const [type, names] of [
  [credentialType, ['pscredential']],
  [secureStringType, ['securestring']],
  [hashtableType, ['hashtable']],
  [psObjectType, ['psobject', 'pscustomobject', 'system.management.automation.pscustomobject']],
] as const) {
  KNOWN_TYPES.set(type.fullName.toLowerCase(), type);
  for (const n of names) KNOWN_TYPES.set(n, type);
}

export function resolveType(name: string): KnownType | undefined {
  const key = name.trim().toLowerCase();
  return KNOWN_TYPES.get(key) ?? KNOWN_TYPES.get('system.' + key);
}

export const newObject: CmdletDefinition = {
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
      name: 'Property',
      kind: 'hashtable',
      typeName: 'System.Collections.IDictionary',
      sets: { [ALL_SETS]: {} },
      description: 'Property names and values to set on the new object.',
    },
  ],
  process(ctx) {
    const typeName = ctx.params.get<string>('TypeName') ?? '';
    const type = resolveType(typeName);
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
    let created: { value: unknown } | undefined;
    try {
      created = type.construct(args);
    } catch (e) {
      if (!(e instanceof CtorFailure)) throw e;
      return ctx.throwTerminatingError({
        message: `Exception calling ".ctor" with "${args.length}" argument(s): "${e.message}"`,
        errorId: 'ConstructorInvokedThrowException',
        category: 'InvalidOperation',
        exceptionType: 'MethodInvocationException',
      });
    }
    if (!created) {
      return ctx.throwTerminatingError({
        message: `Cannot find an overload for "${type.shortName}" and the argument count: "${args.length}".`,
        errorId: 'ConstructorInvokedThrowException',
        category: 'InvalidOperation',
        exceptionType: 'MethodException',
      });
    }
    const properties = ctx.params.get<PSHashtable>('Property');
    if (properties) setProperties(ctx, created.value, properties, type);
    ctx.writeObject(created.value, false);
  },
};

function argumentList(ctx: CmdletContext): unknown[] {
  const raw = ctx.params.get('ArgumentList');
  if (raw === undefined || raw === null) return [];
  return Array.isArray(raw) ? raw : [raw];
}

/** Argument conversion to System.String: $null stays null, arrays join with a space ($OFS). */
function argumentToString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((v) => toDotNetString(v)).join(' ');
  return toDotNetString(value);
}

function propertyOf(value: unknown, name: string): unknown {
  if (value instanceof PSObject) return value.get(name);
  if (value instanceof PSCredential) return name === 'UserName' ? value.UserName : name === 'Password' ? value.Password : undefined;
  return undefined;
}

function setProperties(ctx: CmdletContext, target: unknown, properties: PSHashtable, type: KnownType): void {
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
