// Comma-separated values as pwsh 7 writes and reads them: a header of the first object's
// property names, every field in double quotes (a `"` doubled) unless -UseQuotes says otherwise,
// $null as an empty unquoted field, no #TYPE line unless -IncludeTypeInformation.

import type { EnumValue } from '../engine/values.js';
import { customObject, propertiesOf, typeNameForCsv } from './object-properties.js';
import { toDotNetString } from './text.js';
import type { CmdletContext } from '../engine/cmdlet.js';

export interface CsvWriteOptions {
  delimiter: string;
  /** Never, Always, AsNeeded. */
  quotes: string;
  /** Only these columns are quoted (-QuoteFields). */
  quoteFields?: string[];
  includeType: boolean;
  /** -NoHeader: rows only. */
  noHeader?: boolean;
}

export function csvOptions(get: <T>(name: string) => T | undefined): CsvWriteOptions {
  return {
    delimiter: get<string>('Delimiter') ?? ',',
    quotes: get<EnumValue>('UseQuotes')?.name ?? 'Always',
    quoteFields: get<string[]>('QuoteFields'),
    includeType: get('IncludeTypeInformation') === true,
    noHeader: get('NoHeader') === true,
  };
}

function field(value: unknown, column: string, options: CsvWriteOptions): string {
  if (value === null || value === undefined) return '';
  const text = toDotNetString(value);
  const quoted = `"${text.replace(/"/g, '""')}"`;
  if (options.quoteFields) return options.quoteFields.some((f) => f.toLowerCase() === column.toLowerCase()) ? quoted : text;
  if (options.quotes === 'Never') return text;
  if (options.quotes === 'AsNeeded') return /["\r\n]/.test(text) || text.includes(options.delimiter) ? quoted : text;
  return quoted;
}

/** A writer that remembers the header of the first object it saw. */
export class CsvWriter {
  header: string[] | undefined;
  constructor(
    readonly options: CsvWriteOptions,
    header?: string[],
  ) {
    this.header = header;
  }

  /** The first header column the object has no property for (Export-Csv -Append checks it), if any. */
  missingColumn(value: unknown): string | undefined {
    const names = new Set(propertiesOf(value).map(([k]) => k.toLowerCase()));
    return this.header?.find((h) => !names.has(h.toLowerCase()));
  }

  /** The lines for one object: the type and header lines first when this is the first object. */
  linesFor(value: unknown): string[] {
    const lines: string[] = [];
    const props = propertiesOf(value);
    if (!this.header) {
      this.header = props.map(([k]) => k);
      // -NoHeader leaves out the #TYPE line too (pwsh 7.6.10); the first object still decides the columns.
      if (!this.options.noHeader) {
        if (this.options.includeType) lines.push(`#TYPE ${typeNameForCsv(value)}`);
        lines.push(this.header.map((h) => field(h, h, this.options)).join(this.options.delimiter));
      }
    }
    const byName = new Map(props.map(([k, v]) => [k.toLowerCase(), v]));
    lines.push(this.header.map((h) => field(byName.get(h.toLowerCase()), h, this.options)).join(this.options.delimiter));
    return lines;
  }
}

/** Splits CSV text into records of fields (quoted fields may hold delimiters and line breaks). */
export function parseCsvRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let current = '';
  let quoted = false;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          current += '"';
          i++;
        } else quoted = false;
      } else current += c;
      continue;
    }
    if (c === '"') {
      quoted = true;
      any = true;
    } else if (c === delimiter) {
      fields.push(current);
      current = '';
      any = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (any || current !== '') fields.push(current);
      if (fields.length) records.push(fields);
      fields = [];
      current = '';
      any = false;
    } else {
      current += c;
      any = true;
    }
  }
  if (any || current !== '') fields.push(current);
  if (fields.length) records.push(fields);
  return records;
}

/** Objects from CSV text: the first record is the header unless one is given; #TYPE lines are skipped. */
export function csvObjects(ctx: CmdletContext, text: string, delimiter: string, header?: string[]): ReturnType<typeof customObject>[] {
  let records = parseCsvRecords(text, delimiter);
  if (records[0]?.length === 1 && records[0][0]!.startsWith('#TYPE')) records = records.slice(1);
  let names = header;
  if (!names) {
    names = records[0] ?? [];
    records = records.slice(1);
  }
  const columns = names;
  // Two columns of one name (names ignore case) cannot both be properties: pwsh stops the command.
  const seen = new Set<string>();
  for (const name of columns) {
    if (seen.has(name.toLowerCase())) {
      ctx.throwTerminatingError({
        message: `The member "${name}" is already present.`,
        errorId: 'AlreadyPresentPSMemberInfoInternalCollectionAdd',
        category: 'NotSpecified',
        exceptionType: 'ExtendedTypeSystemException',
        exceptionFullName: 'System.Management.Automation.ExtendedTypeSystemException',
      });
    }
    seen.add(name.toLowerCase());
  }
  return records.map((r) => customObject(columns.map((name, i) => [name, i < r.length ? r[i]! : null])));
}
