// Get-Help of a function or script file with comment-based help, laid out as pwsh 7.6.10's console shows
// the help it builds from the comments (the MamlCommandHelpInfo views: default, -Detailed, -Full,
// -Examples, -Parameter). Unlike a docs page (render.ts), pwsh's formatter breaks these lines at the
// width's last column whatever the words, and pads sections with its own fixed runs of blank lines; both
// are kept, since a script's help is what its author and pwsh users compare. Recorded in the
// conformance area `script-commands`.

import { ALL_SETS, type CmdletDefinition, type CommentHelp, type ParameterMetadata } from '../engine/cmdlet.js';
import { membership, shouldProcessParameters } from '../engine/command-metadata.js';
import { scriptFunctionOf } from '../engine/function-definition.js';
import { displayOrder, parameterSetNames, parametersInSet } from './syntax.js';
import type { HelpView } from './render.js';
import { COMMON_PARAMETERS_TEXT, cutAtWidth } from './help-text.js';

export interface CommentHelpContext {
  definition: CmdletDefinition;
  help: CommentHelp;
  /** What NAME, SYNTAX and REMARKS call the command: a function's name, a script's full path. */
  name: string;
  width: number;
}

/** One line broken at the console's last column; an empty line is empty. */
const cut = (line: string, indent: number, width: number): string[] => cutAtWidth(line, indent, width, '');

/** A text of the help: each of its lines cut to the width (blank lines kept). */
function text(value: string, indent: number, width: number): string[] {
  return value === '' ? [] : value.split('\n').flatMap((l) => cut(l, indent, width));
}

const blank = (n: number): string[] => Array<string>(n).fill('');

/** The type as help built from comments names it: the .NET name without its namespace. */
export function typeName(p: ParameterMetadata): string {
  return p.typeName.slice(p.typeName.lastIndexOf('.') + 1);
}

function syntaxPart(p: ParameterMetadata, m: { mandatory?: boolean; position?: number }): string {
  if (p.kind === 'switch') return m.mandatory ? `-${p.name}` : `[-${p.name}]`;
  const type = `<${typeName(p)}>`;
  const positional = m.position !== undefined;
  if (m.mandatory) return positional ? `[-${p.name}] ${type}` : `-${p.name} ${type}`;
  return positional ? `[[-${p.name}] ${type}]` : `[-${p.name} ${type}]`;
}

/** SYNTAX: one line per parameter set, a blank line between. */
function syntax(ctx: CommentHelpContext): string[] {
  const def = ctx.definition;
  return parameterSetNames(def).flatMap((set, i) => {
    const parts = [ctx.name, ...displayOrder(parametersInSet(def, set)).map((x) => syntaxPart(x.parameter, x.membership))];
    if (def.supportsShouldProcess) parts.push('[-WhatIf]', '[-Confirm]');
    parts.push('[<CommonParameters>]');
    return [...(i > 0 ? [''] : []), ...cut(parts.join(' '), 4, ctx.width)];
  });
}

/** The parameters help lists: the command's own in declaration order, then -WhatIf and -Confirm. */
export function parameters(def: CmdletDefinition): ParameterMetadata[] {
  return [...def.parameters.filter((p) => !p.dontShow), ...shouldProcessParameters(def)];
}

/** What help shows as the default of a parameter written without one: its type's, for these types (pwsh 7.6.10). */
const TYPE_DEFAULTS: Readonly<Record<string, string>> = {
  'System.Management.Automation.SwitchParameter': 'False',
  'System.Boolean': 'False',
  ...Object.fromEntries(
    ['Int32', 'Int64', 'Int16', 'Byte', 'SByte', 'UInt16', 'UInt32', 'UInt64', 'Double', 'Single', 'Decimal'].map((t) => [`System.${t}`, '0']),
  ),
};

