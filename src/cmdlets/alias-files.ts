// The alias file Export-Alias writes and Import-Alias reads (pwsh's ExportAliasCommand and ImportAliasCommand):
// four header comments, then one alias a line, as CSV ("name","definition","description","options") or as a
// Set-Alias command, in UTF-16 (Unicode). pwsh writes each value between quotes as it is (a quote inside is not
// doubled); it reads a line by its own CSV rules (CSVHelper.ParseCsv), which this module follows.

import { hostname, userInfo } from 'node:os';
import type { AliasDefinition } from '../engine/cmdlet.js';
import { DateTimeValue } from '../engine/datetime.js';
import { EnumValue } from '../engine/values.js';
import { SCOPED_ITEM_OPTIONS } from './enums.js';
import * as S from './utility-strings.js';

/** ScopedItemOptions' text of an alias's options (`None`, `ReadOnly, AllScope`). */
export function optionsText(alias: AliasDefinition): string {
  return EnumValue.of(SCOPED_ITEM_OPTIONS, alias.options ?? 0).toString();
}

function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? '';
  }
}

/**
 * The header: who exported, when (the shell culture's full date and time), on which machine; then -Description
 * as comment lines after an empty one.
 */
export function aliasFileHeader(description: string | undefined): string[] {
  const lines = [S.ExportAliasHeaderTitle(), S.ExportAliasHeaderUser(userName()), S.ExportAliasHeaderDate(DateTimeValue.now().format('F')), S.ExportAliasHeaderMachine(hostname().split('.')[0]!)];
  if (description) {
    lines.push('#');
    for (const line of description.split(/\r?\n/)) lines.push(`# ${line}`);
  }
  return lines;
}

/** One alias as a line of the file. */
export function aliasLine(alias: AliasDefinition, asScript: boolean): string {
  const description = alias.description ?? '';
  const options = optionsText(alias);
  if (asScript) return `set-alias -Name:"${alias.name}" -Value:"${alias.target}" -Description:"${description}" -Option:"${options}"`;
  return `"${alias.name}","${alias.target}","${description}","${options}"`;
}

/**
 * A line's values by pwsh's rules: the line is trimmed; a blank line or one that starts with `#` has none; a quote
 * opens or closes a quoted part (and is dropped), `""` inside one is a quote, a comma outside one ends a value.
 */
export function parseAliasLine(text: string): string[] {
  const line = text.trim();
  if (line.length === 0 || line[0] === '#') return [];
  const values: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ',' && !quoted) {
      values.push(value);
      value = '';
    } else if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        value += '"';
        i++;
      } else quoted = !quoted;
    } else value += c;
  }
  values.push(value);
  return values;
}

/** ScopedItemOptions from its text as Enum.Parse reads it (names or a number, any case, blanks around them), or undefined. */
export function parseOptions(text: string): number | undefined {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.some((p) => p === '')) return undefined;
  let value = 0;
  for (const part of parts) {
    if (/^[+-]?\d+$/.test(part)) {
      value |= Number(part);
      continue;
    }
    const at = SCOPED_ITEM_OPTIONS.names.findIndex((n) => n.toLowerCase() === part.toLowerCase());
    if (at < 0) return undefined;
    value |= SCOPED_ITEM_OPTIONS.values?.[at] ?? 0;
  }
  return value;
}
