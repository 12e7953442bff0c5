// Import-Alias (`ipal`): defines the aliases of a file Export-Alias wrote (alias-files.ts). The whole file is read
// first: a line that is not four values stops the command before any alias is made; a line whose options are not
// ScopedItemOptions is an error and is left out. Without -Force an alias (or command) that exists already is an
// error; with it the alias is replaced, a read-only one too.

import { readFileSync } from 'node:fs';
import type { AliasDefinition, CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { expandPath, ioFailure, pathNotFound, resolveLiteral } from '../engine/paths.js';
import { operationQuestion, shouldProcess } from '../engine/should-process.js';
import { hasWildcard } from '../engine/wildcard.js';
import { parseAliasLine, parseOptions } from './alias-files.js';
import { decodeText, splitLines } from './file-text.js';
import { aliasObject } from './get-alias.js';
import { UTILITY } from './modules.js';
import { stringParam, switchParam } from './param-builders.js';
import { checkScopeArgument } from './variable-scope.js';
import * as S from './utility-strings.js';

export const importAlias = lazyCmdlet('Import-Alias', (): CmdletDefinition => ({
  name: 'Import-Alias',
  implementingType: 'Microsoft.PowerShell.Commands.ImportAliasCommand',
  module: UTILITY,
  synopsis: 'Imports an alias list from a file.',
  defaultParameterSet: 'ByPath',
  supportsShouldProcess: true,
  parameters: [
    stringParam('Path', 'The alias file (a wildcard must name one file).', { sets: { ByPath: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringParam('LiteralPath', 'The alias file, taken literally.', { aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringParam('Scope', 'Global, Local, Script or a scope number (aliases are session-wide here).'),
    switchParam('PassThru', 'Also writes the aliases imported.'),
    switchParam('Force', 'Replaces aliases that exist, read-only ones too.'),
  ],
  begin(ctx) {
    checkScopeArgument(ctx);
  },
  async process(ctx) {
    const literal = ctx.params.get<string>('LiteralPath');
    const typed = literal ?? ctx.params.get<string>('Path') ?? '';
    const file = literal !== undefined ? resolveLiteral(ctx.session, typed) : onePath(ctx, typed);
    const aliases = await aliasesOf(ctx, file);
    const force = ctx.params.get('Force') === true;
    for (const alias of aliases) {
      if (!force) {
        const refused = existing(ctx, alias.name);
        if (refused) {
          await ctx.writeError(refused);
          continue;
        }
      }
      if (!(await shouldProcess(ctx, { supportsShouldProcess: true, confirmImpact: 'Medium' }, operationQuestion(`Name: ${alias.name} Value: ${alias.target}`, 'Import Alias')))) continue;
      ctx.commands.registerAlias?.(alias);
      if (ctx.params.get('PassThru') === true) ctx.writeObject(aliasObject(ctx, alias));
    }
  },
}));

/** -Path: the one file it names (a wildcard naming none or several is pwsh's NotSupported error). */
function onePath(ctx: CmdletContext, typed: string): string {
  if (!hasWildcard(typed)) return resolveLiteral(ctx.session, typed);
  const { paths } = expandPath(ctx.session, typed);
  if (paths.length !== 1) ctx.throwTerminatingError({ ...S.ImportAliasPathResolvedToMultiple(typed), category: 'NotSupported', exceptionType: 'NotSupportedException', exceptionFullName: 'System.NotSupportedException', targetObject: typed });
  return paths[0]!;
}

/** The file's aliases, every line checked before any is made. */
async function aliasesOf(ctx: CmdletContext, file: string): Promise<AliasDefinition[]> {
  let text: string;
  try {
    text = decodeText(readFileSync(file), undefined);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') ctx.throwTerminatingError(pathNotFound(file));
    const { message, exceptionType, exceptionFullName } = ioFailure(e, file);
    // The record's details say what failed; its exception keeps .NET's own message.
    const details = S.ImportAliasFileOpenFailed(file, message);
    ctx.throwTerminatingError({ errorId: details.errorId, message, errorDetails: details.message, category: 'OpenError', exceptionType, exceptionFullName, targetObject: file });
  }
  const aliases: AliasDefinition[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const values = parseAliasLine(lines[i]!);
    if (values.length === 0) continue;
    if (values.length !== 4) ctx.throwTerminatingError(readError(S.ImportAliasFileFormatError(i + 1, file), 'FormatException', 'System.FormatException', file));
    const [name, target, description, optionText] = values as [string, string, string, string];
    const options = parseOptions(optionText);
    if (options === undefined) {
      await ctx.writeError(readError(S.ImportAliasOptionsError(i + 1, file), 'ArgumentException', 'System.ArgumentException', file));
      continue;
    }
    aliases.push({ name, target, ...(description ? { description } : {}), ...(options ? { options } : {}) });
  }
  return aliases;
}

const readError = (entry: { errorId: string; message: string }, exceptionType: string, exceptionFullName: string, file: string): ErrorSpec => ({
  ...entry,
  category: 'ReadError',
  exceptionType,
  exceptionFullName,
  targetObject: file,
});

/** Why the alias may not be made without -Force: an alias of that name, or a command (pwsh checks both). */
function existing(ctx: CmdletContext, name: string): ErrorSpec | undefined {
  const spec = (entry: { errorId: string; message: string }): ErrorSpec => ({
    ...entry,
    category: 'ResourceExists',
    exceptionType: 'SessionStateException',
    exceptionFullName: 'System.Management.Automation.SessionStateException',
    targetObject: name,
  });
  if (ctx.commands.alias?.(name)) return spec(S.AliasAlreadyExists(name));
  const command = ctx.commands.resolve(name);
  if (command && !command.viaAlias) return spec(S.AliasCommandAlreadyExists(name, ctx.commands.commandTypeOf(command.definition)));
  return undefined;
}
