// Get-Help of a function without comment-based help, laid out as pwsh 7.6.10's console shows the
// ExtendedCmdletHelpInfo it builds from the command's metadata: NAME, SYNTAX, ALIASES and REMARKS, with
// PARAMETERS (names only) in -Detailed, PARAMETERS with their attribute rows and INPUTS/OUTPUTS in
// -Full, and no SYNTAX in -Examples. The page is drawn from the help object's own properties, as pwsh's
// format data draws it, so what the object holds and what the page shows cannot disagree. Like the view
// of comment-based help, pwsh's formatter cuts a long line at the width's last column whatever the words,
// and pads the sections with its own runs of lines of four spaces; both are kept. Recorded in the
// conformance area `function-help`.

import type { HelpView } from './render.js';
import { COMMON_PARAMETERS_TEXT, cutAtWidth } from './help-text.js';

/** What the view reads of a parameter object (help-objects.ts builds them). */
export interface ExtendedParameter {
  name: string;
  required: string;
  pipelineInput: string;
  isDynamic: string;
  globbing: string;
  parameterSetName: string;
  /** The value's type as syntax names it; absent for a switch. */
  parameterValue?: string;
  position: string;
  aliases: string;
  /** The values a syntax item offers ([ValidateSet] or an enum's names). */
  values?: readonly string[];
}

/** What the view reads of the topic. */
export interface ExtendedTopic {
  name: string;
  commonParameters: boolean;
  syntaxItems: readonly (readonly ExtendedParameter[])[];
  parameters: readonly ExtendedParameter[];
  inputs: string;
  outputs: string;
  aliases: string;
  remarks: string;
}

const FOUR = '    ';

/** One line broken at the console's last column; an empty line is an indented one. */
const cut = (line: string, indent: number, width: number): string[] => cutAtWidth(line, indent, width, ' '.repeat(indent));

/** A text property's lines (each of its lines, a trailing line break an indented empty line). */
function textLines(value: string, indent: number, width: number): string[] {
  return value.split('\n').flatMap((l) => cut(l, indent, width));
}

function syntaxParameter(p: ExtendedParameter): string {
  if (p.parameterValue === undefined) return p.required === 'true' ? `-${p.name}` : `[-${p.name}]`;
  const value = p.values?.length ? `{${p.values.join(' | ')}}` : `<${p.parameterValue}>`;
  const positional = p.position !== 'Named';
  if (p.required === 'true') return positional ? `[-${p.name}] ${value}` : `-${p.name} ${value}`;
  return positional ? `[[-${p.name}] ${value}]` : `[-${p.name} ${value}]`;
}

/** A syntax item: the name, each parameter followed by a space, then `[<CommonParameters>]` when it has them. */
function syntaxItem(topic: ExtendedTopic, params: readonly ExtendedParameter[], width: number): string[] {
  const line = `${topic.name} ${params.map((p) => `${syntaxParameter(p)} `).join('')}${topic.commonParameters ? '[<CommonParameters>]' : ''}`;
  return [...cut(line, 4, width), FOUR];
}

/** The parameter's heading: `-Name <string>`, or `-Force` for a switch. */
export function parameterHeading(p: ExtendedParameter): string {
  return p.parameterValue === undefined ? `-${p.name}` : `-${p.name} <${p.parameterValue}>`;
}

/** A parameter's attribute rows, as -Full and -Parameter show them. */
export function attributeRows(p: ExtendedParameter, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return [
    `${pad}Required?                    ${p.required}`,
    `${pad}Position?                    ${p.position}`,
    `${pad}Accept pipeline input?       ${p.pipelineInput}`,
    `${pad}Parameter set name           ${p.parameterSetName}`,
    `${pad}Aliases                      ${p.aliases}`,
    `${pad}Dynamic?                     ${p.isDynamic}`,
    `${pad}Accept wildcard characters?  ${p.globbing}`,
  ];
}

/** The common-parameters paragraph in a frame 8 columns in; what does not fit goes on a line of its own 4 in. */
function commonParameters(width: number): string[] {
  const last = COMMON_PARAMETERS_TEXT[COMMON_PARAMETERS_TEXT.length - 1]!;
  const room = width - 1 - 8;
  const lines = ['    <CommonParameters>', ...COMMON_PARAMETERS_TEXT.slice(0, -1).map((l) => `        ${l}`)];
  if (last.length > room) lines.push(`        ${last.slice(0, room)}`, `    ${last.slice(room)} `);
  else lines.push(`        ${last}`);
  return [...lines, FOUR];
}

/** PARAMETERS: names alone in -Detailed, with their attribute rows in -Full. */
function parameterSection(topic: ExtendedTopic, full: boolean, width: number): string[] {
  const lines = ['PARAMETERS'];
  for (const p of topic.parameters) {
    if (full) lines.push(`${FOUR}${parameterHeading(p)}`, '        ', ...attributeRows(p, 8), '        ');
    else lines.push(`${FOUR}${parameterHeading(p)}`, FOUR);
  }
  if (!topic.parameters.length && !topic.commonParameters) lines.push(`${FOUR}None`, FOUR);
  if (topic.commonParameters) lines.push(...commonParameters(width));
  return [...lines, full ? FOUR : ''];
}

/** The page of a function without help in one of Get-Help's views (a leading and trailing line break: the group's). */
export function renderExtendedHelp(topic: ExtendedTopic, view: HelpView, width: number): string {
  const lines = ['', 'NAME', `${FOUR}${topic.name}`];
  if (view === 'examples') {
    lines.push('');
  } else {
    lines.push(FOUR, 'SYNTAX', ...topic.syntaxItems.flatMap((item) => syntaxItem(topic, item, width)));
    if (view === 'default') lines.push('');
    else {
      lines.push(FOUR, ...parameterSection(topic, view === 'full', width));
      if (view === 'full') lines.push('INPUTS', ...textLines(topic.inputs, 4, width), FOUR, 'OUTPUTS', ...textLines(topic.outputs, 4, width), FOUR);
    }
  }
  // The page ends with an empty line of its own before the group's closing one.
  lines.push('ALIASES', ...textLines(topic.aliases, 4, width), '', 'REMARKS', ...textLines(topic.remarks, 4, width), '', '');
  return lines.join('\n');
}

/** `Get-Help … -Parameter`: a parameter's block, unframed, followed by an empty line. */
export function renderExtendedParameter(p: ExtendedParameter): string {
  return [parameterHeading(p), FOUR, ...attributeRows(p, 4), FOUR, ''].join('\n');
}
