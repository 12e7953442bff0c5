// The editing commands of the spo> line editor, named after PSReadLine's functions so that a
// PowerShell user (and Get-PSReadLineKeyHandler habits) recognise them. Keys map to these in
// bindings.ts; editor.ts gives each its meaning.

export const EDIT_COMMANDS = [
  // Accepting and leaving the line
  'AcceptLine', // Enter: run, or continue with `>> ` when the input is incomplete
  'AddLine', // Shift+Enter: a new line in the buffer without running it
  'InsertLineAbove', // Ctrl+Enter (Windows): an empty line above the cursor's, the cursor on it
  'CancelLine', // Ctrl+C: discard the input, `^C`, fresh prompt
  'DeleteCharOrExit', // Ctrl+D: exit on an empty line, otherwise DeleteChar
  'RevertLine', // Esc (Windows), Alt+R (Emacs): clear the whole input
  'ClearScreen', // Ctrl+L
  'Abort', // Ctrl+G: leave a search or menu, restoring the input
  // Cursor movement
  'BackwardChar',
  'ForwardChar',
  'BackwardWord', // start of the previous word (PSReadLine word delimiters)
  'NextWord', // start of the next word (Windows Ctrl+Right)
  'ForwardWord', // end of the next word (Emacs Alt+F)
  'BeginningOfLine',
  'EndOfLine',
  // Deleting and the kill ring
  'BackwardDeleteChar',
  'DeleteChar',
  'BackwardKillWord', // Ctrl+Backspace / Ctrl+W (Windows), Alt+Backspace (Emacs)
  'UnixWordRubout', // Ctrl+W (Emacs): back to the previous whitespace
  'KillWord', // Alt+D
  'BackwardKillLine', // Ctrl+U: from the start of the line to the cursor
  'KillLine', // Ctrl+K: from the cursor to the end of the line
  'Yank', // Ctrl+Y (Emacs): insert the most recently killed text
  'YankLastArg', // Alt+. (and Alt+_ in Emacs): the last argument of the previous history line; again: of the one before
  'SwapCharacters', // Ctrl+T (Emacs)
  'Undo',
  'Redo',
  // History
  'PreviousHistory',
  'NextHistory',
  'BeginningOfHistory',
  'EndOfHistory',
  'HistorySearchBackward', // F8: previous entry starting with the text before the cursor
  'HistorySearchForward', // Shift+F8
  'ReverseSearchHistory', // Ctrl+R: `bck-i-search: `
  'ForwardSearchHistory', // Ctrl+S: `fwd-i-search: `
  // Completion
  'TabCompleteNext', // Windows Tab: cycle forward through the matches
  'TabCompletePrevious', // Shift+Tab
  'Complete', // Emacs Tab: longest common prefix, then the list
  'PossibleCompletions', // Alt+= (Emacs): list the matches
  'MenuComplete', // Ctrl+Space: grid menu of every match
  // Text
  'SelfInsert', // bound to nothing; typed text arrives as an insert action
] as const;

export type EditCommand = (typeof EDIT_COMMANDS)[number];

export function isEditCommand(value: string): value is EditCommand {
  return (EDIT_COMMANDS as readonly string[]).includes(value);
}
