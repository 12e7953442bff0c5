// Tab completion after `[Type]::`: the static members pwsh 7.6.10's TabExpansion2 offers for [regex]
// (recorded with `TabExpansion2 -inputScript '[regex]::' -cursorColumn 9`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeInput, type CompletionContext } from '../src/engine/completion.js';

const ctx: CompletionContext = { commands: { resolve: () => undefined, names: () => ['Get-Command'] }, variables: () => ['regex'] };
const complete = (line: string) => completeInput(line, line.length, ctx);

test('[regex]:: lists its static properties, then its methods with ( and new', () => {
  const r = complete('[regex]::');
  assert.equal(r.replacementIndex, 9);
  assert.equal(r.replacementLength, 0);
  assert.deepEqual(
    r.matches.map((m) => m.completionText),
    ['CacheSize', 'InfiniteMatchTimeout', 'CompileToAssembly(', 'Count(', 'EnumerateMatches(', 'EnumerateSplits(', 'Equals(', 'Escape(', 'IsMatch(', 'Match(', 'Matches(', 'new(', 'ReferenceEquals(', 'Replace(', 'Split(', 'Unescape('],
  );
  assert.deepEqual(r.matches.slice(0, 3).map((m) => [m.listItemText, m.resultType]), [['CacheSize', 'Property'], ['InfiniteMatchTimeout', 'Property'], ['CompileToAssembly', 'Method']]);
  assert.equal(r.matches[0]!.toolTip, 'static int CacheSize {get;set;}');
});

test('[regex]::Esc completes to Escape( and replaces only the typed part', () => {
  const r = complete('[regex]::Esc');
  assert.deepEqual(r.matches, [{ completionText: 'Escape(', listItemText: 'Escape', toolTip: 'static string Escape(string str)', resultType: 'Method' }]);
  assert.equal(r.replacementIndex, 9);
  assert.equal(r.replacementLength, 3);
});

test('a method tool tip has its overloads one a line; the full name and other spellings of the type work', () => {
  const r = complete('$x = [System.Text.RegularExpressions.Regex]::ma');
  assert.deepEqual(r.matches.map((m) => m.completionText), ['Match(', 'Matches(']);
  assert.equal(
    r.matches[0]!.toolTip,
    'static System.Text.RegularExpressions.Match Match(string input, string pattern)\n' +
      'static System.Text.RegularExpressions.Match Match(string input, string pattern, System.Text.RegularExpressions.RegexOptions options)\n' +
      'static System.Text.RegularExpressions.Match Match(string input, string pattern, System.Text.RegularExpressions.RegexOptions options, timespan matchTimeout)',
  );
  assert.deepEqual(complete('[Text.RegularExpressions.Regex]::Un').matches.map((m) => m.completionText), ['Unescape(']);
  assert.deepEqual(complete('[REGEX]::new').matches.map((m) => m.completionText), ['new(']);
});

test('a member no type has completes to nothing; other text completes as before', () => {
  assert.deepEqual(complete('[regex]::Zz').matches, []);
  assert.deepEqual(complete('$reg').matches.map((m) => m.completionText), ['$regex']);
  assert.deepEqual(complete('Get-Com').matches.map((m) => m.completionText), ['Get-Command']);
});
