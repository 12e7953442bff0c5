// Putting text on the clipboard through the terminal: OSC 52 ("manipulate selection data"), which
// Windows Terminal, iTerm2, kitty, WezTerm, Alacritty, foot, xterm (with allowWindowOps) and tmux
// (set-clipboard on) honour, also over SSH where no local clipboard tool could reach the user's
// machine. Terminals without it ignore the sequence, so nothing shows on screen either way.

/** The OSC 52 sequence that sets the clipboard (`c`) to `text`. */
export function clipboardSequence(text: string): string {
  return `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
}
