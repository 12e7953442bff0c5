// Start-Job: pwsh runs the script block in a child process; spo-shell runs it in a runspace of its own,
// as a thread job (engine/jobs.ts), but the job is pwsh's BackgroundJob: PSRemotingJob, Location
// localhost, and a child job that takes the next Id. The caller's variables are there only as $using:.
// -FilePath and -LiteralPath run a script file's text as the block (no script identity: $PSScriptRoot is
// empty, as in pwsh 7.6.10; the file's Command is its text). -InitializationScript runs first, in the
// job's own scope: its functions and variables are the block's, its output comes first.

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { exists, isFolder, notFoundError, pathNotFound, resolveLiteral } from '../engine/paths.js';
import * as R from '../engine/runtime-strings.js';
import { SCRIPT_RUNNER_SERVICE, type ScriptBlock, type ScriptBlockRunner } from '../engine/script-block.js';
import { scriptBlockFromParse } from '../engine/scriptblock-type.js';
import { WildcardPattern } from '../engine/wildcard.js';
import { parseScript } from '../language/parser.js';
import { CORE } from './modules.js';
import { asScriptBlock } from './param-builders.js';
import { collectJobInput, startJob } from './start-job-common.js';

const BLOCK_SET = 'ComputerName';
const FILE_SET = 'FilePathComputerName';
const LITERAL_SET = 'LiteralFilePathComputerName';
const EVERY_SET = { [BLOCK_SET]: {}, [FILE_SET]: {}, [LITERAL_SET]: {} };

export const startJobCmdlet = lazyCmdlet('Start-Job', (): CmdletDefinition => ({
  name: 'Start-Job',
  implementingType: 'Microsoft.PowerShell.Commands.StartJobCommand',
  module: CORE,
  synopsis: 'Starts a background job.',
  defaultParameterSet: BLOCK_SET,
  parameters: [
    { name: 'ScriptBlock', kind: 'object', typeName: 'System.Management.Automation.ScriptBlock', aliases: ['Command'], sets: { [BLOCK_SET]: { mandatory: true, position: 0 } }, coerce: asScriptBlock, description: 'The commands the job runs.' },
    { name: 'FilePath', kind: 'string', typeName: 'System.String', sets: { [FILE_SET]: { mandatory: true, position: 0 } }, description: 'A script file whose text the job runs (no wildcards).' },
    { name: 'LiteralPath', kind: 'string', typeName: 'System.String', aliases: ['PSPath', 'LP'], sets: { [LITERAL_SET]: { mandatory: true } }, description: 'A script file whose text the job runs, its path taken as typed.' },
    { name: 'InitializationScript', kind: 'object', typeName: 'System.Management.Automation.ScriptBlock', sets: { [BLOCK_SET]: { position: 1 }, [FILE_SET]: { position: 1 }, [LITERAL_SET]: { position: 1 } }, coerce: asScriptBlock, description: "Commands that run first, in the job's scope." },
    { name: 'Name', kind: 'string', typeName: 'System.String', sets: { [BLOCK_SET]: { valueFromPipelineByPropertyName: true }, [FILE_SET]: { valueFromPipelineByPropertyName: true }, [LITERAL_SET]: { valueFromPipelineByPropertyName: true } }, description: 'The name of the job (Job<Id> by default).' },
    { name: 'InputObject', kind: 'object', typeName: 'System.Management.Automation.PSObject', sets: { [BLOCK_SET]: { valueFromPipeline: true }, [FILE_SET]: { valueFromPipeline: true }, [LITERAL_SET]: { valueFromPipeline: true } }, description: "The job's input ($input)." },
    { name: 'ArgumentList', kind: 'object[]', typeName: 'System.Object[]', aliases: ['Args'], sets: EVERY_SET, description: "The script block's arguments ($args and its parameters)." },
  ],
  process(ctx) {
    collectJobInput(ctx);
  },
  async end(ctx) {
    const block = ctx.params.has('ScriptBlock') ? undefined : await fileBlock(ctx);
    ctx.writeObject(await startJob(ctx, 'background', block));
  },
}));

/** The script block of -FilePath or -LiteralPath: the file's text (a byte order mark dropped), parsed. */
async function fileBlock(ctx: CmdletContext): Promise<ScriptBlock> {
  const { readFileSync } = await import('node:fs');
  const literal = ctx.params.get<string>('LiteralPath');
  const typed = literal ?? ctx.params.get<string>('FilePath')!;
  if (literal === undefined && WildcardPattern.containsWildcardCharacters(typed)) {
    ctx.throwTerminatingError({ ...R.FilePathWildcards(), category: 'NotSpecified', exceptionType: 'ArgumentException', exceptionFullName: 'System.ArgumentException' });
  }
  const full = resolveLiteral(ctx.session, typed);
  // pwsh names a missing -LiteralPath as typed, a missing -FilePath by its full path.
  if (!exists(full) || isFolder(full)) ctx.throwTerminatingError(literal === undefined ? notFoundError(ctx.session, typed, full) : pathNotFound(typed));
  const text = readFileSync(full, 'utf8').replace(/^\uFEFF/, '');
  const parsed = parseScript(text, full);
  const first = parsed.errors[0];
  if (first) ctx.throwTerminatingError({ message: first.message, errorId: first.errorId, category: 'ParserError', exceptionType: 'ParseException', exceptionFullName: 'System.Management.Automation.ParseException' });
  return scriptBlockFromParse(text, parsed, ctx.session.services.get(SCRIPT_RUNNER_SERVICE) as ScriptBlockRunner);
}
