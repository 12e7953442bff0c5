// Format-Custom's default view (pwsh's ComplexViewGenerator): an object as `class Name`, `{`, its
// properties as `name = value` two columns in, and `}`; a property whose value has properties of its own
// opens that object below it, two columns further in, down to -Depth levels (5 by default), where a value
// shows as its text; a list (an array, a hashtable's entries) is `[`, its items, `]` and a blank line,
// with at most $FormatEnumerationLimit (4) items before `…`. Loaded by format-custom.ts only when
// Format-Custom runs. The lines are laid out when printed: each is cut to the output's width less its
// indentation (pwsh's ComplexWriter), every piece keeping the indentation.

import { dateTimeListNames, DateTimeValue } from '../engine/datetime.js';
import { splitToWidth } from '../engine/format-blocks.js';
import { allPropertyNames, cellText, isScalarOutput, propertyValue } from '../engine/format.js';
import { formatterItems } from '../engine/generic-types.js';
import { typeNameOf, unwrap } from '../engine/convert.js';
import { PSHashtable, PSObject } from '../engine/values.js';
import { dictionaryEntries } from '../engine/values-members.js';

/** A property to show: its name, its value, and (a calculated property's Depth key) its own depth limit. */
export type CustomProperty = [name: string, value: unknown, depth?: number];

/** One line before it is cut to the width: its indentation and text. */
type Line = readonly [indent: number, text: string];

const ENUMERATION_LIMIT = 4;
const STEP = 2;
const DICTIONARY_ENTRY = 'System.Collections.DictionaryEntry';

/** A Format-Custom entry's text at a width: its lines, then the empty line pwsh's writer ends an entry with. */
export class CustomEntry {
  constructor(private readonly lines: readonly Line[]) {}

  text(width: number): string {
    let out = '';
    for (const [indent, text] of this.lines) {
      const pad = ' '.repeat(indent);
      for (const piece of splitToWidth(text, Math.max(1, width - indent))) out += pad + piece + '\n';
    }
    return out;
  }
}

/**
 * The entry of one object: its class and properties (`pairs`, -Property's, or else its own), or, for a
 * list, its items; `depth` is -Depth.
 */
export function customEntry(item: unknown, pairs: CustomProperty[] | undefined, depth: number): CustomEntry {
  const lines: Line[] = [];
  const view = new CustomView(lines, depth);
  const items = listItems(item);
  if (items) view.list(items, 0, 0);
  else view.object(item, 0, 0, pairs);
  lines.push([0, '']);
  return new CustomEntry(lines);
}

/** A date's entry in the DateTime view pwsh's format data gives it: its DateTime text, on a line of its own. */
export function dateEntry(date: DateTimeValue): CustomEntry {
  return new CustomEntry([[0, cellText(propertyValue(date, 'DateTime'))]]);
}

class CustomView {
  constructor(
    private readonly lines: Line[],
    private readonly depth: number,
  ) {}

  object(item: unknown, level: number, indent: number, pairs: CustomProperty[] = propertiesOf(item)): void {
    this.lines.push([indent, `class ${displayName(item)}`], [indent, '{']);
    for (const [name, value, depth] of pairs) (depth === undefined ? this : new CustomView(this.lines, depth)).property(name, value, level, indent + STEP);
    this.lines.push([indent, '}']);
  }

  property(name: string, value: unknown, level: number, indent: number): void {
    const label = `${name} = `;
    const items = listItems(value);
    if (items) {
      this.lines.push([indent, label]);
      this.list(items, level + 1, indent + STEP);
    } else if (this.isLeaf(value, level)) {
      this.lines.push([indent, label + cellText(value ?? null)]);
    } else {
      this.lines.push([indent, label]);
      this.object(value, level + 1, indent + STEP);
    }
  }

  list(items: readonly unknown[], level: number, indent: number): void {
    this.lines.push([indent, '[']);
    const inner = indent + STEP;
    for (const [i, item] of items.entries()) {
      if (i === ENUMERATION_LIMIT) {
        this.lines.push([inner, '…']);
        break;
      }
      const nested = this.isLeaf(item, level) ? undefined : listItems(item);
      if (this.isLeaf(item, level)) this.lines.push([inner, cellText(item ?? null)]);
      else if (nested) {
        this.lines.push([inner, '']);
        this.list(nested, level + 1, inner + STEP);
      } else this.object(item, level + 1, inner);
    }
    this.lines.push([indent, ']'], [indent, '']);
  }

  /** A value shown as its text: at the depth limit, null, or a value without properties (text, a number, an enum). */
  isLeaf(value: unknown, level: number): boolean {
    if (level >= this.depth || value === null || value === undefined) return true;
    return isScalarOutput(value) && !(unwrap(value) instanceof DateTimeValue);
  }
}

/** A value's items when the view lists them: an array's, a hashtable's entries, a collection's (not text). */
function listItems(value: unknown): unknown[] | undefined {
  const v = unwrap(value);
  if (Array.isArray(v)) return v as unknown[];
  if (v instanceof PSHashtable) return dictionaryEntries(v);
  return v === null || v === undefined || typeof v !== 'object' ? undefined : formatterItems(v);
}

/** An object's properties in the order pwsh lists them (a DictionaryEntry's Key, Value, then its Name alias; a date's DateTime last). */
function propertiesOf(item: unknown): CustomProperty[] {
  const v = unwrap(item);
  const names =
    v instanceof PSObject && v.typeName === DICTIONARY_ENTRY ? ['Key', 'Value', 'Name'] : v instanceof DateTimeValue ? dateTimeListNames(v) : allPropertyNames(v);
  return names.map((name): CustomProperty => [name, propertyValue(v, name)]);
}

/** `class X`'s X: the last part of the object's first type name (pwsh's GetObjectDisplayName). */
function displayName(item: unknown): string {
  const v = unwrap(item);
  const typeName = v instanceof PSObject ? (v.typeNames?.[0] ?? v.typeName) : typeNameOf(v);
  return typeName.slice(typeName.lastIndexOf('.') + 1);
}
