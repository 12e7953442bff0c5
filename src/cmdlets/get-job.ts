// Get-Job (`gjb`): the session's jobs (engine/jobs.ts) in the order they started: all of them, those of
// -Id, those whose -Name matches, those in a -State, those whose -Command is the given text. Then, in
// every set, as pwsh 7.6.10 does (measured with the oracle):
// - -HasMoreData keeps the jobs whose HasMoreData is that value;
// - -Before and -After keep the jobs that ended before or after the date (a job still running has no
//   end, so neither keeps it);
// - -Newest keeps the N jobs that ended last, a running job counting as the newest (0 or less: none),
//   still written in the order they started.
// -Command compares the whole text, any case, without wildcards (pwsh matches no `*` there).
// -Id and -Name find child jobs too; -IncludeChildJob and -ChildJobState add the found jobs' children.
// The jobs are written in Id order.

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { unwrap } from '../engine/convert.js';
import { DateTimeValue } from '../engine/datetime.js';
import { JOB_STATE } from '../engine/enum-types.js';
import type { Job } from '../engine/jobs.js';
import { castTo } from '../engine/types.js';
import { EnumValue } from '../engine/values.js';
import { CORE } from './modules.js';
import { ID_SET, NAME_SET, selectedJobs } from './job-common.js';

const STATE_SET = 'StateParameterSet';
const COMMAND_SET = 'CommandParameterSet';

const asDateTime = (value: unknown): unknown => castTo('System.DateTime', value);

export const getJob = lazyCmdlet('Get-Job', (): CmdletDefinition => ({
  name: 'Get-Job',
  implementingType: 'Microsoft.PowerShell.Commands.GetJobCommand',
  module: CORE,
  synopsis: 'Gets the background jobs of the session.',
  defaultParameterSet: ID_SET,
  parameters: [
    { name: 'Id', kind: 'int[]', typeName: 'System.Int32[]', sets: { [ID_SET]: { position: 0, valueFromPipelineByPropertyName: true } }, description: 'The Ids of the jobs.' },
    { name: 'Name', kind: 'string[]', typeName: 'System.String[]', sets: { [NAME_SET]: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true } }, description: 'The names of the jobs (wildcards allowed).' },
    { name: 'State', kind: 'enum', typeName: JOB_STATE.fullName, enumType: JOB_STATE, sets: { [STATE_SET]: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true } }, description: 'The state of the jobs (Running, Completed, Failed ...).' },
    { name: 'Command', kind: 'string[]', typeName: 'System.String[]', sets: { [COMMAND_SET]: { valueFromPipelineByPropertyName: true } }, description: "The jobs' commands (the whole text, without wildcards)." },
    { name: 'IncludeChildJob', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: "Also the jobs' child jobs (a background job's Job<Id+1>)." },
    { name: 'ChildJobState', kind: 'enum', typeName: JOB_STATE.fullName, enumType: JOB_STATE, sets: { [ALL_SETS]: {} }, description: "Also the jobs' child jobs in this state." },
    { name: 'HasMoreData', kind: 'bool', typeName: 'System.Boolean', sets: { [ALL_SETS]: {} }, description: 'Only the jobs whose HasMoreData is this value.' },
    { name: 'Before', kind: 'object', typeName: 'System.DateTime', coerce: asDateTime, sets: { [ALL_SETS]: {} }, description: 'Only the jobs that ended before this date.' },
    { name: 'After', kind: 'object', typeName: 'System.DateTime', coerce: asDateTime, sets: { [ALL_SETS]: {} }, description: 'Only the jobs that ended after this date.' },
    { name: 'Newest', kind: 'int', typeName: 'System.Int32', sets: { [ALL_SETS]: {} }, description: 'Only the N jobs that ended last (a running job counts as the newest).' },
  ],
  async process(ctx) {
    for (const job of filtered(ctx, withChildren(ctx, await jobsOfSet(ctx)))) ctx.writeObject(job);
  },
}));

/**
 * -IncludeChildJob adds every child job of the jobs found, -ChildJobState those in that state; then all
 * are in Id order, as pwsh 7.6.10 sorts them (a child found twice, by -Name and as a child, is written twice).
 */
function withChildren(ctx: CmdletContext, jobs: Job[]): Job[] {
  const childState = ctx.params.get('ChildJobState');
  if (childState !== undefined || ctx.params.get('IncludeChildJob') !== undefined) {
    const state = childState === undefined ? undefined : stateName(childState);
    jobs = [...jobs, ...jobs.flatMap((job) => job.children).filter((child) => state === undefined || child.state === state)];
  }
  return jobs.map((job, index) => ({ job, index })).sort((a, b) => a.job.id - b.job.id || a.index - b.index).map((e) => e.job);
}

const stateName = (state: unknown): string => (unwrap(state) instanceof EnumValue ? (unwrap(state) as EnumValue).name : String(state));

async function jobsOfSet(ctx: CmdletContext): Promise<Job[]> {
  const state = ctx.params.get('State');
  const commands = ctx.params.get<string[]>('Command');
  if (state === undefined && commands === undefined) return selectedJobs(ctx);
  const all = await selectedJobs(ctx);
  if (state !== undefined) {
    return all.filter((job) => job.state === stateName(state));
  }
  const wanted = new Set(commands!.map((c) => c.toLowerCase()));
  return all.filter((job) => wanted.has(String(job.get('Command')).toLowerCase()));
}

/** -HasMoreData, -Before, -After and -Newest, which every set takes. */
function filtered(ctx: CmdletContext, jobs: Job[]): Job[] {
  const more = ctx.params.get<boolean>('HasMoreData');
  if (more !== undefined) jobs = jobs.filter((job) => job.hasMoreData === more);
  const ended = (job: Job): number | undefined => {
    const end = unwrap(job.get('PSEndTime'));
    return end instanceof DateTimeValue ? end.epochMs : undefined;
  };
  const before = unwrap(ctx.params.get('Before'));
  if (before instanceof DateTimeValue) jobs = jobs.filter((job) => (ended(job) ?? Infinity) < before.epochMs);
  const after = unwrap(ctx.params.get('After'));
  if (after instanceof DateTimeValue) jobs = jobs.filter((job) => (ended(job) ?? -Infinity) > after.epochMs);
  const newest = ctx.params.get<number>('Newest');
  if (newest !== undefined) {
    // Latest end first; running jobs (no end) before all, the later-started first among equals.
    const ranked = jobs.map((job, index) => ({ job, index, end: ended(job) ?? Infinity })).sort((a, b) => b.end - a.end || b.index - a.index);
    const kept = new Set(ranked.slice(0, Math.max(0, newest)).map((r) => r.job));
    jobs = jobs.filter((job) => kept.has(job));
  }
  return jobs;
}
