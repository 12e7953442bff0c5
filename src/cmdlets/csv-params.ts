// The parameters the CSV cmdlets share.

import { QUOTE_KIND } from './enums.js';
import { stringsParam, switchParam } from './param-builders.js';
import type { ParameterMetadata } from '../engine/cmdlet.js';

export const delimiterParam = (sets: ParameterMetadata['sets']): ParameterMetadata => ({
  name: 'Delimiter',
  kind: 'string',
  typeName: 'System.Char',
  sets,
  description: 'The character between fields (a comma by default).',
});

export const useCultureParam = (sets: ParameterMetadata['sets']) =>
  switchParam('UseCulture', "Uses the culture's list separator (en-US: a comma) as the delimiter.", { sets });

export const writeCsvParams = (): ParameterMetadata[] => [
  switchParam('IncludeTypeInformation', 'Writes a #TYPE line with the type name first.', { aliases: ['ITI'] }),
  switchParam('NoTypeInformation', 'Accepted for compatibility: pwsh 7 writes no #TYPE line by default.', { aliases: ['NTI'] }),
  stringsParam('QuoteFields', 'Quotes only these columns.', { aliases: ['QF'] }),
  { name: 'UseQuotes', kind: 'enum', typeName: QUOTE_KIND.fullName, enumType: QUOTE_KIND, sets: { __AllParameterSets: {} }, aliases: ['UQ'], description: 'Always (the default), AsNeeded or Never.' },
  switchParam('NoHeader', 'Writes no header line (nor a #TYPE line): the rows alone.'),
];

/** The delimiter the bound parameters ask for. */
export function delimiterOf(get: <T>(name: string) => T | undefined): string {
  const d = get<string>('Delimiter');
  return d && d.length > 0 ? d[0]! : ',';
}
