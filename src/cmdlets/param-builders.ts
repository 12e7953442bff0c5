// Short builders for parameter metadata, so a cmdlet file reads as its parameter list.
// Each returns plain ParameterMetadata; `sets` defaults to "(All)" without a position.

import { ALL_SETS, type ParameterMetadata, type ParameterSetMembership } from '../engine/cmdlet.js';
import { ConversionError, castFailure, toPSString, unwrap } from '../engine/convert.js';
import { ScriptBlock } from '../engine/script-block.js';

type Extra = Partial<Omit<ParameterMetadata, 'name' | 'kind' | 'typeName'>>;

const DEFAULT_SETS = (): Record<string, ParameterSetMembership> => ({ [ALL_SETS]: {} });

function build(name: string, kind: ParameterMetadata['kind'], typeName: string, description: string, extra: Extra): ParameterMetadata {
  return { name, kind, typeName, description, sets: extra.sets ?? DEFAULT_SETS(), ...extra };
}

export const stringParam = (name: string, description: string, extra: Extra = {}) => build(name, 'string', 'System.String', description, extra);
export const stringsParam = (name: string, description: string, extra: Extra = {}) => build(name, 'string[]', 'System.String[]', description, extra);
export const switchParam = (name: string, description: string, extra: Extra = {}) =>
  build(name, 'switch', 'System.Management.Automation.SwitchParameter', description, extra);
export const intParam = (name: string, description: string, extra: Extra = {}) => build(name, 'int', 'System.Int32', description, extra);
export const objectParam = (name: string, description: string, typeName = 'System.Object', extra: Extra = {}) =>
  build(name, 'object', typeName, description, extra);
export const objectsParam = (name: string, description: string, typeName = 'System.Object[]', extra: Extra = {}) =>
  build(name, 'object[]', typeName, description, extra);

/** The -Encoding parameter of the file cmdlets (pwsh 7's names; utf8NoBOM is the default). */
export const ENCODING_NAMES = ['ascii', 'ansi', 'bigendianunicode', 'bigendianutf32', 'oem', 'unicode', 'utf7', 'utf8', 'utf8BOM', 'utf8NoBOM', 'utf32'];
export const encodingParam = () =>
  build('Encoding', 'string', 'System.Text.Encoding', 'The text encoding: utf8NoBOM (the default), utf8BOM, utf8, ascii, unicode, bigendianunicode, utf32, oem, ansi, latin1, or a .NET encoding name or code page.', {
    transform: encodingArgument,
    validateNotNullOrEmpty: true,
    argumentCompletions: ENCODING_NAMES,
  });

/**
 * pwsh's ArgumentToEncodingTransformation: its names, or an encoding's .NET name or code page (`latin1`,
 * `iso-8859-1`, `windows-1252`, `utf-8`, 1252 ...), as the name file-text.ts writes and reads with.
 */
function encodingArgument(value: unknown): unknown {
  const text = toPSString(unwrap(value)).trim();
  const known = ENCODING_NAMES.find((n) => n.toLowerCase() === text.toLowerCase());
  if (known) return known;
  if (/^-?\d+$/.test(text)) {
    const page = Number(text);
    if (page < 0 || page > 65535) throw new ConversionError("Valid values are between 0 and 65535, inclusive. (Parameter 'codepage')");
    const named = CODE_PAGES[page];
    if (named) return named;
    throw new ConversionError(`No data is available for encoding ${page}. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.`);
  }
  const named = DOTNET_NAMES[text.toLowerCase()];
  if (named) return named;
  throw new ConversionError(`'${text}' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')`);
}

/** .NET's names for the encodings the file cmdlets write (Encoding.GetEncoding's UTF-8 and UTF-16/32 have a byte order mark). */
const DOTNET_NAMES: Readonly<Record<string, string>> = {
  'utf-8': 'utf8BOM',
  'utf-16': 'unicode',
  'utf-16le': 'unicode',
  'utf-16be': 'bigendianunicode',
  unicodefffe: 'bigendianunicode',
  'utf-32': 'utf32',
  'utf-32le': 'utf32',
  'utf-32be': 'bigendianutf32',
  'us-ascii': 'ascii',
  'iso-8859-1': 'latin1',
  latin1: 'latin1',
  'windows-1252': 'windows-1252',
};
const CODE_PAGES: Readonly<Record<number, string>> = { 65001: 'utf8BOM', 1200: 'unicode', 1201: 'bigendianunicode', 12000: 'utf32', 12001: 'bigendianutf32', 20127: 'ascii', 28591: 'latin1', 1252: 'windows-1252' };

/** A [ScriptBlock] parameter's coerce: nothing else converts to one (the binder reports the rest as pwsh's binder does). */
export function asScriptBlock(value: unknown): unknown {
  if (unwrap(value) instanceof ScriptBlock) return value;
  throw castFailure(value, 'System.Management.Automation.ScriptBlock');
}
