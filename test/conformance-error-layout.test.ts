// ConciseView layout details (powershell-semantics.md §2.1 and PowerShell's ErrorInstance view):
// script-file errors wrapped under the gutter, the VS Code header, tabs in the source line, the exact
// colour sequences, and a parse error at the end of a line. The view ends a script-file or parse error
// with a newline that the console never shows, and the console starts each line with the colour
// sequences of the lines before it (checked byte for byte against pwsh 7.6.10 in a terminal).
// Write-Error's record has its caller's invocation: at the top of a script it has no position, so the
// positioned cases below call Write-Error from a function f, as pwsh shows them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorRecord, positionMessage, renderError, type SourceExtent } from '../src/engine/errors.js';
import { runSpo, spoBin } from './helpers/spo-process.js';
import { spawnPty } from './helpers/pty.js';

const RED = '\x1b[31;1m';
const ACCENT = '\x1b[36;1m';
const RESET = '\x1b[0m';

/** An extent over `lineText` from `start` (1-based column) for `length` characters. */
function extentOn(lineText: string, start: number, length: number, line = 1, file?: string): SourceExtent {
  return {
    file,
    startLine: line,
    startColumn: start,
    endLine: line,
    endColumn: start + length,
    lineText,
    text: lineText.slice(start - 1, start - 1 + length),
  };
}

function writeError(message: string, extent: SourceExtent): ErrorRecord {
  return new ErrorRecord({
    message,
    errorId: 'Microsoft.PowerShell.Commands.WriteErrorException',
    category: 'NotSpecified',
    exceptionType: 'WriteErrorException',
    commandName: 'Write-Error',
    activity: 'Write-Error',
    extent,
  });
}

const plain = { view: 'ConciseView', width: 120, color: false, termProgram: '' } as const;

