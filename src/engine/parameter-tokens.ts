// Which elements of a function's $args were `-Name` tokens on its command line. pwsh marks such an
// argument so that splatting $args (`function Wrap { Inner @args }`) binds it as a parameter again
// (`Wrap -Name x` calls `Inner -Name x`); a plain '-Name' string in an array stays a positional value.
// The marks belong to the list the binder built for $args (a copy of that list, `@($args)`, has none,
// where pwsh's marks would travel with the elements).

const marks = new WeakMap<object, ReadonlySet<number>>();

export function markParameterTokens(list: unknown[], indices: readonly number[]): void {
  if (indices.length) marks.set(list, new Set(indices));
}

/** Whether element `i` of `list` was a `-Name` (or `-Name:`) token. */
export function isParameterToken(list: unknown[], i: number): boolean {
  return marks.get(list)?.has(i) === true;
}
