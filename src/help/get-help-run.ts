// What Get-Help does once its parameters are bound: find the topic, read its page, render it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { docsFolder } from './docs-location.js';
import { parsePage, type HelpPage } from './page.js';
import { commentHelpParameters, renderCommentHelp, renderCommentHelpParameter, type CommentHelpContext } from './comment-help-view.js';
import { scriptFileCommand, scriptFilePath } from '../engine/script-files.js';
import { syntaxLines } from './syntax.js';
import { basename } from 'node:path';
import { helpParameterOrder, parameterBlock, renderHelp, wrap, type HelpView, type RenderContext } from './render.js';
import { extendedHelpObject, extendedParameterObjects, extendedParameters, type ExtendedHelpSource } from './help-objects.js';
import { scriptFunctionOf } from '../engine/function-definition.js';
import { outputTypeNames } from '../engine/output-types.js';
import { resolveTypeName } from '../engine/types.js';
import { commentHelpObject, commentParameterObject, groupLines, pageHelpObject, pageParameterObject, type HelpObject, type TopicInfo } from './help-objects.js';

const pages = new Map<string, HelpPage | undefined>();

/**
 * The file of a command's page in docs/: its name and `.md`, with the characters Windows does not allow
 * in a file name written as `%XX` (`cd\` is docs/cd%5C.md), so a checkout works on every system.
 */
export function helpPageFileName(commandName: string): string {
  return `${commandName.replace(/[\\/:*?"<>|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}.md`;
}

/** The parsed docs page of a command, or undefined when it has none. Parsed once per session. */
export function loadPage(commandName: string): HelpPage | undefined {
  const key = commandName.toLowerCase();
  if (pages.has(key)) return pages.get(key);
  let page: HelpPage | undefined;
  const folder = docsFolder();
  if (folder) {
    try {
      page = parsePage(readFileSync(join(folder, helpPageFileName(commandName)), 'utf8'), commandName);
    } catch {
      page = undefined; // no page: the help is generated from metadata alone
    }
  }
  pages.set(key, page);
  return page;
}

export function helpNotFoundMessage(name: string): string {
  return `Get-Help could not find ${name} in a help file in this session. To download updated help topics type: "Update-Help". To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.`;
}

export async function runGetHelp(ctx: CmdletContext): Promise<void> {
  const p = ctx.params;
  const name = p.get<string>('Name');
  const width = ctx.host.width > 0 ? ctx.host.width : 120;
  if (!name) {
    ctx.writeObject(overview(ctx.commands.all(), width));
    return;
  }
  const notFound = () =>
    ctx.writeError({
      message: helpNotFoundMessage(name),
      errorId: 'HelpNotFound',
      category: 'ResourceUnavailable',
      exceptionType: 'HelpNotFoundException',
      targetObject: name,
    });

  // `Get-Help ./deploy.ps1`: the script file the path names (its comment-based help, else its syntax).
  const scriptPath = scriptFilePath(ctx.session, name);
  if (scriptPath) return scriptHelp(ctx, scriptFileCommand(ctx.session, scriptPath), scriptPath, width);

  let matches: CmdletDefinition[];
  if (hasWildcard(name)) {
    matches = ctx.commands.all().filter((d) => wildcardMatch(name, d.name));
  } else {
    const resolved = ctx.commands.resolve(name);
    matches = resolved ? [resolved.definition] : [];
  }
  const categories = p.get<string[]>('Category');
  if (categories) {
    matches = matches.filter((d) => categories.some((c) => /^all$/i.test(c) || c.toLowerCase() === ctx.commands.commandTypeOf(d).toLowerCase()));
  }
  // Only comment-based help declares a component, role or functionality (.COMPONENT, .ROLE,
  // .FUNCTIONALITY); a topic without one is not chosen when any is asked for.
  for (const [parameter, key] of [['Component', 'component'], ['Role', 'role'], ['Functionality', 'functionality']] as const) {
    const patterns = p.get<string[]>(parameter);
    if (patterns) matches = matches.filter((d) => { const value = d.commentHelp?.[key]; return value !== undefined && patterns.some((x) => wildcardMatch(x, value)); });
  }
  if (matches.length === 0) {
    // A wildcard that matches nothing is no error (pwsh 7.6.10: `Get-Help about_*` writes nothing).
    if (!hasWildcard(name)) await notFound();
    return;
  }
  const topic = (d: CmdletDefinition): TopicInfo => ({ category: ctx.commands.commandTypeOf(d), module: d.module });
  if (matches.length > 1) {
    for (const d of matches) ctx.writeObject(topicObject(ctx, d, topic(d), 'short', width));
    return;
  }

  const definition = matches[0]!;
  if (definition.commentHelp) return commentHelp(ctx, { definition, help: definition.commentHelp, name: definition.name, width }, topic(definition));
  const page = loadPage(definition.name);
  if (!page && scriptFunctionOf(definition)) return functionHelp(ctx, definition, functionCategory(definition, topic(definition).category));
  const rc: RenderContext = { definition, page, aliases: ctx.commands.aliasesOf(definition.name), width };

  if (p.get('Online') === true) return online(ctx, rc.page?.onlineVersion);

  const wanted = p.get<string[]>('Parameter');
  if (wanted) {
    const ordered = helpParameterOrder(definition, rc.page); // the same order as -Full
    const params = wanted.flatMap((pattern) => ordered.filter((x) => wildcardMatch(pattern, x.name)));
    // pwsh 7.6.10 reports only when no pattern matched, naming the first.
    if (params.length === 0) return ctx.writeError(noParameterMatches(wanted[0] ?? ''));
    // MamlCommandParameterView has no outer frame: `-Name <Type>` starts at column 0. The first block
    // follows an empty line; each ends with one.
    params.forEach((param, i) => {
      const text = (w: number) => (i === 0 ? '\n' : '') + parameterBlock({ ...rc, width: w }, param, true, 0).join('\n');
      ctx.writeObject(pageParameterObject(rc, param, groupLines(text, i === 0, i === params.length - 1)));
    });
    return;
  }

  ctx.writeObject(pageHelpObject(rc, topic(definition), viewOf(p), renderHelp));
}

