// ConvertTo-Html: objects to the lines of an XHTML page (or a -Fragment of one), as pwsh 7.6 writes
// them: one string per line, a table (or list) of the objects' properties, values HTML-encoded and
// everything else (title, head, header names, meta values) written as given.

import { htmlEncode } from '../engine/web-encoding.js';
import { ALL_SETS, type CmdletContext, type CmdletDefinition, type ParameterMetadata } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { toPSString, unwrap } from '../engine/convert.js';
import { allPropertyNames } from '../engine/format.js';
import { evaluateSpec, hasProperty, parsePropertySpecs, PropertySpecError, type PropertySpec } from '../engine/property-specs.js';
import { evaluateScriptProperties } from '../engine/script-properties.js';
import { objectToString } from '../engine/values-members.js';
import { PSHashtable } from '../engine/values.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { specFailure } from './collected-input.js';
import { UTILITY } from './modules.js';
import { objectParam, objectsParam, stringParam, stringsParam, switchParam } from './param-builders.js';

interface State {
  specs: PropertySpec[] | undefined;
  list: boolean;
  /** The columns the first object with properties resolved (Table: every later row uses them). */
  columns: PropertySpec[] | undefined;
  /** Objects seen that were not $null (List: a separator goes before every one after the first). */
  count: number;
}
const states = new WeakMap<CmdletContext, State>();

const STRICT = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">';
const TRANSITIONAL = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';
const HTTP_EQUIV = ['content-type', 'default-style', 'x-ua-compatible'];
const META_NAMES = ['application-name', 'author', 'description', 'generator', 'keywords', 'viewport'];

const page = { Page: {} };
const notEmpty = { validateNotNullOrEmpty: true };


/** The names "*" stands for on this object: a hashtable's keys, a string's Length, else its properties. */
function propertyNames(item: unknown): string[] {
  const v = unwrap(item);
  if (v instanceof PSHashtable) return v.entries().map(([k]) => toPSString(k));
  if (typeof v === 'string') return ['Length'];
  return allPropertyNames(v);
}

function has(item: unknown, name: string): boolean {
  const v = unwrap(item);
  if (v instanceof PSHashtable) return v.entries().some(([k]) => toPSString(k).toLowerCase() === name.toLowerCase());
  if (typeof v === 'string') return name.toLowerCase() === 'length';
  return hasProperty(item, name);
}

