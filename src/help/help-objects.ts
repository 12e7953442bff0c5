// Get-Help's output as objects, in the shape pwsh 7.6.10 gives help read from MAML (a PlatyPS help file)
// or from comments: a PSCustomObject named MamlCommandHelpInfo (with #FullView, #DetailedView or
// #ExamplesView before it for those views), whose MAML parts are nested objects named
// `MamlCommandHelpInfo#details`, `#syntax`, `#syntaxItem`, `#parameters`, `#parameter`, `#type`,
// `#examples`, `#example`, `#relatedLinks`, `#navigationLink`, `#inputTypes`, `#inputType`,
// `#returnValues`, `#returnValue` and `#alertSet`, with paragraphs as MamlParaTextItem objects ({Text}).
// As in MAML, a part with one child holds it alone, with several an array (PSObject[]).
// Several matches are the same objects named HelpInfoShort (format.ts shows them as pwsh's table).
// The text Get-Help prints is these objects' view, a custom control: Out-Default calls `viewLine` with
// its line width, which renders the topic (render.ts, comment-help-view.ts) in the view Get-Help was
// asked for, and prints consecutive help objects as one group (a blank line before and after it, as
// pwsh does: text written after a topic comes before the group's closing blank line).

import { ALL_SETS, type CmdletDefinition, type ParameterMetadata, type ParameterSetMembership } from '../engine/cmdlet.js';
import { shouldProcessParameters } from '../engine/command-metadata.js';
import { enumTypeNamed } from '../engine/enum-types.js';
import { TypedArray } from '../engine/convert.js';
import { GenericList, PSObject } from '../engine/values.js';
import type { Block } from './page.js';
import { exampleTitle, helpParameterOrder, parameterAttributes, parameterProse, synopsisText, type HelpView, type RenderContext } from './render.js';
import { displayOrder, parameterSetNames, parametersInSet, shortTypeName as shortName } from './syntax.js';
import { renderExtendedHelp, renderExtendedParameter, type ExtendedParameter, type ExtendedTopic } from './extended-help-view.js';
import { commentParameterAttributes, exampleParts, exampleRule, parameters as commentParameters, typeName as shortTypeName, type CommentHelpContext } from './comment-help-view.js';

const CUSTOM_OBJECT = 'System.Management.Automation.PSCustomObject';
const PSOBJECT = 'System.Management.Automation.PSObject';
const MAML = 'MamlCommandHelpInfo';
/** What pwsh calls the help it builds from a command's metadata when it has none (DefaultCommandHelpObjectBuilder). */
const EXTENDED = 'ExtendedCmdletHelpInfo';

/** A help object, or one of its parts: a PSCustomObject whose pstypenames are pwsh's for that part. */
export class HelpObject extends PSObject {
  /** `$h.examples.example[0]` is the one example, as a custom object indexes in pwsh. */
  static readonly indexesAsScalar = true;
  constructor(
    typeNames: readonly string[],
    props: Record<string, unknown>,
    /** The object's lines in its own view's group at the formatter's width (format.ts); parts have none. */
    readonly viewLine?: (width: number) => string,
    /** A topic's lines in another topic view (a group of help objects prints in its first one's view). */
    private readonly renderIn?: (view: HelpView, width: number) => string,
  ) {
    super(CUSTOM_OBJECT, props);
    const names = GenericList.from(typeNames) as GenericList<string>;
    names.elementType = 'System.String';
    this.typeNames = names;
  }

  /** The view Out-Default picks for the object: the one of its first type name. */
  get viewName(): string {
    return this.typeNames![0]!;
  }

  /**
   * The object's lines in the view of that name (format.ts), when the view applies to it (its type names
   * include the view's name, as pwsh's format data selects); undefined when it does not.
   */
  viewLineIn(view: string, width: number): string | undefined {
    if (!this.viewLine || !this.typeNames!.includes(view)) return undefined;
    if (view === this.viewName || !this.renderIn) return this.viewLine(width);
    const helpView = TOPIC_VIEWS[view];
    return helpView ? groupLines((w) => this.renderIn!(helpView, w), true, true)(width) : undefined;
  }
}

