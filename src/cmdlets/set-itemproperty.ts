// Set-ItemProperty (`sp`): changes a property of FileSystem items where Linux and macOS have it: the
// times (LastWriteTime, LastAccessTime and their Utc forms; CreationTime is accepted and, as in pwsh
// there, changes nothing) and a file's IsReadOnly or the ReadOnly bit of Attributes (the write
// permissions). Other properties are read-only ("Length" is a ReadOnly property.) or not found, as in pwsh.

import { lstatSync, utimesSync } from 'node:fs';
import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { isTrue, toEnum, toPSString, unwrap } from '../engine/convert.js';
import { DateTimeValue } from '../engine/datetime.js';
import { fileTimeMs, setReadOnly } from '../engine/file-info.js';
import { FILE_ATTRIBUTES } from '../engine/enum-types.js';
import { noteDefinition } from '../engine/member-definitions.js';
import { ioFailure } from '../engine/paths.js';
import * as R from '../engine/runtime-strings.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { castTo } from '../engine/types.js';
import { allPropertyNames, propertyValue } from '../engine/format.js';
import { itemPropertyValue, namedItems, propertyNotFound, providerProperties, type NamedItem } from './item-properties.js';
import { MANAGEMENT } from './modules.js';
import { customObject } from './object-properties.js';
import { objectParam, stringParam, stringsParam, switchParam } from './param-builders.js';
import { nameFilterParameters, nameFiltersOf } from './provider-filters.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

/** The settable properties: the time ones by the stat time they change (CreationTime: none). */
const TIMES: Record<string, 'mtime' | 'atime' | null> = {
  lastwritetime: 'mtime',
  lastwritetimeutc: 'mtime',
  lastaccesstime: 'atime',
  lastaccesstimeutc: 'atime',
  creationtime: null,
  creationtimeutc: null,
};

const VALUE_PATH = 'propertyValuePathSet';
const VALUE_LITERAL = 'propertyValueLiteralPathSet';
const OBJECT_PATH = 'propertyPSObjectPathSet';
const OBJECT_LITERAL = 'propertyPSObjectLiteralPathSet';

export const setItemProperty = lazyCmdlet('Set-ItemProperty', (): CmdletDefinition => ({
  name: 'Set-ItemProperty',
  implementingType: 'Microsoft.PowerShell.Commands.SetItemPropertyCommand',
  module: MANAGEMENT,
  synopsis: 'Creates or changes the value of a property of an item.',
  supportsShouldProcess: true,
  defaultParameterSet: VALUE_PATH,
  parameters: [
    stringsParam('Path', 'The items; wildcards allowed.', {
      sets: { [VALUE_PATH]: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true }, [OBJECT_PATH]: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } },
    }),
    stringsParam('LiteralPath', 'The items, taken literally.', {
      aliases: ['PSPath', 'LP'],
      sets: { [VALUE_LITERAL]: { mandatory: true, valueFromPipelineByPropertyName: true }, [OBJECT_LITERAL]: { mandatory: true, valueFromPipelineByPropertyName: true } },
    }),
    stringParam('Name', 'The property: LastWriteTime, LastAccessTime, CreationTime (and their Utc forms), IsReadOnly or Attributes.', {
      aliases: ['PSProperty'],
      sets: { [VALUE_PATH]: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true }, [VALUE_LITERAL]: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true } },
    }),
    objectParam('Value', 'The new value.', 'System.Object', {
      sets: { [VALUE_PATH]: { position: 2, mandatory: true, valueFromPipelineByPropertyName: true }, [VALUE_LITERAL]: { position: 2, mandatory: true, valueFromPipelineByPropertyName: true } },
      allowNull: true,
      allowEmptyString: true,
    }),
    objectParam('InputObject', 'An object whose properties (names and values) are set on each item.', 'System.Management.Automation.PSObject', {
      sets: { [OBJECT_PATH]: { mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }, [OBJECT_LITERAL]: { mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
    }),
    switchParam('PassThru', 'Writes an object with the property as set and the item\'s PS* properties.'),
    switchParam('Force', 'Accepted (the FileSystem provider changes read-only items\' properties anyway).'),
    ...nameFilterParameters(),
    credentialParameter(),
  ],
  async process(ctx) {
    refuseCredential(ctx);
    const literal = ctx.params.get<string[]>('LiteralPath');
    const properties = ctx.params.has('InputObject') ? await propertiesOf(ctx.params.get('InputObject')) : [{ name: ctx.params.get<string>('Name')!, value: ctx.params.get<unknown>('Value') ?? null }];
    for (const item of await namedItems(ctx, literal ?? ctx.params.get<string[]>('Path') ?? [], literal !== undefined, nameFiltersOf(ctx))) {
      const directory = lstatSync(item.full).isDirectory();
      const set: Array<[string, unknown]> = [];
      for (const { name, value, definition } of properties) {
        const target = `Item: ${item.full} Property: ${name} Value: ${toPSString(value)}`;
        if (!(await cmdletShouldProcess(ctx, target, directory ? 'Set Property Directory' : 'Set Property File'))) continue;
        const outcome = await setProperty(ctx, item, name, value, directory, definition);
        if (outcome === 'set') set.push([name, value]);
        // A property that cannot be set throws in pwsh's provider: the item's other properties are not
        // tried, and nothing is passed through for it.
        if (outcome === 'failed') {
          set.length = 0;
          break;
        }
      }
      if (set.length && ctx.params.get('PassThru') === true) ctx.writeObject(customObject([...set, ...providerProperties(ctx, item)]));
    }
  },
}));

