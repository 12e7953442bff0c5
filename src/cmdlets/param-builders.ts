// Short builders for parameter metadata, so a cmdlet file reads as its parameter list.
// Each returns plain ParameterMetadata; `sets` defaults to "(All)" without a position.

import { ALL_SETS, type ParameterMetadata, type ParameterSetMembership } from '../engine/cmdlet.js';
import { castFailure, unwrap } from '../engine/convert.js';
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
  build('Encoding', 'string', 'System.Text.Encoding', 'The text encoding: utf8NoBOM (the default), utf8BOM, utf8, ascii, unicode, bigendianunicode, utf32, oem, ansi.', {
    validateSet: ENCODING_NAMES,
  });

/** A [ScriptBlock] parameter's coerce: nothing else converts to one (the binder reports the rest as pwsh's binder does). */
export function asScriptBlock(value: unknown): unknown {
  if (unwrap(value) instanceof ScriptBlock) return value;
  throw castFailure(value, 'System.Management.Automation.ScriptBlock');
}