/** The topic views by the type name that selects them. */
const TOPIC_VIEWS: Readonly<Record<string, HelpView>> = {
  [MAML]: 'default',
  [`${MAML}#FullView`]: 'full',
  [`${MAML}#DetailedView`]: 'detailed',
  [`${MAML}#ExamplesView`]: 'examples',
  [EXTENDED]: 'default',
  [`${EXTENDED}#FullView`]: 'full',
  [`${EXTENDED}#DetailedView`]: 'detailed',
  [`${EXTENDED}#ExamplesView`]: 'examples',
};

/** What names a topic besides its content: its command type and module. */
export interface TopicInfo {
  category: string;
  module: string;
}

const part = (name: string, props: Record<string, unknown>) => new HelpObject([`${MAML}#${name}`], props);

function psobjectArray(items: readonly unknown[]): TypedArray {
  return TypedArray.of2(PSOBJECT, [...items]);
}

/** MAML's one-or-many: a single child alone, several as an array. */
function oneOrMany(items: readonly PSObject[]): unknown {
  return items.length === 1 ? items[0] : psobjectArray(items);
}

/** Paragraphs as MamlParaTextItem objects; pwsh ends each but the last with a line break. */
function paragraphs(texts: readonly string[]): TypedArray {
  return psobjectArray(texts.map((text, i) => new HelpObject(['MamlParaTextItem', 'MamlTextItem'], { Text: i < texts.length - 1 ? `${text}\n` : text })));
}

function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.map((b) => (b.kind === 'text' ? b.text : b.lines.join('\n')));
}

/** The type names of a topic in a view: the view's names first (pwsh picks the view by them). */
function topicTypeNames(view: HelpView | 'short', base: readonly string[] = [MAML, 'HelpInfo']): string[] {
  if (view === 'short') return ['HelpInfoShort'];
  if (view === 'default') return [...base];
  const suffix = view === 'full' ? 'FullView' : view === 'detailed' ? 'DetailedView' : 'ExamplesView';
  return [...base.map((n) => `${n}#${suffix}`), ...base];
}

const XMLNS = {
  'xmlns:maml': 'http://schemas.microsoft.com/maml/2004/10',
  'xmlns:command': 'http://schemas.microsoft.com/maml/dev/command/2004/10',
  'xmlns:dev': 'http://schemas.microsoft.com/maml/dev/2004/10',
};

/** A syntax item: the command's name and its parameters in the set (none: no parameter property). */
function syntaxItem(name: string, params: readonly PSObject[]): HelpObject {
  return part('syntaxItem', params.length ? { name, parameter: oneOrMany(params) } : { name });
}

/** Sets `name` only when the list has something: MAML leaves out a section a topic does not have. */
function withSection(props: Record<string, unknown>, name: string, items: readonly PSObject[], wrap: (value: unknown) => PSObject): void {
  if (items.length) props[name] = wrap(oneOrMany(items));
}

/**
 * A view's lines in Out-Default's group of help objects, from the text the topic prints alone (which
 * starts and ends with a line break): the group writes the blank line before its first object and
 * after its last, so the first object's text leaves out its opening line break and the last its
 * closing one. The text is laid out at the whole line (the formatter's width leaves its last column free).
 */
export function groupLines(text: (width: number) => string, first: boolean, last: boolean): (width: number) => string {
  return (width) => {
    const t = text(width + 1);
    return t.slice(first && t.startsWith('\n') ? 1 : 0, last && t.endsWith('\n') ? -1 : undefined);
  };
}

// ---- A command's docs page (with its metadata) ----

