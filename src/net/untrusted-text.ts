// Text that came from the network, made safe to show on a terminal.
//
// A server's error description or header (or anything an inspecting proxy put in its place) could
// carry terminal control sequences: OSC 0 sets the window title, OSC 52 writes the clipboard, CSI
// moves the cursor or clears the screen, a lone CR overwrites the line being read. The shell shows
// such text only as data, so every control sequence is removed whole and every other control
// character dropped; only tab, line feed and CR LF stay (a lone CR, which would let the text
// overwrite the line it is on, goes). What a script writes itself
// (`e[…) never passes through here and reaches the terminal unchanged, as in PowerShell.

// ESC or the C1 single-byte introducer, then: a string sequence (OSC, DCS, SOS, PM, APC) up to BEL
// or ST (or the end of the text); a CSI sequence up to its final byte; or one more character.
const SEQUENCE =
  /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[\s\S]*?(?:\x07|\x1b\\|\x9c|$)|(?:\x1b\[|\x9b)[\x20-\x3f]*[\x40-\x7e]?|\x1b[\s\S]?/g;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/g;

export function untrustedText(text: string): string {
  return text.replace(SEQUENCE, '').replace(CONTROL, '');
}

/** JSON.parse's reviver that cleans every string value of a body from the network. */
export function untrustedJsonReviver(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? untrustedText(value) : value;
}

/** A copy of response headers with every value cleaned. */
export function untrustedHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = untrustedText(value);
  return out;
}
