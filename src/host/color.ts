// Whether to write colour to a stream, the same way in every mode (console, -c, -f, stdin):
//   NO_COLOR (non-empty) always wins: no colour;
//   FORCE_COLOR turns colour on even into a pipe (`spo -c … | less -R`), except FORCE_COLOR=0/false;
//   TERM=dumb turns it off; otherwise colour on a terminal, never into a pipe or file.
// (Node's tty hasColors() is not used: it lets FORCE_COLOR beat NO_COLOR, and it turns colour off
// in any terminal where CI is set, so `CI=true` would change what a test in a pseudo-terminal sees.)

export interface ColorTarget {
  isTTY?: boolean;
}

export function colorEnabled(stream: ColorTarget, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.TERM === 'dumb') return false;
  return Boolean(stream.isTTY);
}
