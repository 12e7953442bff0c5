// Tee-Object: passes its input on and also keeps it in a variable or writes it (as Out-String
// text) to a file.

// fs.promises, not node:fs/promises: the promises API (~5 ms) loads on first use, not with every script.
import { evaluateScriptProperties } from '../engine/script-properties.js';
import { promises as fsPromises } from 'node:fs';
import { PathError, resolveLiteral } from '../engine/paths.js';
import { ErrorRecord } from '../engine/errors.js';
import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { formatText } from '../engine/format.js';
import { collectedInput, collectInput, inputObjectParameter, switchParameter } from './collected-input.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const teeObject = lazyCmdlet('Tee-Object', (): CmdletDefinition => ({
  name: 'Tee-Object',
  implementingType: 'Microsoft.PowerShell.Commands.TeeObjectCommand',
  module: UTILITY,
  synopsis: 'Saves command output in a file or variable and also sends it down the pipeline.',
  defaultParameterSet: 'File',
  parameters: [
    inputObjectParameter('The objects to pass on and keep.'),
    { name: 'FilePath', kind: 'string', typeName: 'System.String', aliases: ['Path'], sets: { File: { position: 0, mandatory: true } }, description: 'The file to write the objects to.' },
    switchParameter('Append', 'Adds to the file instead of replacing it.', { File: {} }),
    { name: 'Variable', kind: 'string', typeName: 'System.String', sets: { Variable: { mandatory: true } }, description: 'The variable to keep the objects in.' },
  ],
  begin(ctx) {
    // The file is opened before any input arrives: a drive that does not exist stops it at once.
    if (ctx.params.has('FilePath')) teePath(ctx);
  },
  process(ctx) {
    collectInput(ctx);
    if (ctx.hasInput) ctx.writeObject(ctx.input, false);
  },
  async end(ctx) {
    const items = collectedInput(ctx);
    const variable = ctx.params.get<string>('Variable');
    if (variable !== undefined) {
      ctx.session.setVariable(variable, items.length === 1 ? items[0] : items);
      return;
    }
    const path = teePath(ctx);
    await evaluateScriptProperties(items, ctx.signal);
    const text = formatText(items, { width: ctx.host.width, color: false, errorView: 'ConciseView' });
    try {
      await (ctx.params.get('Append') === true ? fsPromises.appendFile : fsPromises.writeFile)(path, text, 'utf8');
    } catch (e) {
      ctx.throwTerminatingError({ message: `Could not find a part of the path '${path}'.`, errorId: 'FileOpenFailure', category: 'OpenError', exceptionType: 'DirectoryNotFoundException', targetObject: path });
    }
  },
}));

/** -FilePath's full path; a drive that does not exist is the error of the out-file command Tee-Object writes through. */
function teePath(ctx: CmdletContext): string {
  try {
    return resolveLiteral(ctx.session, ctx.params.get<string>('FilePath') ?? '');
  } catch (e) {
    if (!(e instanceof PathError)) throw e;
    const outFile = { commandName: 'out-file', invocationName: 'out-file', implementingType: 'Microsoft.PowerShell.Commands.OutFileCommand' };
    return ctx.throwTerminatingError(new ErrorRecord({ ...e.spec, ...outFile }));
  }
}
