// Whether to write colour to a stream, the same way in every mode (console, -c, -f, stdin):
//   NO_COLOR (non-empty) always wins: no colour;
//   FORCE_COLOR turns colour on even into a pipe (`spo -c … | less -R`), except FORCE_COLOR=0/false;
//   TERM=dumb turns it off; otherwise colour only on a terminal that has colours.
// (Node's own tty hasColors() lets FORCE_COLOR beat NO_COLOR, so NO_COLOR is checked first here.)

export interface ColorTarget {
  isTTY?: boolean;
  hasColors?: (...args: never[]) => boolean;
}

export function colorEnabled(stream: ColorTarget, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.TERM === 'dumb') return false;
  if (!stream.isTTY) return false;
  return typeof stream.hasColors === 'function' ? stream.hasColors() : true;
}