/** A parameter of a docs page's topic: its attributes as -Full shows them; in a syntax item, as its set has them. */
function pageParameter(rc: RenderContext, p: ParameterMetadata, inSet?: ParameterSetMembership): HelpObject {
  const a = parameterAttributes(rc, p);
  return part('parameter', {
    name: p.name,
    description: paragraphs(blockTexts(parameterProse(rc, p))),
    parameterValue: p.typeName,
    type: part('type', { name: p.typeName, uri: '' }),
    defaultValue: a.defaultValue,
    required: inSet ? String(inSet.mandatory === true) : a.required,
    variableLength: 'true',
    globbing: a.globbing,
    pipelineInput: a.pipelineInput,
    position: inSet ? (inSet.position === undefined ? 'named' : String(inSet.position)) : a.position,
    aliases: a.aliases,
  });
}

/** The topic of a command with a docs page, as pwsh gives a MAML topic (Get-Help's view in `view`). */
export function pageHelpObject(rc: RenderContext, topic: TopicInfo, view: HelpView | 'short', render: (rc: RenderContext, view: HelpView) => string): HelpObject {
  const def = rc.definition;
  const page = rc.page;
  const [verb, noun] = def.name.includes('-') ? [def.name.slice(0, def.name.indexOf('-')), def.name.slice(def.name.indexOf('-') + 1)] : [undefined, undefined];
  const synopsis = synopsisText(rc);
  const props: Record<string, unknown> = {
    details: part('details', { name: def.name, ...(verb !== undefined ? { verb, noun } : {}), description: paragraphs(blockTexts(synopsis)) }),
  };
  if (page?.description.length) props.description = paragraphs(blockTexts(page.description));
  props.syntax = part('syntax', {
    syntaxItem: oneOrMany(
      parameterSetNames(def).map((set) =>
        syntaxItem(def.name, displayOrder(parametersInSet(def, set)).map((x) => pageParameter(rc, x.parameter, x.membership))),
      ),
    ),
  });
  withSection(props, 'parameters', helpParameterOrder(def, page).map((p) => pageParameter(rc, p)), (v) => part('parameters', { parameter: v }));
  const typed = (kind: string) => (t: { type: string; body: Block[] }) => part(kind, { type: part('type', { name: t.type }), description: paragraphs(blockTexts(t.body)) });
  withSection(props, 'inputTypes', (page?.inputs ?? []).map(typed('inputType')), (v) => part('inputTypes', { inputType: v }));
  withSection(props, 'returnValues', (page?.outputs ?? []).map(typed('returnValue')), (v) => part('returnValues', { returnValue: v }));
  if (page?.notes.length) props.alertSet = part('alertSet', { alert: paragraphs(blockTexts(page.notes)) });
  withSection(
    props,
    'examples',
    (page?.examples ?? []).map((ex) => part('example', { title: exampleTitle(ex.title), code: ex.code.join('\n'), remarks: paragraphs(blockTexts(ex.remarks)) })),
    (v) => part('examples', { example: v }),
  );
  withSection(
    props,
    'relatedLinks',
    (page?.links ?? []).map((l) => part('navigationLink', { linkText: l.text, uri: /^https?:/.test(l.url) ? l.url : '' })),
    (v) => part('relatedLinks', { navigationLink: v }),
  );
  Object.assign(props, XMLNS, {
    Name: def.name,
    Category: topic.category,
    Synopsis: blockTexts(synopsis)[0] ?? '',
    Component: null,
    Role: null,
    Functionality: null,
    ModuleName: topic.module,
  });
  if (view === 'short') return new HelpObject(topicTypeNames(view), props);
  return new HelpObject(topicTypeNames(view), props, groupLines((width) => render({ ...rc, width }, view), true, true), (v, width) => render({ ...rc, width }, v));
}

/** `Get-Help … -Parameter`: a parameter of a docs page's topic, printed by `text` (its block in the -Parameter view). */
export function pageParameterObject(rc: RenderContext, p: ParameterMetadata, text: (width: number) => string): HelpObject {
  const o = pageParameter(rc, p);
  return new HelpObject(o.typeNames!, Object.fromEntries(o.properties), text);
}

// ---- A function's or script's comment-based help ----

