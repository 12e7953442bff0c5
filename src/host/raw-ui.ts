// What $Host.UI.RawUI's key reading and window title need from a terminal, shared by both hosts.

import type { KeyPress } from './host.js';

/** OSC 0 (icon name and title), with every control character left out so the title cannot end it early. */
export function titleSequence(title: string): string {
  return `\x1b]0;${title.replace(/[\x00-\x1f\x7f-\x9f]/g, '')}\x07`;
}

/** A key as System.Management.Automation.Host.KeyInfo has it: Windows' virtual-key code and the character. */
export function keyPress(character: string): KeyPress {
  return { virtualKeyCode: virtualKeyCode(character), character, controlKeyState: '0' };
}

function virtualKeyCode(c: string): number {
  if (/^[a-z0-9]$/i.test(c)) return c.toUpperCase().charCodeAt(0);
  switch (c) {
    case '\r':
    case '\n':
      return 13;
    case '\x1b':
      return 27;
    case '\t':
      return 9;
    case '\b':
    case '\x7f':
      return 8;
    case ' ':
      return 32;
    default:
      return 0;
  }
}
