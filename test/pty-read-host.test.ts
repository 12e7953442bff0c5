// Read-Host in the real console (Ink, the real engine) in a pseudo-terminal: the masked prompt of
// Example 2, and lines pasted after it: the one right after a password prompt is set aside (it may be
// the password, issue 13 item 7), the others wait until the answer is typed. Build first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnPty } from './helpers/pty.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const spoBin = join(repoRoot, 'bin', 'spo.js');

test('Read-Host -AsSecureString masks each key with *; of the pasted lines after it, the first is set aside, the rest wait for the answer', async () => {
  const home = mkdtempSync(join(tmpdir(), 'spo-pty-readhost-'));
  const env = { CI: undefined, NO_COLOR: '1', HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), SPO_DATA_DIR: join(home, 'data', 'spo') };
  const spo = spawnPty(process.execPath, [spoBin], { env, cwd: repoRoot, cols: 100, rows: 30 });
  try {
    await spo.waitFor((t) => /^spo>\s*$/m.test(t) && /Not connected/.test(t), 15_000, 'the prompt');
    spo.paste('$password = Read-Host -Prompt "Enter user password" -AsSecureString\nPasted-S3cret\n$password; $password.Length\n');
    await spo.waitFor((t) => /^Enter user password:\s*$/m.test(t), 10_000, 'the Read-Host prompt');
    const before = await spo.text();
    assert.ok(!/System\.Security\.SecureString/.test(before), 'the pasted second line has not run yet');
    await spo.type('s3cret!');
    await spo.waitFor((t) => /Enter user password: \*{7}$/m.test(t), 5000, 'seven stars');
    spo.write('\x7f'); // Backspace removes one
    await spo.waitFor((t) => /Enter user password: \*{6}$/m.test(t), 5000, 'six stars after Backspace');
    spo.write('\r');
    const text = await spo.waitFor((t) => /^System\.Security\.SecureString\n6$/m.test(t), 10_000, 'the SecureString and its length');
    assert.match(text, /spo> \$password; \$password\.Length\nSystem\.Security\.SecureString\n6/);
    assert.ok(!spo.raw.includes('s3cret'), 'the typed text never reaches the terminal');
    assert.ok(!spo.raw.includes('Pasted-S3cret'), 'the line pasted after the password prompt never reaches the terminal');
    assert.match(text, /WARNING: The line after this command was set aside, not run: it may be the password\./);
  } finally {
    spo.kill();
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
});