function commentParameter(ctx: CommentHelpContext, p: ParameterMetadata, inSyntax?: ParameterSetMembership): HelpObject {
  const a = commentParameterAttributes(ctx.definition, p);
  const text = ctx.help.parameters[p.name.toLowerCase()] ?? '';
  const props: Record<string, unknown> = { name: p.name };
  if (text !== '') props.description = paragraphs([text]);
  // pwsh's syntax items name no value for a switch and carry no type or default.
  if (!inSyntax || p.kind !== 'switch') props.parameterValue = shortTypeName(p);
  if (!inSyntax) Object.assign(props, { type: part('type', { name: shortTypeName(p) }), defaultValue: a.defaultValue });
  const position = inSyntax ? (inSyntax.position === undefined ? 'named' : String(inSyntax.position + 1)) : a.position;
  Object.assign(props, { required: inSyntax ? String(inSyntax.mandatory === true) : a.required, globbing: a.globbing, pipelineInput: a.pipelineInput, position });
  return part('parameter', props);
}

/** An .EXAMPLE as pwsh's object holds it: the prompt as its introduction, the code up to the first blank line, the rest remarks. */
function commentExample(value: string, index: number): HelpObject {
  const { prompt, first, paragraphs: rest } = exampleParts(value);
  const [more, ...remarks] = rest;
  return part('example', {
    title: exampleRule(index),
    introduction: paragraphs([prompt]),
    code: more === undefined ? first : `${first}\n${more}`,
    // pwsh's remarks end with four empty paragraphs (and are one empty paragraph and those without any).
    remarks: psobjectArray([...(remarks.length ? remarks : ['']), '', '', '', ''].map((Text) => new HelpObject(['MamlParaTextItem', 'MamlTextItem'], { Text }))),
  });
}

