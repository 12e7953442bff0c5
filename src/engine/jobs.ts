// Background jobs (Start-ThreadJob, Start-Job and the *-Job cmdlets): one table per session, Ids counting
// from 1. spo-shell has one thread, so a job is an async task that starts at once and runs its script
// block in a runspace of its own (engine/runspace.ts), as a thread job does in pwsh. Start-Job's jobs run
// the same way (pwsh starts a child process for them) but look like pwsh's BackgroundJob: type
// PSRemotingJob, PSJobTypeName BackgroundJob, Location localhost, and a child job that takes the next Id.
//
// As in pwsh 7.6.10 (measured with the oracle):
// - a thread job waits as NotStarted while -ThrottleLimit (5 by default, for all thread jobs) are running;
// - objects, errors, warnings, verbose and debug text, progress records and Write-Host's text are kept
//   until Receive-Job takes them (-Keep leaves them); HasMoreData says whether any are left, and a
//   background job has more data until it ends (it is Running, with more data, as soon as it is returned);
// - a background job's errors come back without a position, as pwsh's child process hands them back;
// - a `throw` fails the job: Receive-Job reports it each time, as "Exception: …" for a thread job and
//   "OperationStopped: …" for a background job; it does not count as more data of a thread job;
// - Ctrl+C stops what the console runs, never a job; Stop-Job stops one; the session ends without waiting.

import { DateTimeValue } from './datetime.js';
import { ErrorRecord, PSErrorSignal } from './errors.js';
import type { Host, HostWriteOptions, ProgressRecord } from '../host/host.js';
import type { CommandLookup } from './cmdlet.js';
import type { ScriptBlock } from './script-block.js';
import type { Session } from './session.js';
import { JOB_STATE } from './enum-types.js';
import * as R from './runtime-strings.js';
import { streamRecord } from './redirection.js';
import { EnumValue, PSObject } from './values.js';

export const THREAD_JOB = 'Microsoft.PowerShell.ThreadJob.ThreadJob';
export const BACKGROUND_JOB = 'System.Management.Automation.PSRemotingJob';
export const TASK_JOB = 'System.Management.Automation.PSTasks.PSTaskJob';

export type JobKind = 'thread' | 'background' | 'task';


export type JobStateName = 'NotStarted' | 'Running' | 'Completed' | 'Failed' | 'Stopped';

/** What a job wrote, in the order Receive-Job writes the streams. */
export type JobRecord =
  | { kind: 'object'; value: unknown }
  | { kind: 'error'; record: ErrorRecord }
  | { kind: 'warning' | 'information'; text: string; options?: HostWriteOptions }
  | { kind: 'verbose' | 'debug'; text: string }
  /** Write-Progress in the job: kept for $job.Progress, never written by Receive-Job. */
  | { kind: 'progress'; record: PSObject };

/** The job's stream collections (`$job.Verbose`, `$job.Output` …) and the records each holds. */
const COLLECTIONS: ReadonlyMap<string, (r: JobRecord) => unknown> = new Map<string, (r: JobRecord) => unknown>([
  ['output', (r) => (r.kind === 'object' ? r.value : NONE)],
  ['error', (r) => (r.kind === 'error' ? r.record : NONE)],
  ['warning', (r) => (r.kind === 'warning' ? streamRecord('warning', r.text.replace(/^WARNING: /, '')) : NONE)],
  ['verbose', (r) => (r.kind === 'verbose' ? streamRecord('verbose', r.text) : NONE)],
  ['debug', (r) => (r.kind === 'debug' ? streamRecord('debug', r.text) : NONE)],
  ['information', (r) => (r.kind === 'information' ? streamRecord('information', r.text) : NONE)],
  ['progress', (r) => (r.kind === 'progress' ? r.record : NONE)],
]);
const NONE = Symbol('none');

export interface JobStart {
  kind: JobKind;
  /** ForEach-Object -Parallel -AsJob: the input objects, one child job (and Id) each. */
  items?: unknown[];
  block: ScriptBlock;
  /** Start-Job -InitializationScript: runs first, dot-sourced into the job's scope. */
  init?: ScriptBlock;
  name?: string;
  args: unknown[];
  input: unknown[] | undefined;
  usingValues: ReadonlyMap<string, unknown>;
  host: Host;
  commands: CommandLookup;
  location: string;
  throttleLimit?: number;
}