/** The view the switches ask for. */
function viewOf(p: CmdletContext['params']): HelpView {
  return p.get('Full') === true ? 'full' : p.get('Detailed') === true ? 'detailed' : p.get('Examples') === true ? 'examples' : 'default';
}

/** A command's topic object in a view (HelpInfoShort for a list of matches). */
function topicObject(ctx: CmdletContext, d: CmdletDefinition, info: TopicInfo, view: HelpView | 'short', width: number): HelpObject {
  if (d.commentHelp) return commentHelpObject({ definition: d, help: d.commentHelp, name: d.name, width }, info, view, renderCommentHelp);
  const page = loadPage(d.name);
  if (!page && scriptFunctionOf(d)) return extendedHelpObject(extendedSource(ctx, d, functionCategory(d, info.category)), view, functionSyntax(d));
  return pageHelpObject({ definition: d, page, aliases: ctx.commands.aliasesOf(d.name), width }, info, view, renderHelp);
}

/** The help of a script file: its comment-based help, or (without any) its syntax alone, as pwsh shows them. */
async function scriptHelp(ctx: CmdletContext, definition: CmdletDefinition, path: string, width: number): Promise<void> {
  if (definition.commentHelp) return commentHelp(ctx, { definition, help: definition.commentHelp, name: path, width }, { category: 'ExternalScript', module: '' });
  const patterns = ctx.params.get<string[]>('Parameter');
  if (patterns) {
    for (const pattern of patterns) await ctx.writeError(noParameterMatches(pattern));
    return;
  }
  ctx.writeObject(syntaxLines({ ...definition, name: basename(path) }, 'command').join('\n\n') + '\n');
}

/** What a function without help knows of itself (its metadata, aliases and [OutputType()]s). */
function extendedSource(ctx: CmdletContext, definition: CmdletDefinition, category: string): ExtendedHelpSource {
  const outputTypes = outputTypeNames(definition).map((name) => {
    try {
      return String(resolveTypeName(name).get('FullName'));
    } catch {
      return name; // a name no type has stays a name, as in pwsh's PSTypeName
    }
  });
  // pwsh lists them as its alias table holds them: in the order they were made.
  const key = definition.name.toLowerCase();
  const aliases = (ctx.commands.aliasesInOrder?.() ?? ctx.commands.aliasesOf(definition.name)).filter((a) => a.target.toLowerCase() === key);
  return { definition, aliases: aliases.map((a) => a.name), outputTypes, category };
}

/** A filter's help is in the Filter category (pwsh's FilterInfo), though it lists among the functions. */
function functionCategory(d: CmdletDefinition, category: string): string {
  return scriptFunctionOf(d)?.isFilter ? 'Filter' : category;
}

/** The function's syntax as its CommandInfo states it (`Get-Command f -Syntax`): the help's Synopsis. */
function functionSyntax(d: CmdletDefinition): string {
  return `\n${syntaxLines(d, 'command').join('\n\n')}\n`;
}

