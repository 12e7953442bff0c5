// Tee-Object: passes its input on and also keeps it in a variable or writes it (as Out-String
// text) to a file.

import { evaluateScriptProperties } from '../engine/script-properties.js';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeTextFile } from './file-text.js';
import { encodingParam } from './param-builders.js';
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
    { name: 'LiteralPath', kind: 'string', typeName: 'System.String', aliases: ['PSPath', 'LP'], sets: { LiteralFile: { mandatory: true } }, description: 'The file to write the objects to, its name taken literally.' },
    switchParameter('Append', 'Adds to the file instead of replacing it.', { File: {} }),
    { ...encodingParam(), sets: { File: {}, LiteralFile: {} } },
    { name: 'Variable', kind: 'string', typeName: 'System.String', sets: { Variable: { mandatory: true } }, description: 'The variable to keep the objects in.' },
  ],
  begin(ctx) {
    // The file is opened before any input arrives: a drive that does not exist stops it at once.
    if (!ctx.params.has('Variable')) {
      const path = teePath(ctx);
      // pwsh opens the file here, through its out-file command: a missing folder is that command's error.
      if (!existsSync(dirname(path))) {
        const spec = { message: `Could not find a part of the path '${path}'.`, errorId: 'FileOpenFailure', category: 'OpenError', exceptionType: 'DirectoryNotFoundException', targetObject: path };
        ctx.throwTerminatingError(new ErrorRecord({ ...spec, ...OUT_FILE }));
      }
    }
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
    await writeTextFile(ctx, path, text, ctx.params.get<string>('Encoding'), ctx.params.get('Append') === true);
  },
}));

/** The command Tee-Object writes its file through, which pwsh names in its errors. */
const OUT_FILE = { commandName: 'out-file', invocationName: 'out-file', implementingType: 'Microsoft.PowerShell.Commands.OutFileCommand' };

/** -FilePath's full path; a drive that does not exist is the error of the out-file command Tee-Object writes through. */
function teePath(ctx: CmdletContext): string {
  try {
    return resolveLiteral(ctx.session, ctx.params.get<string>('LiteralPath') ?? ctx.params.get<string>('FilePath') ?? '');
  } catch (e) {
    if (!(e instanceof PathError)) throw e;
    return ctx.throwTerminatingError(new ErrorRecord({ ...e.spec, ...OUT_FILE }));
  }
}
