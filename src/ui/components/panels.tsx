// Sign-in panels and the progress line: what the console shows while a command waits on something
// outside the shell. The device code is the code a person types into the sign-in page; the
// secret polling code never reaches this layer (DeviceCodeInfo does not carry it).

import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import type { DeviceCodeInfo, ProgressRecord, SignInPanel } from '../../host/host.js';
import { BusyLine } from './busy-line.js';
import { displayWidth } from '../../host/text-width.js';

/** Re-renders every second while mounted, for countdowns. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** m:ss, never negative. */
export function formatTimeLeft(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

function DeviceCodePanel({ info, sandboxPage, copied }: { info: DeviceCodeInfo; sandboxPage?: string; copied?: boolean }) {
  const now = useNow();
  const left = info.expiresAt - now;
  return (
    <Box flexDirection="column" alignSelf="flex-start" borderStyle="round" borderColor="cyan" paddingX={1}>
      <Text bold>Sign in to Microsoft Entra ID</Text>
      <Text>
        Open <Text color="cyan">{info.verificationUri}</Text> in a browser and enter the code
      </Text>
      <Text>
        {'  '}
        <Text bold>{info.userCode}</Text>
        {copied ? <Text dimColor>  (sent to the clipboard through the terminal)</Text> : null}
      </Text>
      {sandboxPage && sandboxPage !== info.verificationUri ? (
        <Text dimColor>Sandbox: the sign-in page is {sandboxPage}</Text>
      ) : null}
      <Text>{left > 0 ? `The code expires in ${formatTimeLeft(left)}.` : 'The code has expired.'}</Text>
      <Text dimColor>Press Ctrl+C to cancel.</Text>
    </Box>
  );
}

/** The address itself is printed above the live region by the host (InkHost.showSignIn), never in here. */
function BrowserPanel() {
  return (
    <Box flexDirection="column" alignSelf="flex-start" borderStyle="round" borderColor="cyan" paddingX={1}>
      <Text bold>Waiting for you to sign in in the browser…</Text>
      <Text>{BROWSER_HINT}</Text>
      <Text dimColor>Press Ctrl+C to cancel.</Text>
    </Box>
  );
}

const BROWSER_HINT = 'If no browser opened, open the address printed above.';

function RetryPanel({ message, until }: { message: string; until: number }) {
  const now = useNow();
  return (
    <Box flexDirection="column">
      <Text color="yellow">{message}</Text>
      <Text>
        Retrying in {Math.max(0, Math.ceil((until - now) / 1000))} s. <Text dimColor>Press Ctrl+C to cancel.</Text>
      </Text>
    </Box>
  );
}

export function SignInPanelView({ panel, sandboxPage, compact }: { panel: SignInPanel; sandboxPage?: string; compact?: boolean }) {
  if (compact) return <CompactPanel panel={panel} />;
  switch (panel.kind) {
    case 'deviceCode':
      return <DeviceCodePanel info={panel.info} sandboxPage={sandboxPage} copied={panel.copyCode} />;
    case 'browser':
      return <BrowserPanel />;
    case 'retry':
      return <RetryPanel message={panel.message} until={panel.until} />;
  }
}

/** The longest text lines of a panel (the countdowns at their widest) and whether it has a border. */
function panelText(panel: SignInPanel, sandboxPage?: string): { lines: string[]; boxed: boolean } {
  switch (panel.kind) {
    case 'deviceCode': {
      const { info } = panel;
      const lines = ['Sign in to Microsoft Entra ID', `Open ${info.verificationUri} in a browser and enter the code`];
      lines.push(`  ${info.userCode}` + (panel.copyCode ? '  (sent to the clipboard through the terminal)' : ''));
      if (sandboxPage && sandboxPage !== info.verificationUri) lines.push(`Sandbox: the sign-in page is ${sandboxPage}`);
      lines.push('The code expires in 15:00.', 'Press Ctrl+C to cancel.');
      return { lines, boxed: true };
    }
    case 'browser':
      return { lines: ['Waiting for you to sign in in the browser…', BROWSER_HINT, 'Press Ctrl+C to cancel.'], boxed: true };
    case 'retry':
      return { lines: [panel.message, 'Retrying in 999 s. Press Ctrl+C to cancel.'], boxed: false };
  }
}

/**
 * Whether the full panel fits in `rows` rows without a line wrapping. When it does not, the console
 * draws the compact one: a panel taller than the window cannot be erased (its top scrolls away), and
 * one whose lines wrap grows again on each narrowing.
 */
export function panelFits(panel: SignInPanel, columns: number, rows: number, sandboxPage?: string): boolean {
  const { lines, boxed } = panelText(panel, sandboxPage);
  if (!boxed) return true; // two unframed lines: they re-wrap like any text
  const width = Math.max(...lines.map((line) => displayWidth(line))) + 4; // border and padding
  return width < columns && lines.length + 2 <= rows;
}

/** One line: what the panel is waiting for, the device code first. Where the full panel does not fit. */
function CompactPanel({ panel }: { panel: SignInPanel }) {
  switch (panel.kind) {
    case 'deviceCode':
      return (
        <Text>
          Sign-in code <Text bold>{panel.info.userCode}</Text>: enter it at <Text color="cyan">{panel.info.verificationUri}</Text>. Ctrl+C cancels.
        </Text>
      );
    case 'browser':
      return <Text>Waiting for the sign-in in the browser (the address is printed above). Ctrl+C cancels.</Text>;
    case 'retry':
      return <Text color="yellow">{panel.message}</Text>;
  }
}

/** `Activity: status [#####     ] 50%`, as compact as PowerShell 7's minimal progress view. */
export function ProgressLine({ record, columns }: { record: ProgressRecord; columns: number }) {
  if (record.busy) return <BusyLine text={record.status} />;
  const label = `${record.activity}${record.status ? `: ${record.status}` : ''}`;
  if (record.percentComplete < 0) {
    return <Text color="yellow">{label}</Text>;
  }
  const barWidth = Math.max(10, Math.min(40, columns - label.length - 10));
  const filled = Math.round((Math.min(100, record.percentComplete) / 100) * barWidth);
  return (
    <Text>
      <Text color="yellow">{label}</Text> [{'#'.repeat(filled)}
      {' '.repeat(barWidth - filled)}] {Math.round(record.percentComplete)}%
    </Text>
  );
}
