// What Format-Table, Format-List and Format-Wide write as their input arrives (engine/format-data.ts): text and
// out-of-band entries at once, a FormatStartData and GroupStartData at the first object, a new group
// whenever -GroupBy's value changes, one FormatEntryData per object, and the ends at the end.

import type { CmdletContext } from '../engine/cmdlet.js';
import { unwrap } from '../engine/convert.js';
import { FormatData, FormatEndData, FormatEntryData, FormatStartData, GroupEndData, GroupStartData, type FormatEntry, type FormatShape } from '../engine/format-data.js';
import { isPropertyless, isScalarOutput, outOfBandRows, scalarLine } from '../engine/format.js';
import { DateTimeValue } from '../engine/datetime.js';
import { ErrorRecord } from '../engine/errors.js';
import { formatterItems } from '../engine/generic-types.js';
import { dictionaryEntries } from '../engine/values-members.js';
import { PSHashtable } from '../engine/values.js';
import { groupValue, type Grouping } from './format-grouping.js';

export class FormatWriter {
  #started = false;
  #groupOpen = false;
  #group: string | undefined;

  constructor(
    readonly ctx: CmdletContext,
    /** The command's name as the sequence error shows it (`format-table`). */
    readonly command: string,
    /** -Force: an error record is laid out as an object (its properties), not passed on as an error. */
    readonly force = false,
  ) {}

  get started(): boolean {
    return this.#started;
  }

  /** Opens the document (at the first object with properties). */
  start(shape: FormatShape): void {
    this.ctx.writeObject(new FormatStartData(shape, this.command), false);
    this.#started = true;
  }

  /**
   * Puts the next entry in a group: the first one, or, with -GroupBy, a new one when the object's value
   * differs from the last group's (an object without a value stays in the group before it).
   */
  async enterGroup(grouping: Grouping | undefined, item: unknown): Promise<void> {
    const value = grouping ? await groupValue(grouping, item) : undefined;
    if (value !== undefined && value !== this.#group) {
      if (this.#groupOpen) {
        // pwsh ends a group that a new value closes with an out-of-band entry of no fields: the blank
        // line between the groups (a sequence cut there prints it; one without it has none).
        this.entry({ line: '' });
        this.ctx.writeObject(new GroupEndData(), false);
      }
      this.ctx.writeObject(new GroupStartData({ label: grouping!.label, value, heading: grouping!.heading?.(value, item) }), false);
      this.#group = value;
      this.#groupOpen = true;
    } else if (!this.#groupOpen) {
      this.ctx.writeObject(new GroupStartData(), false);
      this.#groupOpen = true;
    }
  }

  entry(entry: FormatEntry): void {
    this.ctx.writeObject(new FormatEntryData(entry), false);
  }

  /** A value without properties: its text, out of band. */
  line(value: unknown): void {
    this.entry({ line: scalarLine(value) });
  }

  /**
   * Writes what needs no view of its own and says so: format objects and error records (unless
   * -Force) of another Format-* pass on as they are (`ft | fl`), text and numbers become a line, and so does an
   * object of no properties (an empty one: nothing). A DateTime prints as
   * its date elsewhere, but a Format-* command lays out its properties (pwsh).
   */
  passedOn(item: unknown): boolean {
    if (item instanceof ErrorRecord && this.force) return false;
    if (item instanceof FormatData || item instanceof ErrorRecord) {
      this.ctx.writeObject(item, false);
      return true;
    }
    if (isScalarOutput(item) && !(unwrap(item) instanceof DateTimeValue)) {
      this.line(item);
      return true;
    }
    // An object of no properties is its text (nothing, for a property bag) on a line of its own, out of band.
    if (isPropertyless(unwrap(item))) {
      for (const row of outOfBandRows(unwrap(item))) this.entry(row);
      return true;
    }
    return false;
  }

  end(): void {
    if (!this.#started) return;
    if (this.#groupOpen) this.ctx.writeObject(new GroupEndData(), false);
    this.ctx.writeObject(new FormatEndData(), false);
  }
}

/** This call's input with arrays opened and $null left out (what a Format-* command shows). */
export function inputItems(ctx: CmdletContext): unknown[] {
  const input = ctx.hasInput ? ctx.input : ctx.params.has('InputObject') ? ctx.params.get('InputObject') : undefined;
  const value = unwrap(input);
  const items = Array.isArray(value) ? (value as unknown[]) : (formatterItems(value) ?? [input]);
  return items.filter((x) => x !== null && x !== undefined);
}

/** inputItems with each hashtable shown as its entries (Name and Value of each), as pwsh's formatter enumerates it. */
export function inputItemsWithEntries(ctx: CmdletContext): unknown[] {
  return inputItems(ctx).flatMap((x) => (unwrap(x) instanceof PSHashtable ? dictionaryEntries(unwrap(x) as PSHashtable) : [x]));
}
