// Redirection (`> file`, `>> file`, `2>&1`, `*>&1`, `2>$null`, `3>` … `6>`), as PowerShell runs it:
// while a redirected pipeline element runs, the records its streams carry (its own and those of the
// commands it calls: a function's body, a script block) go where the redirection says. Merged records
// join the element's output in the order they are written (the pipeline passes them on with its
// objects); a file gets what Out-File would write (formatted at the console width, UTF-8 without a
// byte order mark), written when the element ends; `$null` drops them.
//
// A file is opened (created, or emptied for `>`) before the command runs, as Out-File's begin does:
// a path that cannot be written stops the statement before anything runs, with Out-File's error.

import { closeSync, openSync, appendFileSync } from 'node:fs';
import type { RedirectionAst } from '../language/ast.js';
import { PSObject } from './values.js';

/** The streams other than output that a redirection can take. */
export type RoutedStream = 'error' | 'warning' | 'verbose' | 'debug' | 'information';

const ROUTED: readonly RoutedStream[] = ['error', 'warning', 'verbose', 'debug', 'information'];

/** The record types PowerShell writes into the output stream for merged records (ErrorRecord is its own class). */
const RECORD_TYPES: Record<Exclude<RoutedStream, 'error'>, string> = {
  warning: 'System.Management.Automation.WarningRecord',
  verbose: 'System.Management.Automation.VerboseRecord',
  debug: 'System.Management.Automation.DebugRecord',
  information: 'System.Management.Automation.InformationRecord',
};

/**
 * The stream a merged record came from. Out-Default writes such a record where the stream would
 * have (an error to the error stream, a warning as `WARNING: …`); everything else (Out-File,
 * Out-String, `"$_"`) sees the record, whose text is its message.
 */
const mergedFrom = new WeakMap<object, RoutedStream>();

export function mergedStreamOf(value: unknown): RoutedStream | undefined {
  return typeof value === 'object' && value !== null ? mergedFrom.get(value) : undefined;
}

/**
 * A record a command took from a block's error stream for itself (a job's Error, Invoke-History's errors)
 * is no record merged into output: written as an object later (`$job.Error`), it prints with the output.
 */
export function notMerged(value: object): void {
  mergedFrom.delete(value);
}

/** A record of a stream as it travels in the output stream (`3>&1`): its message is its text. */
export function streamRecord(stream: Exclude<RoutedStream, 'error'>, message: string, tags: string[] = []): PSObject {
  const props: Record<string, unknown> = stream === 'information' ? { MessageData: message, Tags: tags } : { Message: message };
  return new PSObject(RECORD_TYPES[stream], props, [stream === 'information' ? 'MessageData' : 'Message'], message);
}

/** Text collected for one file, written when the redirected element ends. */
class FileSink {
  readonly items: unknown[] = [];
  constructor(readonly path: string) {}
}

type Route = { kind: 'merge' } | { kind: 'null' } | { kind: 'file'; sink: FileSink };

/** The redirections of one pipeline element, for as long as it runs. */
export class RedirectionFrame {
  readonly routes = new Map<RoutedStream, Route>();
  output: Route | undefined;
  readonly files: FileSink[] = [];
  /** Where a merged record goes: the element's output, in order with the objects it writes. */
  merge: (value: unknown) => void = () => {};

  /** What becomes of the element's output objects: undefined = they go on down the pipeline. */
  get outputSink(): ((item: unknown) => void) | undefined {
    const route = this.output;
    if (route?.kind === 'null') return () => {};
    if (route?.kind === 'file') return (item) => route.sink.items.push(item);
    return undefined;
  }
}

/**
 * The frames in force now, innermost last; a stream goes to the innermost frame that redirects it.
 * Each command of a pipeline runs with its own list (the frames around the pipeline and its own):
 * in `f 2>&1 | g`, g runs inside f's output but f's redirection does not take g's errors.
 */
