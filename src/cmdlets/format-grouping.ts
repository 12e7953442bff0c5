// Format-Table's and Format-List's -GroupBy: a property name, a script block or a calculated property
// (`@{Label='Kind'; Expression={...}}`) whose value, when it changes from one object to the next,
// starts a new group under a `   Label: value` line (pwsh's GroupingInfoManager).

import type { CmdletContext, ParameterMetadata } from '../engine/cmdlet.js';
import { ALL_SETS } from '../engine/cmdlet.js';
import { unwrap } from '../engine/convert.js';
import { cellText } from '../engine/format.js';
import { evaluateSpec, parsePropertySpecs } from '../engine/property-specs.js';
import type { TableView } from '../engine/format-views.js';

export interface Grouping {
  /** The text before the colon: the property's name, the script block's text, or the Label. */
  label: string;
  valueOf(item: unknown): Promise<unknown>;
  /** The line above a group when a view words it otherwise (files: `    Directory: /path`, whatever the group's value). */
  heading?(value: string, item: unknown): string;
}

export function groupByParameter(description: string): ParameterMetadata {
  return { name: 'GroupBy', kind: 'object', typeName: 'System.Object', sets: { [ALL_SETS]: {} }, description };
}

/** The -GroupBy the command was given, if any; throws PropertySpecError for a malformed hashtable. */
export function groupingOf(ctx: CmdletContext): Grouping | undefined {
  if (!ctx.params.has('GroupBy')) return undefined;
  const [spec] = parsePropertySpecs(ctx.params.get('GroupBy'), ['name', 'label', 'expression', 'formatstring']);
  if (!spec) return undefined;
  // -GroupBy's FormatString is accepted but not applied to the group's value (pwsh 7.6.10).
  const unformatted = { ...spec, formatString: undefined };
  return { label: spec.name, valueOf: (item) => evaluateSpec(unformatted, item, ctx.signal) };
}

/** An object's group as its label shows it; undefined when it has no value (it stays in the group before it). */
export async function groupValue(grouping: Grouping, item: unknown): Promise<string | undefined> {
  const value = unwrap(await grouping.valueOf(item));
  return value === null || value === undefined ? undefined : cellText(value);
}

/** A type's view grouping (files under `    Directory: /path`) as a Grouping. */
export function viewGrouping(group: NonNullable<TableView['group']>): Grouping {
  return { label: group.label, valueOf: async (item) => group.valueOf(item), heading: (_value, item) => group.heading(item) };
}

/** A view's own grouping for the first object: with -GroupBy, the view's heading still heads each group. */
export function withViewGrouping(grouping: Grouping | undefined, view: Grouping): Grouping {
  return grouping ? { ...grouping, heading: view.heading } : view;
}
