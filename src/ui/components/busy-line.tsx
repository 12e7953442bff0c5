// The line the shell shows while it waits on the network itself (signing in, checking the admin
// site): a spinner and what is happening. Its text comes from the sign-in code through the host's
// progress interface (src/auth/progress.ts); this only draws it.

import { useEffect, useState } from 'react';
import { Text } from 'ink';

/** Braille dots, one cell wide in every terminal font that has them. */
export const SPINNER_FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'] as const;
const FRAME_MS = 100;

export function BusyLine({ text }: { text: string }) {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setFrame((f) => (f + 1) % SPINNER_FRAMES.length), FRAME_MS);
    return () => clearInterval(timer);
  }, []);
  return (
    <Text>
      <Text color="cyan">{SPINNER_FRAMES[frame]}</Text> {text}
    </Text>
  );
}
