// Export-Alias (`epal`): writes aliases to a file Import-Alias reads back (alias-files.ts), as CSV lines or as
// Set-Alias commands (-As Script). The aliases are gathered first (a name that matches none is an error), then
// the file is written at the end, as pwsh does: so a missing alias still leaves a file with its header.

import type { AliasDefinition, CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import type { EnumType, EnumValue } from '../engine/values.js';
import { expandPath, ioFailure, resolveLiteral } from '../engine/paths.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { aliasFileHeader, aliasLine } from './alias-files.js';
import { encodeText, fileAlreadyExists, NEWLINE, withWritable } from './file-text.js';
import { aliasObject } from './get-alias.js';
import { UTILITY } from './modules.js';
import { stringParam, stringsParam, switchParam } from './param-builders.js';
import { checkScopeArgument } from './variable-scope.js';
import * as S from './utility-strings.js';

const EXPORT_ALIAS_FORMAT: EnumType = { fullName: 'Microsoft.PowerShell.Commands.ExportAliasFormat', names: ['Csv', 'Script'] };

/** The aliases each call found, written at the end. */
const found = new WeakMap<object, AliasDefinition[]>();

export const exportAlias = lazyCmdlet('Export-Alias', (): CmdletDefinition => ({
  name: 'Export-Alias',
  implementingType: 'Microsoft.PowerShell.Commands.ExportAliasCommand',
  module: UTILITY,
  synopsis: 'Exports information about currently defined aliases to a file.',
  defaultParameterSet: 'ByPath',
  supportsShouldProcess: true,
  parameters: [
    stringParam('Path', 'The file to write (a wildcard must name one file).', { sets: { ByPath: { position: 0, mandatory: true } } }),
    stringParam('LiteralPath', 'The file to write, taken literally.', { aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('Name', 'The aliases to export (wildcards allowed); all of them by default.', { sets: { __AllParameterSets: { position: 1, valueFromPipelineByPropertyName: true } } }),
    switchParam('PassThru', 'Also writes the aliases exported.'),
    { name: 'As', kind: 'enum', typeName: EXPORT_ALIAS_FORMAT.fullName, enumType: EXPORT_ALIAS_FORMAT, sets: { __AllParameterSets: {} }, description: 'Csv (the default) or Script: Set-Alias commands.' },
    switchParam('Append', 'Adds to the end of the file instead of replacing it.'),
    switchParam('Force', 'Writes over a read-only file.'),
    switchParam('NoClobber', 'Does not write over an existing file.', { aliases: ['NoOverwrite'] }),
    stringParam('Description', 'A description written as comment lines after the header.'),
    stringParam('Scope', 'Global, Local, Script or a scope number (aliases are session-wide here).'),
  ],
  begin(ctx) {
    checkScopeArgument(ctx);
    found.set(ctx, []);
  },
  async process(ctx) {
    const aliases = found.get(ctx)!;
    const all = ctx.commands.aliases();
    // Each name's aliases in the order the names are given.
    for (const pattern of ctx.params.get<string[]>('Name') ?? ['*']) {
      const matches = all.filter((a) => wildcardMatch(pattern, a.name));
      if (matches.length === 0 && !hasWildcard(pattern)) await ctx.writeError(aliasNotFound(pattern));
      aliases.push(...matches);
    }
  },
  async end(ctx) {
    const aliases = found.get(ctx) ?? [];
    found.delete(ctx);
    const literal = ctx.params.get<string>('LiteralPath');
    const typed = literal ?? ctx.params.get<string>('Path') ?? '';
    const file = literal !== undefined ? resolveLiteral(ctx.session, typed) : onePath(ctx, typed);
    const append = ctx.params.get('Append') === true;
    if (!append && ctx.params.get('NoClobber') === true && existsSync(file)) ctx.throwTerminatingError(fileAlreadyExists(file));
    if (!(await cmdletShouldProcess(ctx, typed, 'Export-Alias'))) return;
    const asScript = ctx.params.get<EnumValue>('As')?.value === 1;
    const lines = [...aliasFileHeader(ctx.params.get<string>('Description')), ...aliases.map((a) => aliasLine(a, asScript))];
    // pwsh writes the file as UTF-16 (Unicode): with a byte order mark when it makes it, without when it appends.
    const text = lines.map((l) => l + NEWLINE).join('');
    const appending = append && existsSync(file);
    try {
      await withWritable(file, ctx.params.get('Force') === true, async () => {
        if (appending) appendFileSync(file, Buffer.from(text, 'utf16le'));
        else writeFileSync(file, encodeText(text, 'unicode'));
      });
    } catch (e) {
      // A file it cannot open stops the command.
      ctx.throwTerminatingError(openFailure(e, file));
    }
    if (ctx.params.get('PassThru') === true) for (const a of aliases) ctx.writeObject(aliasObject(ctx, a));
  },
}));

/** -Path: the file it names; a wildcard must name exactly one (pwsh's PathUtils.ResolveFilePath). */
function onePath(ctx: CmdletContext, typed: string): string {
  if (!hasWildcard(typed)) return resolveLiteral(ctx.session, typed);
  const { paths } = expandPath(ctx.session, typed);
  if (paths.length > 1) ctx.throwTerminatingError({ ...S.ReadWriteMultipleFilesNotSupported(), category: 'InvalidArgument', exceptionType: 'PSInvalidOperationException', exceptionFullName: 'System.Management.Automation.PSInvalidOperationException' });
  if (paths.length === 0) ctx.throwTerminatingError({ ...S.WildcardPathNotResolved(typed), category: 'OpenError', exceptionType: 'FileNotFoundException', exceptionFullName: 'System.IO.FileNotFoundException', targetObject: typed });
  return paths[0]!;
}

const aliasNotFound = (name: string): ErrorSpec => ({
  ...S.ExportAliasNotFound(name),
  category: 'ObjectNotFound',
  exceptionType: 'ItemNotFoundException',
  exceptionFullName: 'System.Management.Automation.ItemNotFoundException',
  targetObject: name,
});

/** A file that could not be opened: .NET's message, under pwsh's FileOpenFailure. */
function openFailure(e: unknown, file: string): ErrorSpec {
  const { message, exceptionType, exceptionFullName } = ioFailure(e, file);
  return { message, errorId: 'FileOpenFailure', category: 'OpenError', exceptionType, exceptionFullName };
}
