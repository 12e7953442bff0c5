// PowerShell's console help layout (NAME, SYNOPSIS, SYNTAX, DESCRIPTION, PARAMETERS, INPUTS,
// OUTPUTS, NOTES, EXAMPLES, RELATED LINKS, REMARKS), built from cmdlet metadata plus the prose of
// a docs page. Lines carry no trailing blanks (PowerShell pads some; nobody relies on that).

import { ALL_SETS, type CmdletDefinition, type ParameterMetadata } from '../engine/cmdlet.js';
import type { AliasDefinition } from '../engine/cmdlet.js';
import type { Block, HelpPage } from './page.js';
import { syntaxLines } from './syntax.js';
import { displayWidth } from '../host/text-width.js';

export type HelpView = 'default' | 'detailed' | 'full' | 'examples';

export interface RenderContext {
  definition: CmdletDefinition;
  page: HelpPage | undefined;
  aliases: AliasDefinition[];
  /** Console width; text wraps to fit. */
  width: number;
}

/**
 * HelpDisplayStrings.BaseCmdletInformation as PowerShell 7.4 prints it: its own hard line breaks
 * (the list is older than InformationAction and ProgressAction and was never updated).
 */
export const COMMON_PARAMETERS_LINES = [
  'This cmdlet supports the common parameters: Verbose, Debug,',
  'ErrorAction, ErrorVariable, WarningAction, WarningVariable,',
  'OutBuffer, PipelineVariable, and OutVariable. For more information, see',
  'about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).',
];

/** Word-wraps one paragraph at `width`, every line starting with `indent` spaces. */
export function wrap(text: string, indent: number, width: number): string[] {
  const pad = ' '.repeat(indent);
  const avail = Math.max(20, width - indent - 1);
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && displayWidth(line) + 1 + displayWidth(word) > avail) {
      out.push(pad + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line || out.length === 0) out.push(pad + line);
  return out;
}

function blocks(body: Block[], indent: number, width: number): string[] {
  const out: string[] = [];
  body.forEach((b, i) => {
    if (i > 0) out.push('');
    if (b.kind === 'code') out.push(...b.lines.map((l) => (l ? ' '.repeat(indent) + l : '')));
    else out.push(...wrap(b.text, indent, width));
  });
  return out;
}

export function synopsisText(ctx: RenderContext): Block[] {
  return ctx.page?.synopsis.length ? ctx.page.synopsis : [{ kind: 'text', text: ctx.definition.synopsis }];
}

function section(title: string, lines: string[]): string[] {
  return [title, ...lines, ''];
}

function nameSection(ctx: RenderContext): string[] {
  return section('NAME', [`    ${ctx.definition.name}`]);
}

function syntaxSection(ctx: RenderContext): string[] {
  const lines: string[] = [];
  syntaxLines(ctx.definition, 'help').forEach((s, i) => {
    if (i > 0) lines.push('');
    lines.push(...wrap(s, 4, ctx.width));
  });
  return section('SYNTAX', lines);
}

function descriptionSection(ctx: RenderContext): string[] {
  const body = ctx.page?.description ?? [];
  return body.length ? section('DESCRIPTION', blocks(body, 4, ctx.width)) : [];
}

function aliasSection(ctx: RenderContext): string[] {
  return ctx.aliases.length ? section('ALIASES', ctx.aliases.map((a) => `    ${a.name}`)) : [];
}

function linksSection(ctx: RenderContext): string[] {
  const links = ctx.page?.links ?? [];
  if (!links.length) return [];
  return section(
    'RELATED LINKS',
    links.map((l) => (/^https?:/.test(l.url) ? `    ${l.text} (${l.url})` : `    ${l.text}`)),
  );
}

function remarksSection(ctx: RenderContext, view: HelpView): string[] {
  const n = ctx.definition.name;
  const lines = [`    To see the examples, type: "Get-Help ${n} -Examples"`];
  if (view === 'default') lines.push(`    For more information, type: "Get-Help ${n} -Detailed"`);
  lines.push(`    For technical information, type: "Get-Help ${n} -Full"`);
  if (ctx.page?.onlineVersion) lines.push(`    For online help, type: "Get-Help ${n} -Online"`);
  return section('REMARKS', lines);
}

