// Background jobs (Start-ThreadJob, Start-Job and the *-Job cmdlets): one table per session, Ids counting
// from 1. spo-shell has one thread, so a job is an async task that starts at once and runs its script
// block in a runspace of its own (engine/runspace.ts), as a thread job does in pwsh. Start-Job's jobs run
// the same way (pwsh starts a child process for them) but look like pwsh's BackgroundJob: a parent job
// (PSRemotingJob, PSJobTypeName BackgroundJob, Location localhost) with one child job (PSRemotingChildJob,
// the next Id, named Job<Id>) that does the work. As in pwsh 7.6.10 (measured with the oracle):
// - the child holds what the job wrote (its Output, Error ... keep everything, Receive-Job or not) and
//   its failure (JobStateInfo.Reason); the parent holds nothing of its own, and Receive-Job of the parent
//   reads its child;
// - the parent is Running from the start, the child NotStarted until its block runs; the parent's state
//   follows the child's, except that a child stopped on its own leaves the parent Completed; the
//   parent has more data while its child has;
// - the table holds the parents: a child is found by -Id (and -Name, except by Remove-Job), never
//   removed on its own.
// A ForEach-Object -Parallel -AsJob job (PSTaskJob) has a child (PSTaskChildJob) for each input object,
// which holds that object's results and failure; the job ends when all have (runTaskJob).
//
// As in pwsh 7.6.10 (measured with the oracle):
// - a thread job waits as NotStarted while -ThrottleLimit (5 by default, for all thread jobs) are running;
// - objects, errors, warnings, verbose and debug text, progress records, Write-Host's text and the
//   information nothing showed are kept until Receive-Job takes them (-Keep leaves them); HasMoreData
//   says whether any are left, and a background job has more data until it ends (it is Running, with
//   more data, as soon as it is returned);
// - a background job's errors come back without a position, as pwsh's child process hands them back;
// - a `throw` fails the job: Receive-Job reports it each time, as "Exception: …" for a thread job and
//   "OperationStopped: …" for a background job; it does not count as more data;
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
export const BACKGROUND_CHILD_JOB = 'System.Management.Automation.PSRemotingChildJob';
export const TASK_JOB = 'System.Management.Automation.PSTasks.PSTaskJob';
export const TASK_CHILD_JOB = 'System.Management.Automation.PSTasks.PSTaskChildJob';

export type JobKind = 'thread' | 'background' | 'task';


export type JobStateName = 'NotStarted' | 'Running' | 'Completed' | 'Failed' | 'Stopped';

/** What a job wrote, in the order Receive-Job writes the streams. */
export type JobRecord =
  | { kind: 'object'; value: unknown }
  | { kind: 'error'; record: ErrorRecord }
  | { kind: 'warning' | 'information'; text: string; options?: HostWriteOptions }
  /** Write-Information that the job's preference did not show: Receive-Job writes it to its own stream. */
  | { kind: 'silentInformation'; text: string; tags: string[] }
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
  ['information', (r) => (r.kind === 'information' || r.kind === 'silentInformation' ? streamRecord('information', r.text) : NONE)],
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

/** The .NET objects a job shows only by type name (Format-List *: `Finished : System.Threading.ManualResetEvent`). */
const opaque = (typeName: string): PSObject => new PSObject(typeName);
const COLLECTION_NAMES = ['Output', 'Error', 'Progress', 'Verbose', 'Debug', 'Warning', 'Information'];

/** A job's properties in pwsh 7.6.10's order (Format-List *); the collections are read through get(). */
function jobProperties(kind: JobKind, child: boolean, id: number, name: string, command: string): Array<[string, unknown]> {
  const rest = (typeName: string, collections = true): Array<[string, unknown]> => [
    ['Command', command],
    ['JobStateInfo', null],
    ...(collections ? [['Finished', opaque('System.Threading.ManualResetEvent')] as [string, unknown]] : []),
    ['InstanceId', crypto.randomUUID()],
    ['Id', id],
    ['Name', name],
    ['ChildJobs', null],
    ['PSBeginTime', null],
    ['PSEndTime', null],
    ['PSJobTypeName', typeName],
    ...(collections ? COLLECTION_NAMES.map((n): [string, unknown] => [n, null]) : []),
  ];
  if (kind === 'background' && child) {
    const remote: Array<[string, unknown]> = [['Runspace', opaque('System.Management.Automation.RemoteRunspace')], ['Debugger', opaque('System.Management.Automation.RemotingJobDebugger')], ['IsAsync', true]];
    return [['State', null], ['StatusMessage', ''], ['HasMoreData', false], ['Location', 'localhost'], ...remote, ...rest('')];
  }
  if (kind === 'background') return [['State', null], ['HasMoreData', false], ['StatusMessage', ''], ['Location', 'localhost'], ...rest('BackgroundJob')];
  if (kind === 'thread') {
    const thread: Array<[string, unknown]> = [['Debugger', null], ['IsAsync', false], ['StartParameters', []]];
    return [['State', null], ['ThreadJobDefinition', opaque('System.Management.Automation.JobDefinition')], ['StatusMessage', ''], ['HasMoreData', false], ['Location', 'PowerShell'], ...thread, ...rest('ThreadJob')];
  }
  if (child) return [['State', null], ['Location', 'PowerShell'], ['HasMoreData', false], ['StatusMessage', ''], ['Debugger', null], ['IsAsync', false], ...rest('PSTaskChildJob')];
  return [['State', null], ['StatusMessage', ''], ['HasMoreData', false], ['Location', 'PowerShell'], ...rest('PSTaskJob', false)];
}