export class Job extends PSObject {
  state: JobStateName = 'NotStarted';
  readonly records: JobRecord[] = [];
  /** The error that failed the job: Receive-Job writes it every time. */
  reason: ErrorRecord | undefined;
  readonly stopper = new AbortController();
  readonly #settled: Promise<void>;
  #settle!: () => void;
  readonly #listeners = new Set<() => void>();

  constructor(
    readonly id: number,
    readonly kind: JobKind,
    name: string,
    command: string,
  ) {
    const background = kind === 'background';
    const typeName = background ? BACKGROUND_JOB : kind === 'task' ? TASK_JOB : THREAD_JOB;
    super(typeName, {}, undefined, typeName);
    this.#settled = new Promise((resolve) => (this.#settle = resolve));
    const props: Record<string, unknown> = background
      ? { State: null, HasMoreData: false, StatusMessage: '', Location: 'localhost', Command: command, JobStateInfo: null, InstanceId: null, Id: id, Name: name, ChildJobs: [], PSBeginTime: null, PSEndTime: null, PSJobTypeName: 'BackgroundJob' }
      : { State: null, StatusMessage: '', HasMoreData: false, Location: 'PowerShell', Command: command, JobStateInfo: null, InstanceId: null, Id: id, Name: name, ChildJobs: [], PSBeginTime: null, PSEndTime: null, PSJobTypeName: kind === 'task' ? 'PSTaskJob' : 'ThreadJob' };
    for (const [key, value] of Object.entries(props)) this.properties.set(key, value);
    this.properties.set('InstanceId', crypto.randomUUID());
    // A background job is Running, with more data, as soon as Start-Job (or `&`) returns it (pwsh 7.6.10).
    this.#setState(background ? 'Running' : 'NotStarted');
  }

  /**
   * The stream collections, made when read: what the job wrote and Receive-Job has not taken. A
   * background job's own are empty (pwsh keeps them in its child job, which spo-shell does not model).
   */
  override get(name: string): unknown {
    const pick = COLLECTIONS.get(name.toLowerCase());
    if (!pick) return super.get(name);
    if (this.kind === 'background') return [];
    return this.records.map(pick).filter((v) => v !== NONE);
  }

  get name(): string {
    return this.properties.get('Name') as string;
  }

  get finished(): boolean {
    return this.state === 'Completed' || this.state === 'Failed' || this.state === 'Stopped';
  }

  /** Objects, errors and the rest still waiting for Receive-Job. */
  get hasMoreData(): boolean {
    if (this.records.length > 0) return true;
    if (this.kind !== 'background') return false;
    // A background job has more data until it ends (pwsh's PSRemotingJob), and its failure until read.
    return !this.finished || (this.reason !== undefined && this.state === 'Failed' && !this.#reasonTaken);
  }
  #reasonTaken = false;

  /** Resolves when the job has finished (Completed, Failed or Stopped). */
  whenFinished(): Promise<void> {
    return this.#settled;
  }

  /** Called at each change of state or data (Wait-Job -Any, Receive-Job -Wait). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Takes (or with `keep`, copies) what the job wrote so far. */
  take(keep: boolean): JobRecord[] {
    const out = keep ? [...this.records] : this.records.splice(0);
    if (!keep && this.reason) this.#reasonTaken = true;
    this.#refresh();
    return out;
  }

  push(record: JobRecord): void {
    this.records.push(record);
    this.#refresh();
  }

  setState(state: JobStateName): void {
    this.#setState(state);
  }

  #setState(state: JobStateName): void {
    const began = state === 'Running' && this.properties.get('PSBeginTime') == null;
    this.state = state;
    const value = new EnumValue(JOB_STATE, state);
    this.properties.set('State', value);
    this.properties.set('JobStateInfo', value);
    if (began) this.properties.set('PSBeginTime', DateTimeValue.now());
    if (this.finished) {
      this.properties.set('PSEndTime', DateTimeValue.now());
      this.#settle();
    }
    this.#refresh();
  }

