// The format objects Format-Table, Format-List and Format-Wide write, as pwsh's do: a FormatStartData (the shape:
// table columns or a list), a GroupStartData (with the `   Label: value` line of -GroupBy), one
// FormatEntryData per object, a GroupEndData and a FormatEndData. They stream: each entry is written as
// its object arrives, so an error or host text written between two objects prints between their rows.
// Out-Default (format.ts's OutDefault), Out-String and Out-File turn them into text, and refuse them
// out of order with pwsh's "not valid or not in the correct sequence" error.

import type { ListRecord, TableColumn, TableRow } from './format-blocks.js';
import { ErrorRecord } from './errors.js';
import type { SourceExtent } from './position.js';
import { PSObject } from './values.js';

const NAMESPACE = 'Microsoft.PowerShell.Commands.Internal.Format.';

/**
 * What a FormatStartData opens: a table of these columns, a list, or Format-Wide's rows of values
 * (`columns` of them sharing the line, 2 when not given; with autoSize as many as the widest value allows).
 */
export type FormatShape =
  | { kind: 'table'; columns: TableColumn[]; hideHeaders?: boolean; wrap?: boolean; autoSize?: boolean }
  | { kind: 'list'; custom?: boolean }
  | { kind: 'wide'; columns?: number; autoSize: boolean };

/**
 * One object's entry: a table row's cells or a list entry's pairs; or, out of band, a line of text (a
 * value with no properties) or an object the view does not apply to, as a list of its own.
 */
export type FormatEntry = TableRow | ListRecord;

/** Base of the five classes: a .NET object of no properties, named by its full type name. */
export abstract class FormatData extends PSObject {
  constructor(name: string) {
    super(NAMESPACE + name, {}, undefined, NAMESPACE + name);
  }
}

export class FormatStartData extends FormatData {
  constructor(
    readonly shape: FormatShape,
    /** The command that wrote it (`format-table`), named in the sequence error. */
    readonly command: string,
  ) {
    super('FormatStartData');
  }
}

export class GroupStartData extends FormatData {
  /** `heading`: the line above the group when it is not `   Label: value` (a file view's `    Directory: /path`). */
  constructor(readonly group?: { label: string; value: string; heading?: string }) {
    super('GroupStartData');
  }
}

export class FormatEntryData extends FormatData {
  constructor(readonly entry: FormatEntry) {
    super('FormatEntryData');
  }
  /** Printed wherever it comes (pwsh's outOfBand): it needs no open table or list. */
  get outOfBand(): boolean {
    return 'line' in this.entry || 'outOfBand' in this.entry;
  }
}

export class GroupEndData extends FormatData {
  constructor() {
    super('GroupEndData');
  }
}

export class FormatEndData extends FormatData {
  constructor() {
    super('FormatEndData');
  }
}

/**
 * A format object where it cannot come (an entry outside a group, a second FormatStartData): pwsh's
 * out-lineoutput stops with this. `before` is the text printed before it was found.
 */
export class FormatSequenceError extends Error {
  before = '';
  constructor(item: FormatData, message?: string) {
    const command = item instanceof FormatStartData ? item.command : 'format-*';
    super(
      message ??
        `The object of type "${item.typeName}" is not valid or not in the correct sequence. This is likely caused by a user-specified "${command}" command which is conflicting with the default formatting.`,
    );
  }
}

/** A list's entry inside a table (or a row inside a list): pwsh's out-lineoutput fails on a null reference. */
export const WRONG_SHAPE_MESSAGE = 'Object reference not set to an instance of an object.';

/** The error pwsh's out-lineoutput stops with (Out-Default's, Out-String's and Out-File's inner command). */
export function formatSequenceRecord(e: FormatSequenceError, extent?: SourceExtent): ErrorRecord {
  return new ErrorRecord({
    extent,
    message: e.message,
    errorId: 'ConsoleLineOutputOutOfSequencePacket',
    category: 'InvalidData',
    exceptionType: 'InvalidOperationException',
    exceptionFullName: 'System.InvalidOperationException',
    commandName: 'out-lineoutput',
    invocationName: 'out-lineoutput',
    implementingType: 'Microsoft.PowerShell.Commands.OutLineOutputCommand',
  });
}
