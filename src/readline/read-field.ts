// The one-line field of a host prompt: Read-Host, a mandatory parameter's `Url:`, Get-Credential's
// `User:`. pwsh's console reads these with its own ReadLine, not PSReadLine: on Linux (pwsh 7.6.10)
// Left/Right, Home/End (also Ctrl+A/Ctrl+E), Backspace and Delete edit at the cursor, Escape empties the
// line. A masked field (passwords, -AsSecureString, -MaskInput) only appends and takes Backspace from its
// end: pwsh ignores the cursor keys there. Pure: the console keeps the state and draws it.

import type { KeyEvent } from './keys.js';

export interface ReadField {
  /** The characters typed so far, one entry per code point. */
  readonly chars: readonly string[];
  /** Where the next character goes, 0..chars.length. */
  readonly cursor: number;
}

export const EMPTY_READ_FIELD: ReadField = { chars: [], cursor: 0 };

export function readFieldText(field: ReadField): string {
  return field.chars.join('');
}

/** `text` typed (or pasted) at the cursor; a masked field appends it. */
export function insertIntoReadField(field: ReadField, text: string, masked: boolean): ReadField {
  const added = [...text];
  const at = masked ? field.chars.length : field.cursor;
  return { chars: [...field.chars.slice(0, at), ...added, ...field.chars.slice(at)], cursor: at + added.length };
}

/** The field after an editing key, or undefined for a key that does nothing there. */
export function editReadField(field: ReadField, key: KeyEvent & { kind: 'key' }, masked: boolean): ReadField | undefined {
  const { chars, cursor } = field;
  if (masked) {
    return key.name === 'backspace' && chars.length ? { chars: chars.slice(0, -1), cursor: chars.length - 1 } : undefined;
  }
  if (key.ctrl && key.name === 'a') return { chars, cursor: 0 };
  if (key.ctrl && key.name === 'e') return { chars, cursor: chars.length };
  switch (key.name) {
    case 'left':
      return { chars, cursor: Math.max(0, cursor - 1) };
    case 'right':
      return { chars, cursor: Math.min(chars.length, cursor + 1) };
    case 'home':
      return { chars, cursor: 0 };
    case 'end':
      return { chars, cursor: chars.length };
    case 'backspace':
      return cursor === 0 ? field : { chars: [...chars.slice(0, cursor - 1), ...chars.slice(cursor)], cursor: cursor - 1 };
    case 'delete':
      return cursor === chars.length ? field : { chars: [...chars.slice(0, cursor), ...chars.slice(cursor + 1)], cursor };
    case 'escape':
      return EMPTY_READ_FIELD;
    default:
      return undefined;
  }
}
