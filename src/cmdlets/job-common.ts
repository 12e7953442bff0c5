// What the *-Job cmdlets share: the job parameters (-Job, -Id, -Name) and finding the jobs they name,
// with pwsh 7.6.10's errors for an Id or a name no job has (a name with wildcards that matches none is
// no error), and writing what a job kept (Receive-Job).

import type { CmdletContext, ParameterMetadata } from '../engine/cmdlet.js';
import { castFailure, unwrap } from '../engine/convert.js';
import { PSObject } from '../engine/values.js';
import type { Job, JobRecord, JobTable } from '../engine/jobs.js';
import * as R from '../engine/runtime-strings.js';
import { WildcardPattern } from '../engine/wildcard.js';

export const JOB_SET = 'Job';
export const ID_SET = 'SessionIdParameterSet';
export const NAME_SET = 'NameParameterSet';

export const JOB_TYPE = 'System.Management.Automation.Job[]';

/** -Job (the pipeline's jobs), -Id and -Name, each in a set of its own. */
export function jobParameters(jobMandatory = true): ParameterMetadata[] {
  return [
    { name: 'Job', kind: 'object[]', typeName: JOB_TYPE, coerce: asJob, sets: { [JOB_SET]: { mandatory: jobMandatory, position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, description: 'The jobs (from Get-Job, Start-ThreadJob or Start-Job).' },
    { name: 'Id', kind: 'int[]', typeName: 'System.Int32[]', sets: { [ID_SET]: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true } }, description: 'The Ids of the jobs.' },
    { name: 'Name', kind: 'string[]', typeName: 'System.String[]', sets: { [NAME_SET]: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true } }, description: 'The names of the jobs (wildcards allowed).' },
  ];
}

/**
 * Only a job binds to -Job (`Receive-Job 3` binds -Id, `Receive-Job x` -Name, as in pwsh); anything else
 * is pwsh's conversion error. Known without loading engine/jobs.ts: a job is the PSObject that can be waited for.
 */
function asJob(value: unknown): unknown {
  const v = unwrap(value);
  if (v instanceof PSObject && typeof (v as { whenFinished?: unknown }).whenFinished === 'function') return value;
  throw castFailure(value, 'System.Management.Automation.Job');
}

export async function jobTable(ctx: CmdletContext): Promise<JobTable> {
  const { JobTable } = await import('../engine/jobs.js');
  return JobTable.of(ctx.session);
}

/**
 * The jobs the parameters name, in table order; an Id or plain name no job has is an error of `ctx`.
 * An Id finds a child job too; so does a name, unless `childrenByName` is false (Remove-Job's -Name).
 */
export async function selectedJobs(ctx: CmdletContext, childrenByName = true): Promise<Job[]> {
  const { Job } = await import('../engine/jobs.js');
  const table = await jobTable(ctx);
  const given = ctx.params.get<unknown[]>('Job');
  if (given) return given.map((value) => unwrap(value)).filter((value): value is Job => value instanceof Job);
  const ids = ctx.params.get<number[]>('Id');
  if (ids) {
    const out: Job[] = [];
    for (const id of ids) {
      const job = table.byId(id);
      if (job) out.push(job);
      else await ctx.writeError({ ...R.JobWithSpecifiedSessionNotFound(id), category: 'ObjectNotFound', exceptionType: 'PSArgumentException', exceptionFullName: 'System.Management.Automation.PSArgumentException', targetObject: id });
    }
    return out;
  }
  const names = ctx.params.get<string[]>('Name');
  if (names) {
    const out: Job[] = [];
    for (const name of names) {
      const pattern = new WildcardPattern(name);
      // Each job, then its children (pwsh's search goes down the tree).
      const searched = childrenByName ? table.jobs.flatMap((j) => [j, ...j.children]) : table.jobs;
      const found = searched.filter((j) => pattern.isMatch(j.name) && !out.includes(j));
      if (found.length === 0 && !WildcardPattern.containsWildcardCharacters(name)) {
        await ctx.writeError({ ...R.JobWithSpecifiedNameNotFound(name), category: 'ObjectNotFound', exceptionType: 'PSArgumentException', exceptionFullName: 'System.Management.Automation.PSArgumentException', targetObject: name });
      }
      out.push(...found);
    }
    return out;
  }
  return [...table.jobs];
}

/**
 * Receive-Job: writes what the job kept. A thread job's streams one after another, as pwsh 7.6.10 does:
 * objects, errors, verbose and debug (through Receive-Job's own preferences), warnings, Write-Host's
 * text. A background job's in the order the job wrote them, verbose and debug shown whatever the
 * preferences (pwsh's remoting host writes them). Progress records are taken, never shown.
 */
export async function writeJobRecords(ctx: CmdletContext, job: Job, keep: boolean): Promise<void> {
  const records = job.take(keep);
  if (job.kind === 'background') return writeInOrder(ctx, records);
  // Sent on at once, so that they show before the job's warnings and Write-Host text, as in pwsh.
  await sendObjects(ctx, records.flatMap((r) => (r.kind === 'object' ? [r.value] : [])));
  for (const r of records) if (r.kind === 'error') await ctx.writeError(r.record);
  for (const r of records) if (r.kind === 'verbose') await ctx.writeVerbose(r.text);
  for (const r of records) if (r.kind === 'debug') await ctx.writeDebug(r.text);
  for (const r of records) if (r.kind === 'warning') await ctx.writeWarning(r.text.replace(/^WARNING: /, ''));
  for (const r of records) await writeInformation(ctx, r);
}

/**
 * Write-Host's text (and information the job showed) as the job showed it, also to Receive-Job's
 * -InformationVariable; the information nothing showed through Receive-Job's own preference (pwsh 7.6.10).
 */
async function writeInformation(ctx: CmdletContext, r: JobRecord): Promise<void> {
  if (r.kind === 'information') {
    await ctx.writeInformation(r.text, ['PSHOST']);
    ctx.host.write('information', r.text, r.options);
  } else if (r.kind === 'silentInformation') await ctx.writeInformation(r.text, r.tags);
}

async function writeInOrder(ctx: CmdletContext, records: JobRecord[]): Promise<void> {
  let objects: unknown[] = [];
  for (const r of records) {
    if (r.kind === 'object') {
      objects.push(r.value);
      continue;
    }
    await sendObjects(ctx, objects);
    objects = [];
    if (r.kind === 'error') await ctx.writeError(r.record);
    else if (r.kind === 'warning') await ctx.writeWarning(r.text.replace(/^WARNING: /, ''));
    else if (r.kind === 'verbose' || r.kind === 'debug') ctx.host.write(r.kind, `${r.kind.toUpperCase()}: ${r.text}`);
    else await writeInformation(ctx, r);
  }
  await sendObjects(ctx, objects);
}

async function sendObjects(ctx: CmdletContext, objects: unknown[]): Promise<void> {
  if (objects.length > 0 && ctx.sendObjects) await ctx.sendObjects(objects);
  else for (const value of objects) ctx.writeObject(value);
}

/** The failure of a failed job, which Receive-Job reports each time it reads the job. */
export async function writeJobReason(ctx: CmdletContext, job: Job): Promise<void> {
  if (job.state === 'Failed' && job.reason) await ctx.writeError(job.reason);
}

/** The job and (unless `noRecurse`) its child jobs: what Receive-Job reads from a job. */
export function jobAndChildren(job: Job, noRecurse: boolean): Job[] {
  return noRecurse ? [job] : [job, ...job.children];
}