/**
 * The parameters in help order. PowerShell lists a MAML topic's parameters in the order of the help
 * file, for -Full, -Detailed and -Parameter alike; here that is the order of the page's
 * `### -Name` headings. Parameters the page does not describe follow, alphabetically.
 */
export function helpParameterOrder(def: CmdletDefinition, page: HelpPage | undefined): ParameterMetadata[] {
  const visible = def.parameters.filter((p) => !p.dontShow);
  const documented = [...(page?.parameters.keys() ?? [])];
  const rank = (p: ParameterMetadata) => {
    const i = documented.indexOf(p.name.toLowerCase());
    return i < 0 ? documented.length : i;
  };
  return visible.sort((a, b) => rank(a) - rank(b) || (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
}

function parameterHeader(p: ParameterMetadata, indent: string): string {
  if (p.kind === 'switch') return `${indent}-${p.name} [<${p.typeName}>]`;
  return `${indent}-${p.name} <${p.typeName}>`;
}

export function parameterProse(ctx: RenderContext, p: ParameterMetadata): Block[] {
  const help = ctx.page?.parameters.get(p.name.toLowerCase());
  if (help?.body.length) return help.body;
  return p.description ? [{ kind: 'text', text: p.description }] : [];
}

/** "true" / "false", or per set when the sets disagree: "true (NoException), false (WithException)". */
function perSet(p: ParameterMetadata, pick: (set: string) => string): string {
  const sets = Object.keys(p.sets);
  const values = sets.map(pick);
  if (values.every((v) => v === values[0])) return values[0]!;
  return sets.map((s, i) => `${values[i]} (${s === ALL_SETS ? 'All' : s})`).join(', ');
}

function firstPosition(p: ParameterMetadata): string {
  const position = Object.values(p.sets).find((m) => m.position !== undefined)?.position;
  return position === undefined ? 'named' : String(position);
}

/** A parameter's attributes as help states them: the -Full view's table rows and the help object's properties. */
export interface ParameterAttributes {
  required: string;
  position: string;
  defaultValue: string;
  pipelineInput: string;
  aliases: string;
  globbing: string;
}

export function parameterAttributes(ctx: RenderContext, p: ParameterMetadata): ParameterAttributes {
  const help = ctx.page?.parameters.get(p.name.toLowerCase());
  const pipelineInput = perSet(p, (s) => {
    const m = p.sets[s]!;
    const kinds = [m.valueFromPipeline && 'ByValue', m.valueFromPipelineByPropertyName && 'ByPropertyName'].filter(Boolean);
    return kinds.length ? `True (${kinds.join(', ')})` : 'False';
  });
  return {
    required: perSet(p, (s) => String(p.sets[s]!.mandatory === true)),
    // PowerShell shows one position: the first set's that has one (pwsh 7.6.10: ClientTag, at 2, 2, 1 and
    // named in Connect-SPOService's four sets, shows 2).
    position: firstPosition(p),
    defaultValue: help?.defaultValue ?? 'None',
    pipelineInput,
    aliases: p.aliases?.length ? p.aliases.join(', ') : 'none',
    globbing: String(help?.wildcards === true),
  };
}

function attributeTable(ctx: RenderContext, p: ParameterMetadata, indent: number): string[] {
  const a = parameterAttributes(ctx, p);
  const row = (label: string, value: string) => `${' '.repeat(indent)}${label.padEnd(29)}${value}`;
  return [
    row('Required?', a.required),
    row('Position?', a.position),
    row('Default value', a.defaultValue),
    row('Accept pipeline input?', a.pipelineInput),
    row('Aliases', a.aliases),
    row('Accept wildcard characters?', a.globbing),
  ];
}

/**
 * One parameter: `-Name <Type>` at `indent`, prose 4 further in, and with `withTable` the attribute
 * lines after an empty line (PowerShell writes that empty line even when there is no prose).
 * Inside PARAMETERS the indent is 4; the `-Parameter` view (MamlCommandParameterView) has no
 * outer frame, so there it is 0.
 */
export function parameterBlock(ctx: RenderContext, p: ParameterMetadata, withTable: boolean, indent = 4): string[] {
  const out = [parameterHeader(p, ' '.repeat(indent))];
  out.push(...blocks(parameterProse(ctx, p), indent + 4, ctx.width));
  if (withTable) out.push('', ...attributeTable(ctx, p, indent + 4));
  out.push('');
  return out;
}

function parametersSection(ctx: RenderContext, withTable: boolean): string[] {
  const lines: string[] = [];
  for (const p of helpParameterOrder(ctx.definition, ctx.page)) lines.push(...parameterBlock(ctx, p, withTable));
  lines.push('    <CommonParameters>', ...COMMON_PARAMETERS_LINES.flatMap((l) => wrap(l, 8, ctx.width)), '');
  return ['PARAMETERS', ...lines];
}

function typesSection(title: string, list: HelpPage['inputs'], width: number): string[] {
  if (!list.length) return [];
  const lines: string[] = [];
  for (const t of list) {
    lines.push(`    ${t.type}`);
    const body = blocks(t.body, 8, width);
    if (body.length) lines.push(...body);
    lines.push('');
  }
  return [title, ...lines];
}

function notesSection(ctx: RenderContext): string[] {
  const notes = ctx.page?.notes ?? [];
  return notes.length ? section('NOTES', blocks(notes, 4, ctx.width)) : [];
}

/** An example's title centred in a 64-column rule, as PlatyPS-built help holds it (the help object's `title`). */
export function exampleTitle(title: string): string {
  const left = Math.max(2, Math.floor((62 - title.length) / 2));
  const right = Math.max(2, 62 - title.length - left);
  return `${'-'.repeat(left)} ${title} ${'-'.repeat(right)}`;
}

function examplesSection(ctx: RenderContext): string[] {
  const examples = ctx.page?.examples ?? [];
  if (!examples.length) return [];
  const lines: string[] = [];
  for (const ex of examples) {
    // PowerShell's Examples, Detailed and Full views print no EXAMPLES heading: the examples follow directly.
    lines.push(`    ${exampleTitle(ex.title)}`, '');
    lines.push(...ex.code.map((l) => (l ? `    ${l}` : '')));
    if (ex.remarks.length) lines.push('', ...blocks(ex.remarks, 4, ctx.width));
    lines.push('');
  }
  return lines;
}

/** The whole help text for one command in the chosen view. */
export function renderHelp(ctx: RenderContext, view: HelpView): string {
  const synopsis = section('SYNOPSIS', blocks(synopsisText(ctx), 4, ctx.width));
  let parts: string[];
  switch (view) {
    case 'examples':
      parts = [...nameSection(ctx), ...synopsis, '', ...examplesSection(ctx)];
      break;
    case 'detailed':
      parts = [
        ...nameSection(ctx),
        ...synopsis,
        '',
        ...syntaxSection(ctx),
        '',
        ...descriptionSection(ctx),
        '',
        ...parametersSection(ctx, false),
        ...examplesSection(ctx),
        ...remarksSection(ctx, view),
      ];
      break;
    case 'full':
      parts = [
        ...nameSection(ctx),
        ...synopsis,
        '',
        ...syntaxSection(ctx),
        '',
        ...descriptionSection(ctx),
        '',
        ...parametersSection(ctx, true),
        ...typesSection('INPUTS', ctx.page?.inputs ?? [], ctx.width),
        ...typesSection('OUTPUTS', ctx.page?.outputs ?? [], ctx.width),
        ...notesSection(ctx),
        ...examplesSection(ctx),
        ...aliasSection(ctx),
        ...linksSection(ctx),
      ];
      break;
    default:
      parts = [
        ...nameSection(ctx),
        ...synopsis,
        '',
        ...syntaxSection(ctx),
        '',
        ...descriptionSection(ctx),
        '',
        ...aliasSection(ctx),
        ...linksSection(ctx),
        ...remarksSection(ctx, view),
      ];
  }
  // Collapse runs of more than two empty lines left by absent sections.
  const text = ['', ...parts].join('\n').replace(/\n{4,}/g, '\n\n\n');
  return text.replace(/\n+$/, '\n');
}