  #refresh(): void {
    this.properties.set('HasMoreData', this.hasMoreData);
    for (const listener of [...this.#listeners]) listener();
  }
}

const SERVICE_KEY = 'engine.jobs';
/** How long a background job takes to start (pwsh starts a process for it). */
const BACKGROUND_START_MS = 100;

/** The session's jobs, in the order they started, and the throttle of its thread jobs. */
export class JobTable {
  readonly jobs: Job[] = [];
  #nextId = 1;
  #running = 0;
  readonly #waiting: Array<() => void> = [];

  static of(session: Session): JobTable {
    let table = session.services.get(SERVICE_KEY) as JobTable | undefined;
    if (!table) {
      table = new JobTable();
      session.services.set(SERVICE_KEY, table);
    }
    return table;
  }

  start(start: JobStart): Job {
    const id = this.#nextId;
    // A background job's child job takes the next Id (pwsh's PSRemotingChildJob), a task job's one per input object.
    this.#nextId += start.kind === 'background' ? 2 : start.kind === 'task' ? 1 + (start.items?.length ?? 0) : 1;
    const job = new Job(id, start.kind, start.name ?? `Job${id}`, String(start.block));
    this.jobs.push(job);
    void this.#run(job, start);
    return job;
  }

  remove(job: Job): void {
    const index = this.jobs.indexOf(job);
    if (index >= 0) this.jobs.splice(index, 1);
  }