/** The columns of one object: names it has (wildcards expanded, missing ones dropped) and every calculated property. */
function resolve(specs: readonly PropertySpec[] | undefined, item: unknown): PropertySpec[] {
  const names = propertyNames(item);
  const out: PropertySpec[] = [];
  const seen = new Set<string>();
  const add = (s: PropertySpec) => {
    const key = s.name.toLowerCase();
    if (s.plain && seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  if (!specs) for (const n of names) add({ name: n, expression: n, plain: true });
  else
    for (const s of specs) {
      if (!s.plain) add(s);
      else if (hasWildcard(s.name)) for (const n of names) wildcardMatch(s.name, n) && add({ name: n, expression: n, plain: true });
      else if (has(item, s.name)) add(s);
    }
  return out;
}

/** A cell's text: the value's .NET ToString(), HTML-encoded ('' for $null or a failing expression). */
async function cellText(spec: PropertySpec, item: unknown, signal: AbortSignal): Promise<string> {
  let value: unknown;
  try {
    const v = unwrap(item);
    if (v instanceof PSHashtable && typeof spec.expression === 'string') {
      const key = spec.expression.toLowerCase();
      value = v.entries().find(([k]) => toPSString(k).toLowerCase() === key)?.[1];
    } else value = await evaluateSpec(spec, item, signal);
  } catch (e) {
    if (signal.aborted) throw e;
    return '';
  }
  if (value === null || value === undefined) return '';
  return htmlEncode(objectToString(value));
}

const colTag = (s: PropertySpec) => {
  const attrs = (s.width !== undefined ? ` width = "${s.width}"` : '') + (s.align ? ` align = "${s.align}"` : '');
  return `<col${attrs}/>`;
};

export const convertToHtml = lazyCmdlet('ConvertTo-Html', (): CmdletDefinition => ({
  name: 'ConvertTo-Html',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertToHtmlCommand',
  module: UTILITY,
  synopsis: 'Converts .NET objects into HTML that can be displayed in a Web browser.',
  defaultParameterSet: 'Page',
  parameters: [
    objectParam('InputObject', 'The objects to show in the table.', 'System.Management.Automation.PSObject', { sets: { [ALL_SETS]: { valueFromPipeline: true } } }),
    objectsParam('Property', 'The properties (names, wildcards or calculated properties) to show as columns.', 'System.Object[]', { sets: { [ALL_SETS]: { position: 0 } } }),
    stringsParam('Body', 'Text after the <body> tag.', { sets: { Page: { position: 3 } } }),
    stringsParam('Head', 'The content of the <head> element, instead of the <title>.', { sets: { Page: { position: 1 } } }),
    stringParam('Title', 'The page title (HTML TABLE by default).', { sets: { Page: { position: 2 } }, ...notEmpty }),
    stringParam('As', 'Table (the default: one row per object) or List (one row per property).', { validateSet: ['Table', 'List'], ...notEmpty }),
    objectParam('CssUri', 'A style sheet the page links to.', 'System.Uri', { aliases: ['cu', 'uri'], sets: page, ...notEmpty }),
    switchParam('Fragment', 'Writes only the table, without the page around it.', { sets: { Fragment: {} }, ...notEmpty }),
    stringsParam('PostContent', 'Text after the table.', notEmpty),
    stringsParam('PreContent', 'Text before the table.', notEmpty),
    { name: 'Meta', kind: 'hashtable', typeName: 'System.Collections.Hashtable', sets: page, ...notEmpty, description: 'Meta tags: name = content pairs.' } satisfies ParameterMetadata,
    stringParam('Charset', 'The page character set, in a <meta charset> tag.', { sets: page, ...notEmpty, validatePattern: '^[A-Za-z0-9]\\w+\\S+[A-Za-z0-9]$' }),
    switchParam('Transitional', 'Uses the XHTML Transitional DOCTYPE instead of Strict.', { sets: page, ...notEmpty }),
  ],
  async begin(ctx) {
    const get = ctx.params.get.bind(ctx.params);
    let specs: PropertySpec[] | undefined;
    try {
      specs = ctx.params.has('Property') && get('Property') !== null ? parsePropertySpecs(get('Property'), ['name', 'label', 'expression', 'width', 'alignment']) : undefined;
    } catch (e) {
      // ConvertTo-Html names an unknown key DictionaryKeyIllegal (the formatting cmdlets: DictionaryKeyUnknownType).
      specFailure(ctx, e instanceof PropertySpecError && e.errorId === 'DictionaryKeyUnknownType' ? new PropertySpecError(e.message, 'DictionaryKeyIllegal') : e);
    }
    states.set(ctx, { specs, list: (get<string>('As') ?? 'Table').toLowerCase() === 'list', columns: undefined, count: 0 });
    const lines = (name: string) => (get<unknown>(name) === undefined || get<unknown>(name) === null ? [] : ([] as unknown[]).concat(get<unknown>(name)).map((x) => toPSString(x)));
    if (get('Fragment') !== true) {
      ctx.writeObject(get('Transitional') === true ? TRANSITIONAL : STRICT);
      ctx.writeObject('<html xmlns="http://www.w3.org/1999/xhtml">');
      ctx.writeObject('<head>');
      const charset = get<string>('Charset');
      if (charset) ctx.writeObject(`<meta charset="${charset}">`);
      const meta = unwrap(get('Meta'));
      if (meta instanceof PSHashtable) {
        for (const [k, v] of meta.entries()) {
          const name = toPSString(k);
          const content = toPSString(v);
          const lower = name.toLowerCase();
          if (HTTP_EQUIV.includes(lower)) ctx.writeObject(`<meta http-equiv="${name}" content="${content}">`);
          else {
            if (!META_NAMES.includes(lower)) {
              await ctx.writeWarning(
                `Accepted meta properties are content-type, default-style, application-name, author, description, generator, keywords, x-ua-compatible, and viewport. The meta pair: ${name} and ${content} may not function correctly.`,
              );
            }
            ctx.writeObject(`<meta name="${name}" content="${content}">`);
          }
        }
      }
      const head = lines('Head');
      if (ctx.params.has('Head')) for (const h of head) ctx.writeObject(h);
      else ctx.writeObject(`<title>${get<string>('Title') ?? 'HTML TABLE'}</title>`);
      const css = get<unknown>('CssUri');
      if (css !== undefined && css !== null) ctx.writeObject(`<link rel="stylesheet" type="text/css" href="${toPSString(css)}" />`);
      ctx.writeObject('</head><body>');
      for (const b of lines('Body')) ctx.writeObject(b);
    }
    for (const p of lines('PreContent')) ctx.writeObject(p);
    ctx.writeObject('<table>');
  },
  async process(ctx) {
    const item = ctx.hasInput ? ctx.input : ctx.params.get('InputObject');
    if (item === null || item === undefined) return;
    const state = states.get(ctx)!;
    state.count++;
    await evaluateScriptProperties([item], ctx.signal);
    if (state.list) {
      const columns = resolve(state.specs, item);
      if (columns.length === 0) return;
      if (state.count > 1) ctx.writeObject('<tr><td><hr></td></tr>');
      for (const c of columns) ctx.writeObject(`<tr><td>${c.name}:</td><td>${await cellText(c, item, ctx.signal)}</td></tr>`);
      return;
    }
    if (!state.columns) {
      const columns = resolve(state.specs, item);
      if (columns.length === 0) return;
      state.columns = columns;
      ctx.writeObject(`<colgroup>${columns.map(colTag).join('')}</colgroup>`);
      ctx.writeObject(`<tr>${columns.map((c) => `<th>${c.name}</th>`).join('')}</tr>`);
    }
    let row = '<tr>';
    for (const c of state.columns) row += `<td>${await cellText(c, item, ctx.signal)}</td>`;
    ctx.writeObject(row + '</tr>');
  },
  end(ctx) {
    states.delete(ctx);
    ctx.writeObject('</table>');
    const post = ctx.params.get<unknown>('PostContent');
    if (post !== undefined && post !== null) for (const p of ([] as unknown[]).concat(post)) ctx.writeObject(toPSString(p));
    if (ctx.params.get('Fragment') !== true) ctx.writeObject('</body></html>');
  },
}));
