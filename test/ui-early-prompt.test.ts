// The early prompt's echo of keys typed while the console loads (src/ui/early-prompt.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PlainEcho } from '../src/ui/early-prompt.js';

const feed = (echo: PlainEcho, text: string): string => echo.feed(Buffer.from(text, 'latin1'));

test('plain characters typed before the console is up are echoed as typed', () => {
  const echo = new PlainEcho(5, 80);
  assert.equal(feed(echo, 'Get-'), 'Get-');
  assert.equal(feed(echo, 'Date'), 'Date');
});

test('Backspace rubs out what was echoed, and nothing before it', () => {
  const echo = new PlainEcho(5, 80);
  assert.equal(feed(echo, 'ab\x7f'), 'ab\b \b');
  assert.equal(feed(echo, '\x7f\x7f\x08'), '\b \b');
  assert.equal(feed(echo, 'c'), 'c');
});

test('any other key ends the echo for good (the console replays it)', () => {
  const echo = new PlainEcho(5, 80);
  assert.equal(feed(echo, 'dir\rx'), 'dir');
  assert.equal(feed(echo, 'more'), '');
  const arrows = new PlainEcho(5, 80);
  assert.equal(feed(arrows, '\x1b[A'), '');
  assert.equal(feed(arrows, 'a'), '');
  const paste = new PlainEcho(5, 80);
  assert.equal(feed(paste, '\x1b[200~Get-Date\x1b[201~'), '');
  const unicode = new PlainEcho(5, 80);
  assert.equal(feed(unicode, 'a\u00e9'), 'a');
  assert.equal(feed(unicode, 'b'), '');
});

test('the echo stops before the line would wrap, since the console clears only one row', () => {
  const echo = new PlainEcho(5, 10);
  assert.equal(feed(echo, 'abcdefgh'), 'abcd');
  assert.equal(feed(echo, 'x'), '');
});