/** Get-Help of a function without comment-based help: pwsh's ExtendedCmdletHelpInfo, built from its metadata. */
async function functionHelp(ctx: CmdletContext, definition: CmdletDefinition, category: string): Promise<void> {
  // Nothing names its online page (pwsh reads [CmdletBinding(HelpUri)], which spo's functions do not keep).
  if (ctx.params.get('Online') === true) return online(ctx, undefined);
  const wanted = ctx.params.get<string[]>('Parameter');
  if (wanted) {
    const params = wanted.flatMap((pattern) => extendedParameters(definition).filter((x) => wildcardMatch(pattern, x.name)));
    // pwsh 7.6.10 reports only when no pattern matched, naming the first.
    if (params.length === 0) return ctx.writeError(noParameterMatches(wanted[0] ?? ''));
    for (const o of extendedParameterObjects(params)) ctx.writeObject(o);
    return;
  }
  ctx.writeObject(extendedHelpObject(extendedSource(ctx, definition, category), viewOf(ctx.params), functionSyntax(definition)));
}

/** -Online: the address of the online page (printed: the shell opens no browser), or pwsh's error without one. */
function online(ctx: CmdletContext, address: string | undefined): void {
  if (!address) {
    return ctx.throwTerminatingError({
      message:
        'The online version of this Help topic cannot be displayed because the Internet address (URI) of the Help topic is not specified in the command code or in the help file for the command.',
      errorId: 'InvalidOperation',
      category: 'InvalidOperation',
      exceptionType: 'PSInvalidOperationException',
    });
  }
  ctx.writeObject(address);
}

/** Get-Help's views of a function's or script's comment-based help (comment-help-view.ts), as help objects. */
async function commentHelp(ctx: CmdletContext, help: CommentHelpContext, topic: TopicInfo): Promise<void> {
  // A comment-based help's online page is its first .LINK that is an address.
  if (ctx.params.get('Online') === true) return online(ctx, help.help.links.find((l) => /^https?:\/\//i.test(l)));
  const wanted = ctx.params.get<string[]>('Parameter');
  if (wanted) {
    // pwsh 7.6.10 reports only when no pattern matched, naming the first.
    const params = wanted.flatMap((pattern) => commentHelpParameters(help.definition).filter((x) => wildcardMatch(pattern, x.name)));
    if (params.length === 0) return ctx.writeError(noParameterMatches(wanted[0] ?? ''));
    // Each parameter's block; the last is followed by two more empty lines.
    params.forEach((param, i) => {
      const last = i === params.length - 1;
      const text = (w: number) => renderCommentHelpParameter({ ...help, width: w }, param).join('\n') + (last ? '\n\n' : '');
      ctx.writeObject(commentParameterObject(help, param, groupLines(text, i === 0, last)));
    });
    return;
  }
  ctx.writeObject(commentHelpObject(help, topic, viewOf(ctx.params), renderCommentHelp));
}

function noParameterMatches(pattern: string) {
  return {
    message: `No parameter matches criteria ${pattern}.`,
    errorId: 'NoParmsFound',
    category: 'ObjectNotFound',
    exceptionType: 'PSArgumentException',
    targetObject: pattern,
  };
}

/** A command's synopsis as its docs page states it (the page is the source); metadata only without a page. */
export function pageSynopsis(d: CmdletDefinition): string {
  if (d.commentHelp) return d.commentHelp.synopsis;
  const page = loadPage(d.name);
  const first = page?.synopsis.find((b) => b.kind === 'text');
  return first && first.kind === 'text' ? first.text : d.synopsis;
}

/** `Get-Help` with no topic: what the shell is and how to find your way around it. */
export function overview(commands: CmdletDefinition[], width: number): string {
  const nameWidth = Math.max(...commands.map((c) => c.name.length)) + 2;
  const lines = [
    '',
    'TOPIC',
    '    spo-shell help',
    '',
    'SHORT DESCRIPTION',
    ...wrap(
      'spo-shell is a PowerShell 7 compatible shell for SharePoint Online administration. It runs Connect-SPOService and the commands below with PowerShell\'s own syntax, parameter binding and error messages.',
      4,
      width,
    ),
    '',
    'COMMANDS',
    ...commands.flatMap((c) => {
      const [first = '', ...rest] = wrap(pageSynopsis(c), 4 + nameWidth, width);
      return [`    ${c.name.padEnd(nameWidth)}${first.trimStart()}`, ...rest];
    }),
    '',
    'GETTING HELP',
    '    Get-Help <command>             the page of a command ("help" works too)',
    '    Get-Help <command> -Examples   only its examples',
    '    Get-Help <command> -Full       everything, with parameter attributes',
    '    Get-Help <command> -Parameter <name>',
    '    Get-Command                    the commands and aliases of the shell',
    '',
    'SIGNING IN',
    ...wrap('Connect-SPOService -Url https://contoso-admin.sharepoint.com connects to your tenant; see Get-Help Connect-SPOService and docs/sign-in.md.', 4, width),
    '',
  ];
  return lines.join('\n');
}