/** Writes `files` into a fresh folder, runs `fn` with it, removes it. */
async function withScripts<T>(files: Record<string, string>, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'spo-layout-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Errors from a script file: one wrapped paragraph, then an empty line

test('a script-file error joins the message into one paragraph wrapped under the gutter, with no empty line after it', () => {
  const record = writeError('first line\nsecond\tpart and some more words to wrap', extentOn('Write-Error $m', 1, 14, 3, '/s/t.ps1'));
  assert.equal(
    renderError(record, { ...plain, width: 30 }),
    'Write-Error: /s/t.ps1:3\n' +
      'Line |\n' +
      '   3 |  Write-Error $m\n' +
      '     |  ~~~~~~~~~~~~~~\n' +
      // 30 columns: each row is cut at the last space within the first 30 characters.
      '     | first line second part\n' +
      '     | and some more words to\n' +
      '     | wrap',
  );
});

test('multi-line -c input (no file) keeps the message as it is: no wrapping, no empty line', () => {
  const record = writeError('a\nb', extentOn('Write-Error $m', 1, 14, 2));
  assert.equal(
    renderError(record, { ...plain, width: 30 }),
    'Write-Error: \nLine |\n   2 |  Write-Error $m\n     |  ~~~~~~~~~~~~~~\n     | a\nb',
  );
});

test('spo -f: Connect-SPOService with a bad -Region prints the file header, the line and the wrapped enum message', async () => {
  const line = 'Connect-SPOService -Url https://contoso-admin.sharepoint.com -Region Mars';
  await withScripts({ 't.ps1': `${line}\n` }, async (dir) => {
    const path = join(dir, 't.ps1');
    const r = await runSpo(['-f', path]);
    assert.equal(
      r.stderr,
      `Connect-SPOService: ${path}:1\n` +
        'Line |\n' +
        '   1 |  \u2026 ect-SPOService -Url https://contoso-admin.sharepoint.com -Region Mars\n' +
        // PowerShell points at the argument (CommandParameterInternal.ErrorExtent).
        `     |  ${' '.repeat(67)}~~~~\n` +
        // With no terminal the width is 80 (as pwsh's): the type name is longer than a row, and pwsh's wrapping
        // gives up on the rest of the paragraph once a word does not fit (checked with pwsh 7.6.10).
        '     | Cannot bind parameter \'Region\'. Cannot convert value "Mars" to type\n' +
        '     | "Microsoft.Online.SharePoint.PowerShell.AADCrossTenantAuthenticationLocation". Error: "Unable to match the identifier name Mars to a valid enumerator name. Specify one of the following enumerator names and try again: Default, ITAR, Germany, China, Delos, France"\n',
    );
  });
});

test('spo -f: errors from a function called on lines 2 and 3 of a file, one message with a line break', async () => {
  await withScripts({ 'w.ps1': 'function f($m) { Write-Error $m }\nf "one`ntwo"\nf three\n' }, async (dir) => {
    const path = join(dir, 'w.ps1');
    const r = await runSpo(['-f', path]);
    assert.equal(
      r.stderr,
      `f: ${path}:2\nLine |\n   2 |  f "one\`ntwo"\n     |  ~~~~~~~~~~~~\n     | one two\n` +
        `f: ${path}:3\nLine |\n   3 |  f three\n     |  ~~~~~~~\n     | three\n`,
    );
  });
});

test('spo -f: Write-Error at the top of a file has no position (the script\'s own invocation)', async () => {
  await withScripts({ 'w0.ps1': '"start"\nWrite-Error "one`ntwo"\nWrite-Error three\n' }, async (dir) => {
    const r = await runSpo(['-f', join(dir, 'w0.ps1')]);
    assert.equal(r.stdout, 'start\n');
    assert.equal(r.stderr, 'Write-Error: one\ntwo\nWrite-Error: three\n');
  });
});

test('spo -c: a multi-line input keeps the line break of the message and prints no empty line', async () => {
  const r = await runSpo(['-c', 'function f($m) { Write-Error $m }\n"start"\nf "one`ntwo"']);
  assert.equal(r.stderr, 'f: \nLine |\n   3 |  f "one`ntwo"\n     |  ~~~~~~~~~~~~\n     | one\ntwo\n');
});

// ---------------------------------------------------------------------------------------------
// 2. VS Code: path:line:column

test('with TERM_PROGRAM=vscode the file header is path:line:column (compared case-insensitively)', () => {
  const record = writeError('boom', extentOn('  Write-Error boom', 3, 16, 7, '/s/t.ps1'));
  const head = (termProgram: string) => renderError(record, { ...plain, termProgram }).split('\n')[0];
  assert.equal(head('vscode'), 'Write-Error: /s/t.ps1:7:3');
  assert.equal(head('VSCode'), 'Write-Error: /s/t.ps1:7:3');
  assert.equal(head('iTerm.app'), 'Write-Error: /s/t.ps1:7');
});

test('spo -f under TERM_PROGRAM=vscode prints path:line:column', async () => {
  await withScripts({ 'v.ps1': 'function f { Write-Error boom }\n  f\n' }, async (dir) => {
    const path = join(dir, 'v.ps1');
    const r = await runSpo(['-f', path], { env: { TERM_PROGRAM: 'vscode' } });
    assert.equal(r.stderr, `f: ${path}:2:3\nLine |\n   2 |    f\n     |    ~\n     | boom\n`);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Tabs: four spaces each, and the tildes move with them

test('tabs before and inside the error are expanded in the code line and the tildes follow', () => {
  // "\tWrite-Error\tboom": the command spans columns 2-17 (16 characters, one of them a tab).
  const record = writeError('boom', extentOn('\tWrite-Error\tboom', 2, 16, 2));
  assert.equal(
    renderError(record, plain),
    'Write-Error: \nLine |\n   2 |      Write-Error    boom\n     |      ~~~~~~~~~~~~~~~~~~~\n     | boom',
  );
  // NormalView's position message is the same text.
  assert.equal(positionMessage(record.extent!), 'At line:2 char:2\n+     Write-Error    boom\n+     ~~~~~~~~~~~~~~~~~~~');
});

test('a tab after the error only moves the text after the tildes', () => {
  const record = writeError('x', extentOn('a\tbb\tc', 3, 2, 2));
  assert.equal(renderError(record, plain), 'Write-Error: \nLine |\n   2 |  a    bb    c\n     |       ~~\n     | x');
});

test('spo -f with a tab-indented call of a function that writes an error', async () => {
  await withScripts({ 'tab.ps1': 'function f { Write-Error boom }\n\tf\t-ErrorAction Continue\n' }, async (dir) => {
    const path = join(dir, 'tab.ps1');
    const r = await runSpo(['-f', path]);
    assert.equal(r.stderr, `f: ${path}:2\nLine |\n   2 |      f    -ErrorAction Continue\n     |      ~~~~~~~~~~~~~~~~~~~~~~~~~~\n     | boom\n`);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Colours, byte for byte as the view builds them

test('colour: line 2 of a -c input, each line starting with the colour sequences of the lines before it', () => {
  const record = writeError('e', extentOn('Write-Error e', 1, 13, 2));
  assert.equal(
    renderError(record, { ...plain, color: true }),
    `${RED}Write-Error: ${RESET}\n` +
      `${RED}${ACCENT}Line |${RESET}\n` +
      `${RED}${ACCENT}${ACCENT}   2 | ${RESET} ${ACCENT}Write-Error e${RESET}\n` +
      `${RED}${ACCENT}${ACCENT}${RESET}${ACCENT}${RESET}${ACCENT}     | ${RED} ~~~~~~~~~~~~~${RESET}\n` +
      `${RED}${ACCENT}${ACCENT}${RESET}${ACCENT}${RESET}${ACCENT}${RED}${RED}${ACCENT}     | ${RED}e${RESET}`,
  );
});

test('colour: only the erroneous span of the code line is accented', () => {
  const record = writeError('e', extentOn('$x = 1; Write-Error e', 9, 13, 2));
  const code = renderError(record, { ...plain, color: true }).split('\n')[2];
  assert.equal(code, `${RED}${ACCENT}${ACCENT}   2 | ${RESET} $x = 1; ${ACCENT}Write-Error e${RESET}`);
});

test('colour: a script-file parse error, wrapped, with the header reset and the prefix colours not counted as width', () => {
  const record = new ErrorRecord({
    message: 'Missing closing ) in expression here.',
    errorId: 'MissingEndParenthesisInExpression',
    category: 'ParserError',
    exceptionType: 'ParseException',
    isParseError: true,
    extent: extentOn('$x = (1', 8, 0, 1, '/s/p.ps1'),
  });
  const prefix = `${ACCENT}     | ${RED}`;
  // The colour sequences each line carries from the lines before it.
  const carried = [RED + RESET, RED + RESET + ACCENT, RED + RESET + ACCENT + ACCENT + RESET + ACCENT];
  carried.push(carried[2] + RESET + ACCENT + RED);
  carried.push(carried[3] + RED + ACCENT + RED);
  assert.equal(
    renderError(record, { ...plain, color: true, width: 30 }),
    `${RED}ParserError: ${RESET}/s/p.ps1:1${RESET}\n` +
      `${carried[0]}${ACCENT}Line |${RESET}\n` +
      // The view inserts the accent before the line's newline and the reset after it.
      `${carried[1]}${ACCENT}   1 | ${RESET} $x = (1${ACCENT}${RESET}\n` +
      `${carried[2]}${RESET}${prefix}        ~${RESET}\n` +
      `${carried[3]}${RED}${prefix}Missing closing ) in${RESET}\n` +
      `${carried[4]}${prefix}expression here.${RESET}`,
  );
});

test('colour: a one-line error and its recommendation', () => {
  const record = new ErrorRecord({
    message: 'No connection available.',
    errorId: 'NoConnection',
    category: 'InvalidOperation',
    commandName: 'Get-SPOSite',
    recommendedAction: 'Run Connect-SPOService first.',
  });
  assert.equal(
    renderError(record, { ...plain, color: true }),
    `${RED}Get-SPOSite: ${RED}No connection available.${RESET}\n${RED}${RED}${RESET}${RED}  Recommendation: Run Connect-SPOService first.${RESET}`,
  );
});

test('colour through a terminal: spo -c with an error from a function called on line 2', async () => {
  const session = spawnPty(process.execPath, [spoBin, '-c', 'function f { Write-Error e }\nf'], { env: { NO_COLOR: undefined, TERM_PROGRAM: undefined } });
  try {
    await session.exited(20_000);
    // pwsh 7.6.10 in a terminal, byte for byte.
    const expected =
      `${RED}f: ${RESET}\r\n${RED}${ACCENT}Line |${RESET}\r\n${RED}${ACCENT}${ACCENT}   2 | ${RESET} ${ACCENT}f${RESET}\r\n` +
      `${RED}${ACCENT}${ACCENT}${RESET}${ACCENT}${RESET}${ACCENT}     | ${RED} ~${RESET}\r\n` +
      `${RED}${ACCENT}${ACCENT}${RESET}${ACCENT}${RESET}${ACCENT}${RED}${RED}${ACCENT}     | ${RED}e${RESET}\r\n`;
    assert.ok(session.raw.includes(expected), JSON.stringify(session.raw));
  } finally {
    session.kill();
  }
});

// ---------------------------------------------------------------------------------------------
// 5. A parse error right after the last token of a line

test('an empty extent just past the end of the line shows one tilde after the last character', () => {
  const record = new ErrorRecord({
    message: "Missing closing ')' in expression.",
    errorId: 'MissingEndParenthesisInExpression',
    category: 'ParserError',
    exceptionType: 'ParseException',
    isParseError: true,
    extent: extentOn('$x = (1', 8, 0, 2),
  });
  assert.equal(
    renderError(record, plain),
    "ParserError: \nLine |\n   2 |  $x = (1\n     |         ~\n     | Missing closing ')' in expression.",
  );
});