/** The topic of a function or script with comment-based help, as pwsh builds it from the comments. */
export function commentHelpObject(ctx: CommentHelpContext, topic: TopicInfo, view: HelpView | 'short', render: (ctx: CommentHelpContext, view: HelpView) => string): HelpObject {
  const { help, definition: def } = ctx;
  const props: Record<string, unknown> = { details: part('details', { name: ctx.name, description: paragraphs([help.synopsis]) }) };
  if (help.description !== '') props.description = paragraphs([help.description]);
  props.syntax = part('syntax', {
    syntaxItem: oneOrMany(
      parameterSetNames(def).map((set) =>
        syntaxItem(ctx.name, displayOrder(parametersInSet(def, set)).map((x) => commentParameter(ctx, x.parameter, x.membership))),
      ),
    ),
  });
  const params = commentParameters(def).map((p) => commentParameter(ctx, p));
  // A command without parameters has an empty parameters element: an empty string (pwsh 7.6.10).
  props.parameters = params.length ? part('parameters', { parameter: oneOrMany(params) }) : '';
  const typed = (kind: string) => (name: string) => part(kind, { type: part('type', { name }) });
  withSection(props, 'inputTypes', help.inputs.filter((t) => t !== '').map(typed('inputType')), (v) => part('inputTypes', { inputType: v }));
  withSection(props, 'returnValues', help.outputs.filter((t) => t !== '').map(typed('returnValue')), (v) => part('returnValues', { returnValue: v }));
  if (help.notes !== '') props.alertSet = part('alertSet', { alert: paragraphs([help.notes]) });
  withSection(props, 'examples', help.examples.map(commentExample), (v) => part('examples', { example: v }));
  // A .LINK that is an address is a link's uri; any other text its linkText.
  withSection(props, 'relatedLinks', help.links.map((l) => part('navigationLink', /^https?:\/\//i.test(l) ? { uri: l } : { linkText: l })), (v) => part('relatedLinks', { navigationLink: v }));
  Object.assign(props, XMLNS, {
    Name: ctx.name,
    Category: topic.category,
    Synopsis: help.synopsis,
    Component: help.component ?? null,
    Role: help.role ?? null,
    Functionality: help.functionality ?? null,
    ModuleName: topic.module,
  });
  if (view === 'short') return new HelpObject(topicTypeNames(view), props);
  return new HelpObject(topicTypeNames(view), props, groupLines((width) => render({ ...ctx, width }, view), true, true), (v, width) => render({ ...ctx, width }, v));
}

/** `Get-Help … -Parameter` of a command with comment-based help: the parameter, printed by `text`. */
export function commentParameterObject(ctx: CommentHelpContext, p: ParameterMetadata, text: (width: number) => string): HelpObject {
  const o = commentParameter(ctx, p);
  return new HelpObject(o.typeNames!, Object.fromEntries(o.properties), text);
}


// ---- A function or script without help: pwsh's ExtendedCmdletHelpInfo ----

const extendedPart = (name: string, props: Record<string, unknown>) => new HelpObject([`${EXTENDED}#${name}`], props);

/** What a function without help knows of itself, from its metadata. */
export interface ExtendedHelpSource {
  definition: CmdletDefinition;
  /** The command's aliases, in the order they were made. */
  aliases: readonly string[];
  /** Its [OutputType()] types' full names. */
  outputTypes: readonly string[];
  category: string;
}

/** The sets of a parameter in the order pwsh reads its [Parameter()] attributes (the metadata keeps that order: the last written first). */
function attributeSets(p: ParameterMetadata): string[] {
  return Object.keys(p.sets);
}

/** A parameter's properties: in a syntax item, as that set has it; in the parameters list, as its last [Parameter()] has it. */
function extendedParameter(p: ParameterMetadata, set?: string): ExtendedParameter {
  const sets = attributeSets(p);
  const own = set !== undefined && sets.includes(set) ? set : (sets[0] ?? ALL_SETS);
  const m = p.sets[own] ?? {};
  const pipeline = [m.valueFromPipeline ? 'ByValue' : '', m.valueFromPipelineByPropertyName ? 'ByPropertyName' : '', m.valueFromRemainingArguments ? 'FromRemainingArguments' : ''].filter(Boolean);
  // [ValidateSet] values, else an enum's (or an array of one's) names, as pwsh offers them in syntax.
  const values = p.validateSet ?? p.enumType?.names ?? enumTypeNamed(p.typeName.replace(/\[\]$/, ''))?.names;
  return {
    name: p.name,
    required: m.mandatory ? 'true' : 'false',
    pipelineInput: pipeline.length ? `true (${pipeline.join(', ')})` : 'false',
    isDynamic: 'false',
    globbing: 'false',
    parameterSetName: own === ALL_SETS ? '(All)' : sets.join(', '),
    ...(p.kind === 'switch' ? {} : { parameterValue: shortName(p) }),
    position: m.position === undefined ? 'Named' : String(m.position),
    aliases: p.aliases?.length ? p.aliases.join(', ') : 'None',
    ...(set !== undefined && values?.length ? { values } : {}),
  };
}

function extendedParameterObject(x: ExtendedParameter, p: ParameterMetadata, text?: (width: number) => string): HelpObject {
  const props: Record<string, unknown> = { name: x.name, required: x.required, pipelineInput: x.pipelineInput, isDynamic: x.isDynamic, globbing: x.globbing, parameterSetName: x.parameterSetName };
  if (x.parameterValue !== undefined) props.parameterValue = x.parameterValue;
  Object.assign(props, { type: extendedPart('type', { name: p.kind === 'switch' ? 'switch' : shortName(p) }), position: x.position, aliases: x.aliases });
  if (x.values) props.parameterValueGroup = new HelpObject([`${EXTENDED}#parameterValueGroup`], { parameterValue: [...x.values] });
  return new HelpObject([`${EXTENDED}#parameter`], props, text);
}

/** The parameters the help of a function without help lists: its own and -WhatIf/-Confirm, sorted by name (ordinal). */
export function extendedParameters(def: CmdletDefinition): ParameterMetadata[] {
  return [...def.parameters.filter((p) => !p.dontShow), ...shouldProcessParameters(def)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Each set's parameters in syntax order, -WhatIf and -Confirm last. */
function syntaxSets(def: CmdletDefinition): { set: string; params: ParameterMetadata[] }[] {
  return parameterSetNames(def).map((set) => ({ set, params: [...displayOrder(parametersInSet(def, set)).map((x) => x.parameter), ...shouldProcessParameters(def)] }));
}

/** The view's reading of the topic. */
function extendedTopic(src: ExtendedHelpSource): ExtendedTopic {
  const def = src.definition;
  const inputs = [...new Set(def.parameters.filter((p) => !p.dontShow && Object.values(p.sets).some((m) => m.valueFromPipeline || m.valueFromPipelineByPropertyName || m.valueFromRemainingArguments)).map((p) => p.typeName))];
  return {
    name: def.name,
    commonParameters: def.commonParameters !== false,
    syntaxItems: syntaxSets(def).map(({ set, params }) => params.map((p) => extendedParameter(p, set))),
    parameters: extendedParameters(def).map((p) => extendedParameter(p)),
    inputs: (inputs.length ? inputs : ['None']).map((t) => `${t}\n`).join(''),
    outputs: src.outputTypes.length ? src.outputTypes.map((t) => `${t}\n`).join('') : 'System.Object',
    aliases: (src.aliases.length ? src.aliases : ['None']).map((a) => `${a}\n`).join(''),
    remarks: 'None',
  };
}

/** The help of a function without comment-based help, as pwsh builds it from the metadata (Get-Help's view in `view`). */
export function extendedHelpObject(src: ExtendedHelpSource, view: HelpView | 'short', synopsis: string): HelpObject {
  const def = src.definition;
  const topic = extendedTopic(src);
  const sets = syntaxSets(def);
  const props: Record<string, unknown> = {
    CommonParameters: topic.commonParameters,
    details: extendedPart('details', { name: def.name, noun: '', verb: '' }),
    Syntax: extendedPart('syntax', {
      // pwsh's lists here are object[] (an ArrayList's ToArray), whatever their count.
      syntaxItem: sets.map(({ params }, i) =>
        extendedPart('syntaxItem', { name: def.name, CommonParameters: topic.commonParameters, parameter: params.map((p, j) => extendedParameterObject(topic.syntaxItems[i]![j]!, p)) }),
      ),
    }),
    parameters: extendedPart('parameters', { parameter: extendedParameters(def).map((p, i) => extendedParameterObject(topic.parameters[i]!, p)) }),
    inputTypes: extendedPart('inputTypes', { inputType: extendedPart('inputType', { type: extendedPart('type', { name: topic.inputs }) }) }),
    returnValues: extendedPart('returnValues', { returnValue: extendedPart('returnValue', { type: extendedPart('type', { name: topic.outputs }) }) }),
    aliases: topic.aliases,
    remarks: topic.remarks,
    alertSet: null,
    description: null,
    examples: null,
    Synopsis: synopsis,
    ModuleName: def.module,
    nonTerminatingErrors: '',
    'xmlns:command': XMLNS['xmlns:command'],
    'xmlns:dev': XMLNS['xmlns:dev'],
    'xmlns:maml': XMLNS['xmlns:maml'],
    Name: def.name,
    Category: src.category,
    Component: null,
    Role: null,
    Functionality: null,
  };
  const names = topicTypeNames(view, [EXTENDED, 'CmdletHelpInfo', 'HelpInfo']);
  if (view === 'short') return new HelpObject(names, props);
  const render = (v: HelpView, width: number) => renderExtendedHelp(topic, v, width);
  return new HelpObject(names, props, groupLines((width) => render(view, width), true, true), render);
}

/** `Get-Help … -Parameter` of a function without help: the parameter objects the patterns choose, in the list's order. */
export function extendedParameterObjects(chosen: readonly ParameterMetadata[]): HelpObject[] {
  return chosen.map((p) => {
    const x = extendedParameter(p);
    // The formatter's group gives the blank line before the first and after the last.
    return extendedParameterObject(x, p, () => renderExtendedParameter(x));
  });
}