export class StreamRouter {
  #frames: readonly RedirectionFrame[] = [];

  get frames(): readonly RedirectionFrame[] {
    return this.#frames;
  }

  /** Makes `frames` the ones in force; returns those it replaces (to give back afterwards). */
  use(frames: readonly RedirectionFrame[]): readonly RedirectionFrame[] {
    const previous = this.#frames;
    this.#frames = frames;
    return previous;
  }

  /**
   * Sends a record of `stream` where the running redirections say; false when none redirects it
   * (the caller shows it as usual). `record` is built only when needed.
   */
  write(stream: RoutedStream, record: () => unknown): boolean {
    const frames = this.#frames;
    for (let i = frames.length - 1; i >= 0; i--) {
      const route = frames[i]!.routes.get(stream);
      if (!route) continue;
      if (route.kind === 'null') return true;
      const value = record();
      if (route.kind === 'file') route.sink.items.push(value);
      else {
        if (typeof value === 'object' && value !== null) mergedFrom.set(value, stream);
        frames[i]!.merge(value);
      }
      return true;
    }
    return false;
  }

  /** Whether a record of `stream` would be redirected now (Write-Host then does not print it). */
  redirects(stream: RoutedStream): boolean {
    return this.#frames.some((f) => f.routes.has(stream));
  }
}

/** What running a redirected element needs from the engine. */
export interface RedirectionServices {
  /** The file a redirection names: its target evaluated; null for `$null`. */
  fileOf(redirection: Extract<RedirectionAst, { kind: 'file' }>): Promise<string | null>;
  /** Out-File's statement-terminating error for a file that cannot be opened (it underlines the whole element). */
  openFailure(error: unknown, path: string): Error;
  /** What Out-File writes for these values (formatted at the full console width, a line break after each line). */
  fileText(values: unknown[]): string;
}

/** The frame of one element's redirections, its files opened (created, or emptied for `>`) before it runs. */
export async function openRedirections(services: RedirectionServices, redirections: readonly RedirectionAst[]): Promise<RedirectionFrame> {
  const frame = new RedirectionFrame();
  // `*>` first: a redirection of one stream wins over it whatever the order.
  const ordered = [...redirections].sort((a, b) => Number(b.from === 'all') - Number(a.from === 'all'));
  for (const r of ordered) {
    let route: Route;
    if (r.kind === 'merge') route = { kind: 'merge' };
    else {
      const path = await services.fileOf(r);
      if (path === null) route = { kind: 'null' };
      else {
        try {
          closeSync(openSync(path, r.append ? 'a' : 'w'));
        } catch (e) {
          throw services.openFailure(e, path);
        }
        const sink = frame.files.find((f) => f.path === path) ?? new FileSink(path);
        if (!frame.files.includes(sink)) frame.files.push(sink);
        route = { kind: 'file', sink };
      }
    }
    if (r.from === 'output') frame.output = route;
    else if (r.from === 'all') {
      // `*> file` is `*>&1 > file`: every stream joins the output in order, and the output goes to the file.
      for (const s of ROUTED) frame.routes.set(s, route.kind === 'file' ? { kind: 'merge' } : route);
      if (route.kind !== 'merge') frame.output = route;
    } else frame.routes.set(r.from, route);
  }
  return frame;
}

/** The element ended (or failed): what its redirections collected for files is written. */
export function closeRedirections(services: RedirectionServices, frame: RedirectionFrame): void {
  for (const sink of frame.files) writeSink(services, sink);
}

function writeSink(services: RedirectionServices, sink: FileSink): void {
  if (!sink.items.length) return;
  const text = services.fileText(sink.items);
  sink.items.length = 0;
  // The file was opened before the command ran; a failure now (the disk filled) is not PowerShell's case.
  try {
    appendFileSync(sink.path, text);
  } catch {
    // Nothing better to do: the command's own output is already written or gone.
  }
}