/** A parameter's default as its param( ) block writes it: a string's value, other expressions as typed. */
function defaultValue(def: CmdletDefinition, p: ParameterMetadata): string {
  const fn = scriptFunctionOf(def);
  const ast = fn?.block.ast.parameters?.find((x) => x.name.toLowerCase() === p.name.toLowerCase());
  const value = ast?.defaultValue;
  if (!value) return ast ? (TYPE_DEFAULTS[p.typeName] ?? '') : '';
  if (value.kind === 'string') return value.value;
  return fn!.block.source.text.slice(value.span.start, value.span.end);
}

function heading(p: ParameterMetadata): string {
  return p.kind === 'switch' ? `-${p.name} [<SwitchParameter>]` : `-${p.name} <${typeName(p)}>`;
}

/** A parameter's attributes as help built from comments states them: its -Full rows and its help object's properties. */
export function commentParameterAttributes(def: CmdletDefinition, p: ParameterMetadata): { required: string; position: string; defaultValue: string; pipelineInput: string; globbing: string } {
  const m = membership(p, Object.keys(p.sets)[0] ?? ALL_SETS);
  const pipeline = [m.valueFromPipeline ? 'ByValue' : '', m.valueFromPipelineByPropertyName ? 'ByPropertyName' : ''].filter(Boolean);
  return {
    required: m.mandatory ? 'true' : 'false',
    position: m.position !== undefined ? String(m.position + 1) : 'named',
    defaultValue: defaultValue(def, p),
    pipelineInput: pipeline.length ? `true (${pipeline.join(', ')})` : 'false',
    globbing: 'false',
  };
}

/** A parameter's attribute rows (Required?, Position?, ...), as help built from comments shows them. */
function attributeRows(def: CmdletDefinition, p: ParameterMetadata, indent: number): string[] {
  const a = commentParameterAttributes(def, p);
  const pad = ' '.repeat(indent);
  return [
    `${pad}Required?                    ${a.required}`,
    `${pad}Position?                    ${a.position}`,
    `${pad}Default value                ${a.defaultValue}`,
    `${pad}Accept pipeline input?       ${a.pipelineInput}`,
    `${pad}Aliases                      `,
    `${pad}Accept wildcard characters?  ${a.globbing}`,
  ];
}

function parameterDescription(ctx: CommentHelpContext, p: ParameterMetadata, indent: number): string[] {
  return text(ctx.help.parameters[p.name.toLowerCase()] ?? '', indent, ctx.width);
}

/** PARAMETERS: each parameter (with its attribute rows in -Full), then the CommonParameters paragraph. */
function parameterSection(ctx: CommentHelpContext, full: boolean): string[] {
  const lines = ['PARAMETERS'];
  for (const p of parameters(ctx.definition)) {
    lines.push(`    ${heading(p)}`, ...parameterDescription(ctx, p, 8), '');
    if (full) lines.push(...attributeRows(ctx.definition, p, 8), '');
  }
  // pwsh sets the paragraph in a frame 8 columns in, and the word that does not fit in it on a line of its own 4 in.
  const last = COMMON_PARAMETERS_TEXT[COMMON_PARAMETERS_TEXT.length - 1]!;
  const room = ctx.width - 1 - 8;
  lines.push('    <CommonParameters>', ...COMMON_PARAMETERS_TEXT.slice(0, -1).map((l) => `        ${l}`));
  if (last.length > room) lines.push(`        ${last.slice(0, room)}`, `    ${last.slice(room)}`);
  else lines.push(`        ${last}`);
  return lines;
}

/**
 * An .EXAMPLE's parts: the prompt pwsh puts before its first line (`PS > `, or the `PS>` it starts with),
 * that line, and the paragraphs of the rest (pwsh's help object keeps the first of them with the code).
 */
