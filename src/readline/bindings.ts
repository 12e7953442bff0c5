// Key bindings as data: the only place in the project where a key is tied to an editing command.
//
// Windows mode (the default on every platform, DESIGN/issue 4) follows PSReadLine's
// SetDefaultWindowsBindings; Emacs mode its SetDefaultEmacsBindings
// (shared/reference/powershell-semantics.md §6.1, terminal-ui.md §5). Deliberate additions to
// Windows mode, because this shell has no selection or clipboard: Ctrl+A/Ctrl+E move to the start
// and end of the line, Ctrl+U/Ctrl+K kill to the start/end, and Ctrl+D exits on an empty line (the
// issue asks for these everywhere); Ctrl+V is a terminal paste, so it is not bound here.

import type { EditCommand } from './commands.js';
import { chordOf, type KeyEvent } from './keys.js';

export type EditMode = 'Windows' | 'Emacs';

/** Chord text → command. Modifiers are written in the order ctrl, alt, shift ('ctrl+shift+left'). */
export type BindingTable = Readonly<Record<string, EditCommand>>;

const common: BindingTable = {
  enter: 'AcceptLine',
  'shift+enter': 'AddLine',
  'alt+enter': 'AddLine',
  left: 'BackwardChar',
  right: 'ForwardChar',
  home: 'BeginningOfLine',
  end: 'EndOfLine',
  up: 'PreviousHistory',
  down: 'NextHistory',
  backspace: 'BackwardDeleteChar',
  'shift+backspace': 'BackwardDeleteChar',
  delete: 'DeleteChar',
  'ctrl+c': 'CancelLine',
  'ctrl+d': 'DeleteCharOrExit',
  'ctrl+l': 'ClearScreen',
  'ctrl+r': 'ReverseSearchHistory',
  'ctrl+s': 'ForwardSearchHistory',
  'ctrl+space': 'MenuComplete',
  'ctrl+@': 'MenuComplete',
  'ctrl+left': 'BackwardWord',
  'ctrl+backspace': 'BackwardKillWord',
  'alt+backspace': 'BackwardKillWord',
  'alt+d': 'KillWord',
  'ctrl+delete': 'KillWord',
  'ctrl+a': 'BeginningOfLine',
  'ctrl+e': 'EndOfLine',
  'ctrl+u': 'BackwardKillLine',
  'ctrl+k': 'KillLine',
  'ctrl+_': 'Undo',
  'ctrl+g': 'Abort',
  'alt+.': 'YankLastArg',
};

export const windowsBindings: BindingTable = {
  ...common,
  escape: 'RevertLine',
  'ctrl+enter': 'InsertLineAbove',
  tab: 'TabCompleteNext',
  'shift+tab': 'TabCompletePrevious',
  'ctrl+right': 'NextWord',
  'ctrl+w': 'BackwardKillWord',
  'ctrl+z': 'Undo',
  'ctrl+y': 'Redo',
  'ctrl+home': 'BackwardKillLine',
  'ctrl+end': 'KillLine',
  f8: 'HistorySearchBackward',
  'shift+f8': 'HistorySearchForward',
  pageup: 'BeginningOfHistory',
  pagedown: 'EndOfHistory',
};

export const emacsBindings: BindingTable = {
  ...common,
  // A lone Esc is PSReadLine's Meta prefix in Emacs mode; our key parser already folds ESC+key
  // into Alt+key, so a lone Esc does nothing but end a search or menu (Abort).
  escape: 'Abort',
  'ctrl+enter': 'AddLine',
  'alt+_': 'YankLastArg',
  tab: 'Complete',
  'shift+tab': 'TabCompletePrevious',
  'ctrl+right': 'ForwardWord',
  'ctrl+b': 'BackwardChar',
  'ctrl+f': 'ForwardChar',
  'alt+b': 'BackwardWord',
  'alt+f': 'ForwardWord',
  'ctrl+p': 'PreviousHistory',
  'ctrl+n': 'NextHistory',
  'alt+<': 'BeginningOfHistory',
  'alt+shift+<': 'BeginningOfHistory',
  'alt+>': 'EndOfHistory',
  'alt+shift+>': 'EndOfHistory',
  'ctrl+w': 'UnixWordRubout',
  'ctrl+y': 'Yank',
  'ctrl+t': 'SwapCharacters',
  'alt+r': 'RevertLine',
  'alt+=': 'PossibleCompletions',
  'ctrl+h': 'BackwardDeleteChar',
};

export function bindingsFor(mode: EditMode): BindingTable {
  return mode === 'Emacs' ? emacsBindings : windowsBindings;
}

/**
 * The command bound to a key event in the given mode, or null (typed text and pastes are not
 * bindings; the UI inserts them).
 */
export function resolveBinding(event: KeyEvent, mode: EditMode): EditCommand | null {
  if (event.kind !== 'key') return null;
  const table = bindingsFor(mode);
  const chord = chordOf(event);
  const hit = table[chord];
  if (hit) return hit;
  // Terminals differ on whether Shift is reported with punctuation (Alt+< vs Alt+Shift+<).
  if (event.shift && event.name.length === 1 && !/[a-z]/.test(event.name)) {
    return table[chordOf({ ...event, shift: false })] ?? null;
  }
  return null;
}

/** Every chord bound to a command in a mode (for help text such as "Press Ctrl+C to cancel"). */
export function chordsFor(command: EditCommand, mode: EditMode): string[] {
  return Object.entries(bindingsFor(mode))
    .filter(([, c]) => c === command)
    .map(([chord]) => chord);
}
