// The console's Ink tree: only the live region (input, prompt field, panels, status line). Every
// finished line goes above it through Ink's stdout write, so a keystroke re-renders a few lines no
// matter how long the transcript is.

import { useLayoutEffect, useSyncExternalStore } from 'react';
import { Box, Text, useCursor, useStdout } from 'ink';
import type { ConsoleState, ConsoleStore, ReadView } from './store.js';
import { cursorAfter, cursorPosition, layoutMenu, wrapRows } from './layout.js';
import { ProgressLine, SignInPanelView, panelFits } from './components/panels.js';
import type { ConnectionInfo } from '../engine/session.js';

/** Clear-Host: erase the screen and the scrollback, cursor home. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';
/** Ctrl+L: the visible screen only, as PSReadLine's ClearScreen writes it on Linux. */
export const CLEAR_VISIBLE = '\x1b[2J\x1b[H';

export interface AppProps {
  store: ConsoleStore;
  /** Sandbox sign-in page shown in the device-code panel. */
  sandboxPage?: string;
  /** Told of each transcript write before Ink makes it (the resize repair must never drop one). */
  beforeTranscript?: (text: string) => void;
}

export function App({ store, sandboxPage, beforeTranscript }: AppProps) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const { write } = useStdout();
  const { setCursorPosition } = useCursor();

  useLayoutEffect(() => {
    const transcript = (text: string): void => {
      beforeTranscript?.(text);
      write(text);
    };
    store.attachSink(transcript, (scrollback) => transcript(scrollback ? CLEAR_SCREEN : CLEAR_VISIBLE));
  }, [store, write, beforeTranscript]);

  if (state.phase === 'exited') {
    setCursorPosition(undefined);
    return null;
  }

  const input = state.phase === 'edit' ? editArea(state) : null;
  const read = state.phase === 'read' && state.read ? readArea(state.read, state.columns) : null;
  if (input) setCursorPosition(input.cursor);
  else if (read) setCursorPosition(read.cursor);
  else setCursorPosition(undefined);

  return (
    <Box flexDirection="column">
      {input?.element}
      {read?.element}
      {state.panel ? panelView(state, sandboxPage) : null}
      {state.progress ? <ProgressLine record={state.progress} columns={state.columns} /> : null}
      <StatusLine connection={state.connection} />
    </Box>
  );
}

/**
 * The sign-in panel, or its one-line form where the full panel does not fit. The live region is
 * never as tall as the window: Ink would clear the whole terminal.
 */
function panelView(state: ConsoleState, sandboxPage: string | undefined) {
  const panel = state.panel!;
  const rows = state.rows - 1 - (state.progress ? 1 : 0) - 1; // the status line, progress, one spare
  const fits = panelFits(panel, state.columns, rows, sandboxPage);
  return <SignInPanelView panel={panel} sandboxPage={sandboxPage} compact={!fits} />;
}

/** The prompt with the input lines, the search line and the menu below them. */
function editArea(state: ConsoleState) {
  const view = state.editor;
  const prompts = view.lines.map((_, i) => (i === 0 ? state.prompt : view.continuationPrompt));
  const cursor = cursorPosition(prompts, view.lines, view.cursorLine, view.cursorColumn, state.columns);
  // Rows are broken where the terminal would break them, so the cursor lands where cursorPosition says.
  const rows: string[] = [];
  view.lines.forEach((line, i) => {
    rows.push(...wrapRows(prompts[i] + line, state.columns));
    // A cursor right after a row that fills the width sits at the start of a row of its own.
    if (i === view.cursorLine && cursor.y >= rows.length) rows.push('');
  });
  // The menu may use what is left of the screen below the input, the search and status lines.
  const menu = view.menu ? layoutMenu(view.menu, state.columns, state.rows - 2 - rows.length - 1) : null;
  const element = (
    <Box flexDirection="column">
      {rows.map((row, i) => (
        <InputRow key={i} text={row} />
      ))}
      {view.search !== null ? <Text>{view.search}</Text> : null}
      {menu ? (
        <Box flexDirection="column">
          {menu.rows.map((row, r) => (
            <Text key={r}>
              {row.map((cell, c) =>
                cell.selected ? (
                  <Text key={c} inverse>
                    {cell.text}
                  </Text>
                ) : (
                  <Text key={c}>{cell.text}</Text>
                ),
              )}
            </Text>
          ))}
          {menu.more ? <Text dimColor>{menu.more}</Text> : null}
        </Box>
      ) : null}
    </Box>
  );
  return { element, cursor };
}

/** A prompt being answered (password, Read-Host, mandatory parameter) with the cursor after it. */
/** A host prompt's field: its text wrapped at the width, the cursor after `cursor` of its characters. */
function readArea(read: ReadView, columns: number) {
  const text = read.prompt + read.shown;
  const cursor = cursorAfter(read.prompt + [...read.shown].slice(0, read.cursor).join(''), columns);
  const rows = wrapRows(text, columns);
  if (cursor.y >= rows.length) rows.push('');
  const element = (
    <Box flexDirection="column">
      {rows.map((row, i) => (
        <InputRow key={i} text={row} />
      ))}
    </Box>
  );
  return { element, cursor };
}

/**
 * One row of input. An empty row (the cursor's own, after a row that fills the width) is drawn as a
 * blank: Ink gives an empty text no height, and the cursor would land on the row below.
 */
function InputRow({ text }: { text: string }) {
  return <Text>{text === '' ? ' ' : text}</Text>;
}

/** Names the SharePoint connection of the session, or says there is none. */
export function statusText(connection: ConnectionInfo | null): string {
  if (!connection) return 'Not connected';
  return `Connected to ${connection.url} as ${connection.account} (${connection.cloud})`;
}

function StatusLine({ connection }: { connection: ConnectionInfo | null }) {
  return <Text dimColor>{statusText(connection)}</Text>;
}