export function exampleParts(value: string): { prompt: string; first: string; paragraphs: string[] } {
  const [first = '', ...rest] = value.split('\n');
  const prompt = /^(PS[^>]*>)\s*(.*)$/.exec(first);
  const paragraphs = rest
    .join('\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
  return prompt ? { prompt: prompt[1]!, first: prompt[2]!, paragraphs } : { prompt: 'PS > ', first, paragraphs };
}

/** An .EXAMPLE: its first line the code (after its prompt), the rest remarks. */
function example(ctx: CommentHelpContext, value: string, index: number): string[] {
  const { prompt, first, paragraphs } = exampleParts(value);
  const lines = [`    ${exampleRule(index)}`, '', ...cut(prompt + first, 4, ctx.width)];
  paragraphs.forEach((p, i) => lines.push(...(i > 0 ? [''] : []), ...text(p, 4, ctx.width)));
  // pwsh's example view ends with six blank lines after a single paragraph, four after several.
  return [...lines, ...blank(paragraphs.length > 1 ? 4 : 6)];
}

/** The title pwsh gives the n-th (from 0) .EXAMPLE. */
export function exampleRule(index: number): string {
  return `-------------------------- EXAMPLE ${index + 1} --------------------------`;
}

function examples(ctx: CommentHelpContext): string[] {
  return ctx.help.examples.flatMap((e, i) => example(ctx, e, i));
}

function remarks(ctx: CommentHelpContext): string[] {
  const lines = ['REMARKS'];
  for (const [what, view] of [['To see the examples', 'Examples'], ['For more information', 'Detailed'], ['For technical information', 'Full']]) {
    lines.push(...cut(`${what}, type: "Get-Help ${ctx.name} -${view}"`, 4, ctx.width));
  }
  // The online line is pwsh's own item: what does not fit goes on at the first column.
  lines.push(...(ctx.help.links.length ? cut(`    For online help, type: "Get-Help ${ctx.name} -Online"`, 0, ctx.width) : ['']), '');
  return lines;
}

/** INPUTS or OUTPUTS: each text and two blank lines, or one blank line when there is none. */
function typesSection(title: string, values: string[], width: number): string[] {
  const body = values.filter((v) => v !== '');
  return [title, ...(body.length ? body.flatMap((v) => [...text(v, 4, width), '', '']) : [''])];
}

/** The help of a command with comment-based help, in one of Get-Help's views. */
export function renderCommentHelp(ctx: CommentHelpContext, view: HelpView): string {
  const { help, width } = ctx;
  const lines = ['', 'NAME', `    ${ctx.name}`, '', 'SYNOPSIS', ...text(help.synopsis, 4, width), '', ''];
  if (view === 'examples') {
    lines.push(...examples(ctx), '', '');
    return lines.join('\n');
  }
  lines.push('SYNTAX', ...syntax(ctx), '', '', 'DESCRIPTION', ...text(help.description, 4, width), '', '');
  if (view === 'default') {
    lines.push('RELATED LINKS', ...help.links.map((l) => `    ${l}`), '', ...remarks(ctx));
  } else if (view === 'detailed') {
    lines.push(...parameterSection(ctx, false), '', ...examples(ctx), ...remarks(ctx));
  } else {
    lines.push(...parameterSection(ctx, true), '');
    lines.push(...typesSection('INPUTS', help.inputs, width), ...typesSection('OUTPUTS', help.outputs, width));
    if (help.notes) lines.push('NOTES', '', '', ...text(help.notes, 8, width), '');
    lines.push(...examples(ctx), '', 'RELATED LINKS', ...help.links.map((l) => `    ${l}`), '', '');
  }
  return lines.join('\n');
}

/** `Get-Help … -Parameter Name` for a command with comment-based help: the parameter's block, unframed. */
export function renderCommentHelpParameter(ctx: CommentHelpContext, p: ParameterMetadata): string[] {
  return ['', heading(p), ...parameterDescription(ctx, p, 4), '', ...attributeRows(ctx.definition, p, 4), ''];
}

/** The parameters `-Parameter` patterns choose from, in the order -Full lists them. */
export function commentHelpParameters(def: CmdletDefinition): ParameterMetadata[] {
  return parameters(def);
}