export class Job extends PSObject {
  state: JobStateName = 'NotStarted';
  /** What the job wrote that Receive-Job has not taken. */
  readonly records: JobRecord[] = [];
  /** Everything a background child job wrote: its collections ($job.ChildJobs[0].Output), which Receive-Job leaves. */
  readonly #written: JobRecord[] = [];
  /** The error that failed the job: Receive-Job writes it every time. */
  reason: ErrorRecord | undefined;
  /** A background job's child job, which does its work (pwsh's PSRemotingChildJob). */
  readonly children: Job[] = [];
  readonly stopper = new AbortController();
  readonly #settled: Promise<void>;
  #settle!: () => void;
  readonly #listeners = new Set<() => void>();

  constructor(
    readonly id: number,
    readonly kind: JobKind,
    name: string,
    command: string,
    /** The job this one is a child of. */
    readonly parent?: Job,
  ) {
    const background = kind === 'background';
    const typeName = kind === 'task' ? (parent ? TASK_CHILD_JOB : TASK_JOB) : parent ? BACKGROUND_CHILD_JOB : background ? BACKGROUND_JOB : THREAD_JOB;
    super(typeName, {}, undefined, typeName);
    this.#settled = new Promise((resolve) => (this.#settle = resolve));
    for (const [key, value] of jobProperties(kind, parent !== undefined, id, name, command)) this.properties.set(key, value);
    this.properties.set('ChildJobs', this.children);
    parent?.children.push(this);
    // A background job is Running, with more data, as soon as Start-Job (or `&`) returns it (pwsh 7.6.10);
    // its child is NotStarted until its block runs.
    this.#setState(background && !parent ? 'Running' : 'NotStarted');
  }

  /**
   * The stream collections, made when read: what a thread job wrote and Receive-Job has not taken;
   * everything a background child job wrote; nothing for a parent job (its child holds it).
   */
  override get(name: string): unknown {
    const pick = COLLECTIONS.get(name.toLowerCase());
    if (!pick) return super.get(name);
    if (this.kind === 'background') return this.parent ? this.#written.map(pick).filter((v) => v !== NONE) : [];
    if (this.children.length > 0) return [];
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
    if (this.children.length > 0) return this.children.some((child) => child.hasMoreData);
    // A background job has more data until it ends (pwsh's PSRemotingJob); its failure is no data.
    return this.kind === 'background' && !this.finished;
  }

  /** Resolves when the job has finished (Completed, Failed or Stopped). */
  whenFinished(): Promise<void> {
    return this.#settled;
  }

  /** Called at each change of state or data (Wait-Job -Any, Receive-Job -Wait). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Takes (or with `keep`, copies) what the job itself wrote so far (not its children's). */
  take(keep: boolean): JobRecord[] {
    const out = keep ? [...this.records] : this.records.splice(0);
    this.#refresh();
    return out;
  }

  push(record: JobRecord): void {
    this.records.push(record);
    if (this.parent && this.kind === 'background') this.#written.push(record);
    this.#refresh();
  }

  setState(state: JobStateName): void {
    this.#setState(state);
    // A background job follows its child; a child stopped on its own (Stop-Job -Id <child>) leaves it
    // Completed. (A task job's state is its items' together: runTaskJob sets it.)
    const parent = this.parent;
    if (parent && this.kind === 'background' && !parent.finished && state !== 'NotStarted') parent.#setState(state === 'Stopped' && !parent.stopper.signal.aborted ? 'Completed' : state);
  }

  #setState(state: JobStateName): void {
    const began = state === 'Running' && this.properties.get('PSBeginTime') == null;
    this.state = state;
    // State is pwsh's script property `$this.JobStateInfo.State.ToString()`: a string (left-aligned in a table).
    this.properties.set('State', state);
    this.properties.set('JobStateInfo', jobStateInfo(state, this.parent && state === 'Failed' ? this.reason : undefined, this.kind === 'task' ? 'System.Management.Automation.RuntimeException' : 'System.Management.Automation.RemoteException'));
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
    if (this.parent) this.parent.#refresh();
  }
}

/**
 * System.Management.Automation.JobStateInfo: the State and, for a failed child job, the Reason (pwsh's
 * RemoteException for a background job's, RuntimeException for a task's; its message the error's). Its
 * text is the state's name.
 */