/**
 * -InputObject's properties, as pwsh takes them: each property of the object with its value, and its
 * definition (`int Nope=1`, `bool IsFixedSize {get;}`) for the error when the item has no such property.
 */
async function propertiesOf(input: unknown): Promise<Array<{ name: string; value: unknown; definition?: string }>> {
  const { membersOf } = await import('./get-member.js');
  const definitions = new Map(membersOf(input).rows.filter((r) => /Property$/.test(r[1])).map((r) => [r[0].toLowerCase(), r[2]]));
  return allPropertyNames(unwrap(input)).map((name) => ({ name, value: propertyValue(unwrap(input), name), definition: definitions.get(name.toLowerCase()) }));
}

/**
 * Sets the property, or writes pwsh's error for it: 'failed' when setting it failed (a bad value, a
 * read-only property), 'missing' when the item has no such property (named by `definition`, else as a note
 * property).
 */
async function setProperty(ctx: CmdletContext, item: NamedItem, name: string, value: unknown, directory: boolean, definition?: string): Promise<'set' | 'failed' | 'missing'> {
  const key = name.toLowerCase();
  try {
    if (key in TIMES) {
      const time = TIMES[key];
      const when = toDate(value, key.endsWith('utc'));
      if (time) {
        const info = lstatSync(item.full);
        utimesSync(item.full, time === 'atime' ? when : info.atime, time === 'mtime' ? when : info.mtime);
      }
      return 'set';
    }
    if ((key === 'isreadonly' && !directory) || key === 'attributes') {
      setReadOnly(item.full, key === 'isreadonly' ? isTrue(value) : (toEnum(value, FILE_ATTRIBUTES).value & 1) !== 0);
      return 'set';
    }
  } catch (e) {
    if (e instanceof SetError) await ctx.writeError({ ...R.ExceptionWhenSetting(name, e.message), category: 'NotSpecified', exceptionType: 'SetValueInvocationException', exceptionFullName: 'System.Management.Automation.SetValueInvocationException' });
    else await ctx.writeError(ioFailure(e, item.full));
    return 'failed';
  }
  if (await itemPropertyValue(item.full, name)) {
    await ctx.writeError({ ...R.ReadOnlyProperty(name), category: 'NotSpecified', exceptionType: 'SetValueException', exceptionFullName: 'System.Management.Automation.SetValueException' });
    return 'failed';
  }
  // The provider names the property it could not find as the note property it was given (`string Nope=x`).
  const note = definition ?? noteDefinition(name, value);
  await ctx.writeError({ ...propertyNotFound(note, 'SetPropertyError', 'PSNoteProperty') });
  return 'missing';
}

/** A value that does not convert to the property's type: the setter's exception. */
class SetError extends Error {}

/** The value as a DateTime (a Utc property reads it as UTC), the moment to give the file. */
function toDate(value: unknown, utc: boolean): Date {
  let date: unknown;
  try {
    date = unwrap(castTo('System.DateTime', value));
  } catch (e) {
    throw new SetError((e as Error).message);
  }
  if (!(date instanceof DateTimeValue)) throw new SetError(`Cannot convert value "${toPSString(value)}" to type "System.DateTime".`);
  return new Date(fileTimeMs(date, utc));
}