  async #run(job: Job, start: JobStart): Promise<void> {
    const throttled = start.kind === 'thread';
    if (throttled) {
      const limit = start.throttleLimit ?? 5;
      while (this.#running >= limit) await new Promise<void>((resolve) => this.#waiting.push(resolve));
      if (job.finished) return;
      this.#running++;
    }
    try {
      await (start.kind === 'task' ? runTaskJob(job, start) : runJob(job, start));
    } finally {
      if (throttled) {
        this.#running--;
        this.#waiting.shift()?.();
      }
    }
  }
}

/** Runs the job's block in a runspace of its own and keeps what it writes. */
async function runJob(job: Job, start: JobStart): Promise<void> {
  // Yield first: Start-*Job returns the job as NotStarted/Running before the block runs, as pwsh does.
  // A background job starts later still, as pwsh's child process does (about a second there): the job
  // table that `Get-Date &` or Start-Job prints shows it Running, whatever the formatting takes.
  await (job.kind === 'background' ? new Promise<void>((resolve) => setTimeout(resolve, BACKGROUND_START_MS)) : Promise.resolve());
  if (job.finished) return;
  const { newRunspace } = await import('./runspace.js');
  // Warnings, information, verbose and debug text are the job's (Receive-Job writes them).
  const shell = newRunspace(
    start.host,
    start.commands,
    start.location,
    start.usingValues,
    (kind, text, options) => {
      if (kind === 'warning' || kind === 'information') job.push({ kind, text, options });
      else job.push({ kind, text: text.replace(kind === 'verbose' ? /^VERBOSE: / : /^DEBUG: /, '') });
    },
    ['verbose', 'debug', 'information', 'warning'],
    (progress) => job.push({ kind: 'progress', record: progressRecord(progress) }),
  );
  job.setState('Running');
  const emit = (values: unknown[]): void => {
    for (const value of values) job.push({ kind: 'object', value });
  };
  const errors = (record: ErrorRecord): void => job.push({ kind: 'error', record: job.kind === 'background' ? record.fromChildProcess() : record });
  if (start.init) {
    try {
      await shell.bind(start.init).invoke({ dotSource: true, emit, errors }, job.stopper.signal);
    } catch (e) {
      if (job.finished) return;
      if (job.stopper.signal.aborted) return job.setState('Stopped');
      if (!(e instanceof PSErrorSignal)) return job.setState('Completed');
      // pwsh's child process fails to open: the job fails with the remoting transport's error.
      job.reason = new ErrorRecord({ ...R.JobInitializationFailed(e.record.message), category: 'OpenError', exceptionType: 'PSRemotingTransportException', fromOtherRunspace: true });
      return job.setState('Failed');
    }
  }
  try {
    await shell.bind(start.block).invoke(
      {
        args: start.args,
        input: start.input ?? [],
        emit,
        errors,
      },
      job.stopper.signal,
    );
    if (!job.finished) job.setState('Completed');
  } catch (e) {
    if (job.finished) return;
    if (job.stopper.signal.aborted) return job.setState('Stopped');
    if (e instanceof PSErrorSignal) {
      const thrown = e.record;
      job.reason =
        job.kind === 'thread'
          ? new ErrorRecord({ message: thrown.message, errorId: thrown.errorId, category: thrown.category, exceptionType: thrown.exceptionType, thrownByThrowStatement: thrown.thrownByThrowStatement, fromOtherRunspace: true })
          : new ErrorRecord({ message: thrown.message, errorId: 'JobStateFailed', category: 'OperationStopped', exceptionType: 'RuntimeException', fromOtherRunspace: true });
      return job.setState('Failed');
    }
    // break, continue, return and exit end the job's script only.
    job.setState('Completed');
  }
}

/**
 * ForEach-Object -Parallel -AsJob: the block runs for each input object, -ThrottleLimit at a time, each in
 * a runspace of its own; a `throw` in one is an error of the job (as the command's own -Parallel writes
 * it) and fails the job once all have ended.
 */
async function runTaskJob(job: Job, start: JobStart): Promise<void> {
  await Promise.resolve();
  if (job.finished) return;
  const { newRunspace, taskFailure } = await import('./runspace.js');
  job.setState('Running');
  let failed = false;
  const runItem = async (item: unknown): Promise<void> => {
    const shell = newRunspace(start.host, start.commands, start.location, start.usingValues, (kind, text, options) => {
      if (kind === 'information') job.push({ kind: 'information', text, options });
    });
    try {
      await shell.bind(start.block).invoke(
        {
          dollarUnder: { value: item },
          emit: (values) => {
            for (const value of values) job.push({ kind: 'object', value });
          },
          errors: (record) => job.push({ kind: 'error', record }),
        },
        job.stopper.signal,
      );
    } catch (e) {
      if (job.stopper.signal.aborted || !(e instanceof PSErrorSignal)) return;
      failed = true;
      job.push({ kind: 'error', record: taskFailure(e.record) });
    }
  };
  const limit = start.throttleLimit ?? 5;
  const running = new Set<Promise<void>>();
  for (const item of start.items ?? []) {
    while (running.size >= limit) await Promise.race(running);
    if (job.finished) return;
    const task = runItem(item).finally(() => running.delete(task));
    running.add(task);
  }
  await Promise.all(running);
  if (!job.finished) job.setState(failed ? 'Failed' : 'Completed');
}

/** Stops a job that has not finished (Stop-Job, Remove-Job -Force). */
export function stopJob(job: Job): void {
  if (job.finished) return;
  job.stopper.abort();
  job.setState('Stopped');
}

const abortions = new WeakMap<AbortSignal, Promise<void>>();

/**
 * Resolves when `signal` aborts (Ctrl+C while Wait-Job or Receive-Job -Wait waits). One promise, and one
 * listener, per signal: a script's many waits would otherwise pile listeners on its signal.
 */
export function aborted(signal: AbortSignal): Promise<void> {
  let promise = abortions.get(signal);
  if (!promise) {
    promise = new Promise((resolve) => {
      if (signal.aborted) return resolve();
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
    abortions.set(signal, promise);
  }
  return promise;
}

/** pwsh's ProgressRecord of what Write-Progress wrote in a job. */
function progressRecord(p: ProgressRecord): PSObject {
  return new PSObject('System.Management.Automation.ProgressRecord', {
    ActivityId: p.id ?? 0,
    ParentActivityId: p.parentId ?? -1,
    Activity: p.activity,
    StatusDescription: p.status,
    CurrentOperation: p.currentOperation ?? null,
    PercentComplete: p.percentComplete,
    SecondsRemaining: p.secondsRemaining ?? -1,
    RecordType: p.completed ? 'Completed' : 'Processing',
  });
}
