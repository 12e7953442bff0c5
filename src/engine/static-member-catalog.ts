// The static members pwsh 7.6.10 lists for the types whose statics spo-shell runs (recorded from it:
// `[regex] | Get-Member -Static`), as [Name, MemberType, Definition] in Get-Member's order, by full
// name; and the names a script writes for those types. They give `[regex]::Escape` (a method group, its
// OverloadDefinitions) and Tab completion after `[regex]::`. Data only, made on first use.

import { lazy } from './lazy.js';

export type StaticMemberRow = readonly [name: string, memberType: 'Method' | 'Property', definition: string];

export const staticMemberCatalog = lazy((): Readonly<Record<string, readonly StaticMemberRow[]>> => ({
  'System.Object': [
    ["Equals", "Method", "static bool Equals(System.Object objA, System.Object objB)"],
    ["new", "Method", "System.Object new()"],
    ["ReferenceEquals", "Method", "static bool ReferenceEquals(System.Object objA, System.Object objB)"],
  ],
  'System.Random': [
    ["Equals", "Method", "static bool Equals(System.Object objA, System.Object objB)"],
    ["new", "Method", "System.Random new(), System.Random new(int Seed)"],
    ["ReferenceEquals", "Method", "static bool ReferenceEquals(System.Object objA, System.Object objB)"],
    ["Shared", "Property", "static System.Random Shared {get;}"],
  ],
  // RandomNumberGenerator's statics (dotnet-rng.ts); RNGCryptoServiceProvider inherits them and adds its constructors.
  'System.Security.Cryptography.RandomNumberGenerator': [
    ["Create", "Method", "static System.Security.Cryptography.RandomNumberGenerator Create(), static System.Security.Cryptography.RandomNumberGenerator Create(string rngName)"],
    ["Equals", "Method", "static bool Equals(System.Object objA, System.Object objB)"],
    ["Fill", "Method", "static void Fill(System.Span[byte] data)"],
    ["GetBytes", "Method", "static byte[] GetBytes(int count)"],
    ["GetHexString", "Method", "static void GetHexString(System.Span[char] destination, bool lowercase = False), static string GetHexString(int stringLength, bool lowercase = False)"],
    ["GetInt32", "Method", "static int GetInt32(int fromInclusive, int toExclusive), static int GetInt32(int toExclusive)"],
    ["GetItems", "Method", "static void GetItems[T](System.ReadOnlySpan[T] choices, System.Span[T] destination), static T[] GetItems[T](System.ReadOnlySpan[T] choices, int length)"],
    ["GetString", "Method", "static string GetString(System.ReadOnlySpan[char] choices, int length)"],
    ["ReferenceEquals", "Method", "static bool ReferenceEquals(System.Object objA, System.Object objB)"],
    ["Shuffle", "Method", "static void Shuffle[T](System.Span[T] values)"],
  ],
  // RandomNumberGenerator's rows with the constructors, where Get-Member's order puts them.
  get 'System.Security.Cryptography.RNGCryptoServiceProvider'() {
    const rows = [...this['System.Security.Cryptography.RandomNumberGenerator']!];
    rows.splice(rows.findIndex((r) => r[0] === 'ReferenceEquals'), 0,
      ["new", "Method", "System.Security.Cryptography.RNGCryptoServiceProvider new(), System.Security.Cryptography.RNGCryptoServiceProvider new(string str), System.Security.Cryptography.RNGCryptoServiceProvider new(byte[] rgb), System.Security.Cryptography.RNGCryptoServiceProvider new(System.Security.Cryptography.CspParameters cspParams)"],
    );
    return rows;
  },
  'System.Text.RegularExpressions.Regex': [
    ["CompileToAssembly", "Method", "static void CompileToAssembly(System.Text.RegularExpressions.RegexCompilationInfo[] regexinfos, System.Reflection.AssemblyName assemblyname), static void CompileToAssembly(System.Text.RegularExpressions.RegexCompilationInfo[] regexinfos, System.Reflection.AssemblyName assemblyname, System.Reflection.Emit.CustomAttributeBuilder[] attributes), static void CompileToAssembly(System.Text.RegularExpressions.RegexCompilationInfo[] regexinfos, System.Reflection.AssemblyName assemblyname, System.Reflection.Emit.CustomAttributeBuilder[] attributes, string resourceFile)"],
    ["Count", "Method", "static int Count(string input, string pattern), static int Count(string input, string pattern, System.Text.RegularExpressions.RegexOptions options), static int Count(string input, string pattern, System.Text.RegularExpressions.RegexOptions options, timespan matchTimeout), static int Count(System.ReadOnlySpan[char] input, string pattern), static int Count(System.ReadOnlySpan[char] input, string pattern, System.Text.RegularExpressions.RegexOptions options), static int Count(System.ReadOnlySpan[char] input, string pattern, System.Text.RegularExpressions.RegexOptions options, timespan matchTimeout)"],
    ["EnumerateMatches", "Method", "static System.Text.RegularExpressions.Regex+ValueMatchEnumerator EnumerateMatches(System.ReadOnlySpan[char] input, string pattern), static System.Text.RegularExpressions.Regex+ValueMatchEnumerator EnumerateMatches(System.ReadOnlySpan[char] input, string pattern, System.Text.RegularExpressions.RegexOptions options), static System.Text.RegularExpressions.Regex+ValueMatchEnumerator EnumerateMatches(System.ReadOnlySpan[char] input, string pattern, System.Text.RegularExpressions.RegexOptions options, timespan matchTimeout)"],
    ["EnumerateSplits", "Method", "static System.Text.RegularExpressions.Regex+ValueSplitEnumerator EnumerateSplits(System.ReadOnlySpan[char] input, string pattern), static System.Text.RegularExpressions.Regex+ValueSplitEnumerator EnumerateSplits(System.ReadOnlySpan[char] input, string pattern, System.Text.RegularExpressions.RegexOptions options), static System.Text.RegularExpressions.Regex+ValueSplitEnumerator EnumerateSplits(System.ReadOnlySpan[char] input, string pattern, System.Text.RegularExpressions.RegexOptions options, timespan matchTimeout)"],
    ["Equals", "Method", "static bool Equals(System.Object objA, System.Object objB)"],
    ["Escape", "Method", "static string Escape(string str)"],
    ["IsMatch", "Method", "static bool IsMatch(string input, string pattern), static bool IsMatch(System.ReadOnlySpan[char] input, string pattern), static bool IsMatch(string input, string pattern, System.Text.RegularExpressions.RegexOptions options), static bool IsMatch(System.ReadOnlySpan[char] input, string pattern, System.Text.RegularExpressions.RegexOptions options), static bool IsMatch(string input, string pattern, System.Text.RegularExpressions.RegexOptions options, timespan matchTimeout), static bool IsMatch(System.ReadOnlySpan[char] input, string pattern, System.Text.RegularExpressions.RegexOptions options, timespan matchTimeout)"],
    ["Match", "Method", "static System.Text.RegularExpressions.Match Match(string input, string pattern), static System.Text.RegularExpressions.Match Match(string input, string pattern, System.Text.RegularExpressions.RegexOptions options), static System.Text.RegularExpressions.Match Match(string input, string pattern, System.Text.RegularExpressions.RegexOptions options, timespan matchTimeout)"],
    ["Matches", "Method", "static System.Text.RegularExpressions.MatchCollection Matches(string input, string pattern), static System.Text.RegularExpressions.MatchCollection Matches(string input, string pattern, System.Text.RegularExpressions.RegexOptions options), static System.Text.RegularExpressions.MatchCollection Matches(string input, string pattern, System.Text.RegularExpressions.RegexOptions options, timespan matchTimeout)"],
    ["new", "Method", "regex new(string pattern), regex new(string pattern, System.Text.RegularExpressions.RegexOptions options), regex new(string pattern, System.Text.RegularExpressions.RegexOptions options, timespan matchTimeout)"],
    ["ReferenceEquals", "Method", "static bool ReferenceEquals(System.Object objA, System.Object objB)"],
    ["Replace", "Method", "static string Replace(string input, string pattern, string replacement), static string Replace(string input, string pattern, string replacement, System.Text.RegularExpressions.RegexOptions options), static string Replace(string input, string pattern, string replacement, System.Text.RegularExpressions.RegexOptions options, timespan matchTimeout), static string Replace(string input, string pattern, System.Text.RegularExpressions.MatchEvaluator evaluator), static string Replace(string input, string pattern, System.Text.RegularExpressions.MatchEvaluator evaluator, System.Text.RegularExpressions.RegexOptions options), static string Replace(string input, string pattern, System.Text.RegularExpressions.MatchEvaluator evaluator, System.Text.RegularExpressions.RegexOptions options, timespan matchTimeout)"],
    ["Split", "Method", "static string[] Split(string input, string pattern), static string[] Split(string input, string pattern, System.Text.RegularExpressions.RegexOptions options), static string[] Split(string input, string pattern, System.Text.RegularExpressions.RegexOptions options, timespan matchTimeout)"],
    ["Unescape", "Method", "static string Unescape(string str)"],
    ["CacheSize", "Property", "static int CacheSize {get;set;}"],
    ["InfiniteMatchTimeout", "Property", "static timespan InfiniteMatchTimeout {get;}"],
  ],
}));

/** The full name of a type as `[name]` writes it (full name, accelerator, or without `System.`), case-insensitive. */
export function staticCatalogType(name: string): string | undefined {
  const lower = name.trim().toLowerCase();
  return Object.keys(staticMemberCatalog()).find((full) => {
    const f = full.toLowerCase();
    return f === lower || f === `system.${lower}` || ACCELERATORS[lower] === full;
  });
}

const ACCELERATORS: Readonly<Record<string, string>> = { regex: 'System.Text.RegularExpressions.Regex', object: 'System.Object' };
