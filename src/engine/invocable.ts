// "Something that can run with $_ set to an item": what calculated properties (`@{n='x'; e={…}}`),
// `Sort-Object { … }` and `Group-Object { … }` need from a script block. ScriptBlock
// (script-block.ts) implements it; the pipeline cmdlets only depend on this interface.

export interface ItemInvocable {
  /** Runs in a new child scope with `$_` (and `$PSItem`) bound to `item`; resolves to everything it wrote. */
  invokeWithItem(item: unknown, signal: AbortSignal): Promise<unknown[]>;
}

export function isItemInvocable(value: unknown): value is ItemInvocable {
  return typeof value === 'object' && value !== null && typeof (value as Partial<ItemInvocable>).invokeWithItem === 'function';
}