function jobStateInfo(state: JobStateName, reason: ErrorRecord | undefined, exceptionType: string): PSObject {
  const exception = reason ? new PSObject(exceptionType, { Message: reason.message }, undefined, `${exceptionType}: ${reason.message}`) : null;
  return new PSObject('System.Management.Automation.JobStateInfo', { State: new EnumValue(JOB_STATE, state), Reason: exception }, undefined, state);
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
    const command = String(start.block);
    const job = new Job(id, start.kind, start.name ?? `Job${id}`, command);
    this.jobs.push(job);
    // A background job's child (always named Job<Id>) runs the block; the parent follows it. A task
    // job has a child for each input object.
    if (start.kind === 'task') (start.items ?? []).forEach((_, i) => new Job(id + 1 + i, 'task', `Job${id + 1 + i}`, command, job));
    void this.#run(start.kind === 'background' ? new Job(id + 1, 'background', `Job${id + 1}`, command, job) : job, start);
    return job;
  }

  /** The job of that Id: one of the table's, or a child of one (as pwsh's *-Job -Id find them). */
  byId(id: number): Job | undefined {
    return this.jobs.find((j) => j.id === id) ?? this.jobs.flatMap((j) => j.children).find((j) => j.id === id);
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
    (text, tags) => job.push({ kind: 'silentInformation', text, tags: [...tags] }),
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
          ? thrownReason(thrown)
          : new ErrorRecord({ message: thrown.message, errorId: 'JobStateFailed', category: 'OperationStopped', exceptionType: 'RuntimeException', fromOtherRunspace: true });
      return job.setState('Failed');
    }
    // break, continue, return and exit end the job's script only.
    job.setState('Completed');
  }
}

/** A thread job's (or task item's) failure: the thrown error, as Receive-Job reports it ("Exception: …"). */
function thrownReason(thrown: ErrorRecord): ErrorRecord {
  return new ErrorRecord({ message: thrown.message, errorId: thrown.errorId, category: thrown.category, exceptionType: thrown.exceptionType, thrownByThrowStatement: thrown.thrownByThrowStatement, fromOtherRunspace: true });
}

/**
 * ForEach-Object -Parallel -AsJob: the block runs for each input object, -ThrottleLimit at a time, each in
 * a runspace of its own and a child job of its own (pwsh's PSTaskChildJob), which keeps what it writes; a
 * `throw` fails that child (its reason, reported by each Receive-Job, as a thread job's), and the job
 * fails once all have ended.
 */
async function runTaskJob(job: Job, start: JobStart): Promise<void> {
  await Promise.resolve();
  if (job.finished) return;
  const { newRunspace } = await import('./runspace.js');
  job.setState('Running');
  const runItem = async (item: unknown, child: Job): Promise<void> => {
    if (child.finished) return;
    const shell = newRunspace(start.host, start.commands, start.location, start.usingValues, (kind, text, options) => {
      if (kind === 'information') child.push({ kind: 'information', text, options });
    });
    child.setState('Running');
    try {
      await shell.bind(start.block).invoke(
        {
          dollarUnder: { value: item },
          emit: (values) => {
            for (const value of values) child.push({ kind: 'object', value });
          },
          errors: (record) => child.push({ kind: 'error', record }),
        },
        // Stop-Job of the job stops its children, and Stop-Job of one child stops only that one.
        child.stopper.signal,
      );
      if (!child.finished) child.setState('Completed');
    } catch (e) {
      if (child.finished) return;
      if (child.stopper.signal.aborted) return child.setState('Stopped');
      if (!(e instanceof PSErrorSignal)) return child.setState('Completed');
      child.reason = thrownReason(e.record);
      child.setState('Failed');
    }
  };
  const limit = start.throttleLimit ?? 5;
  const running = new Set<Promise<void>>();
  for (const [i, item] of (start.items ?? []).entries()) {
    while (running.size >= limit) await Promise.race(running);
    if (job.finished) return;
    const task = runItem(item, job.children[i]!).finally(() => running.delete(task));
    running.add(task);
  }
  await Promise.all(running);
  // A child that failed, or was stopped on its own, fails the job (pwsh 7.6.10).
  if (!job.finished) job.setState(job.children.some((child) => child.state === 'Failed' || child.state === 'Stopped') ? 'Failed' : 'Completed');
}

/**
 * Stops a job that has not finished, and its child jobs (Stop-Job, Remove-Job -Force). A task job's
 * child that has not started is left alone when stopped by itself: it runs when its turn comes (pwsh 7.6.10).
 */
export function stopJob(job: Job, byParent = false): void {
  if (job.finished || (!byParent && job.kind === 'task' && job.parent && job.state === 'NotStarted')) return;
  job.stopper.abort();
  job.setState('Stopped');
  for (const child of job.children) stopJob(child, true);
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
