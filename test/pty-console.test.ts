// The console in a real pseudo-terminal (node-pty + headless xterm), with a minimal echo engine
// (bench/ui-fixture.ts): prompt, typing, a bracketed paste running line by line, Ctrl+C at the
// prompt, Ctrl+D and `exit N`. The same console with the real engine is tested in pty-spo.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnPty } from './helpers/pty.js';

const fixture = fileURLToPath(new URL('../bench/ui-fixture.js', import.meta.url));

function start() {
  const data = mkdtempSync(join(tmpdir(), 'spo-pty-'));
  const session = spawnPty(process.execPath, [fixture], { env: { CI: undefined, SPO_DATA_DIR: data, NO_COLOR: '1' } });
  return {
    session,
    done() {
      session.kill();
      rmSync(data, { recursive: true, force: true });
    },
  };
}

const promptReady = (text: string) => /^spo>\s*$/m.test(text) && /Not connected/.test(text);

test('the prompt appears, a typed line runs, a pasted block runs line by line in order', async () => {
  const { session, done } = start();
  try {
    await session.waitFor(promptReady, 10_000, 'the prompt');
    await session.type('hello');
    session.write('\r');
    await session.waitFor((t) => /^spo> hello\nhello$/m.test(t), 5000, 'the echo of hello');
    session.paste('first\nsecond\nthird\n');
    const text = await session.waitFor((t) => /^third$/m.test(t), 5000, 'the pasted lines');
    assert.match(text, /spo> first\nfirst\nspo> second\nsecond\nspo> third\nthird/);
    session.write('exit 3\r');
    assert.equal(await session.exited(), 3);
  } finally {
    done();
  }
});

test('Ctrl+C at the prompt prints ^C and a fresh prompt; Ctrl+D on an empty line exits with 0', async () => {
  const { session, done } = start();
  try {
    await session.waitFor(promptReady, 10_000, 'the prompt');
    await session.type('half typed');
    session.write('\x03');
    await session.waitFor((t) => /^spo> half typed\^C\nspo>\s*$/m.test(t), 5000, '^C and a new prompt');
    session.write('\x04');
    assert.equal(await session.exited(), 0);
  } finally {
    done();
  }
});

test('keys typed before the console finished loading are not lost', async () => {
  const { session, done } = start();
  try {
    // Written at once: the early prompt keeps them until the editor is ready.
    await session.waitFor((t) => /spo>/.test(t), 10_000, 'the early prompt');
    session.write('early\r');
    await session.waitFor((t) => /^spo> early\nearly$/m.test(t), 5000, 'the early line to run');
    session.write('exit\r');
    assert.equal(await session.exited(), 0);
  } finally {
    done();
  }
});

test('a pasted block of 1,000 lines runs completely and in order', async () => {
  const { session, done } = start();
  try {
    await session.waitFor(promptReady, 10_000, 'the prompt');
    const lines = Array.from({ length: 1000 }, (_, i) => `line-${i}`);
    const started = performance.now();
    session.paste(lines.join('\n') + '\n');
    const text = await session.waitFor((t) => /^line-999$/m.test(t), 30_000, 'the last pasted line to run');
    const elapsed = performance.now() - started;
    const echoed = [...text.matchAll(/^spo> (line-\d+)$/gm)].map((m) => m[1]);
    const outputs = [...text.matchAll(/^(line-\d+)$/gm)].map((m) => m[1]);
    assert.deepEqual(echoed, lines);
    assert.deepEqual(outputs, lines);
    console.log(`1,000 pasted lines ran in ${elapsed.toFixed(0)} ms`);
    session.write('exit\r');
    assert.equal(await session.exited(), 0);
  } finally {
    done();
  }
});
