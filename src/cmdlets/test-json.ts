// Test-Json: whether text (-Json, or a file's by -Path/-LiteralPath) is JSON as System.Text.Json reads
// it (strict: no comments, trailing commas or single quotes unless -Options allows the first two), and
// with -Schema/-SchemaFile whether it satisfies a JSON Schema (json-schema.ts).
// It writes True or False; each failure is also a non-terminating error, worded as pwsh 7.6.10's.

import { readFileSync } from 'node:fs';
import type { CmdletContext, CmdletDefinition, ErrorSpec, ParameterSetMembership } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { expandPath, pathNotFound, resolveLiteral } from '../engine/paths.js';
import * as R from '../engine/runtime-strings.js';
import * as U from './utility-strings.js';
import { FILE_SYSTEM_PROVIDER } from './file-items.js';
import { JsonSyntaxError, parseJsonDocument, type JsonReadOptions, type JsonValue } from './json-document.js';
import { EmptySchemaListError, JsonSchemaError, UnresolvedReferenceError, checkSchema, evaluateSchema } from './json-schema.js';
import { PSObject } from '../engine/values.js';
import { UTILITY } from './modules.js';
import { stringParam, stringsParam } from './param-builders.js';
import { kindOf } from './item-transfer.js';

const SOURCES = { Json: 'JsonString', Path: 'JsonPath', LiteralPath: 'JsonLiteralPath' } as const;
const SCHEMAS = ['', 'WithSchemaString', 'WithSchemaFile'] as const;
const setsOf = (source: keyof typeof SOURCES, membership: ParameterSetMembership) =>
  Object.fromEntries(SCHEMAS.map((s) => [SOURCES[source] + s, { ...membership }]));
const schemaSets = (schema: string) => Object.fromEntries(Object.values(SOURCES).map((s) => [s + schema, { position: 1, mandatory: true }]));
const SCHEMA_SETS = Object.values(SOURCES).flatMap((s) => [s + 'WithSchemaString', s + 'WithSchemaFile']);

interface State {
  options: JsonReadOptions;
  schema?: JsonValue;
}
const states = new WeakMap<CmdletContext, State>();

export const testJson = lazyCmdlet('Test-Json', (): CmdletDefinition => ({
  name: 'Test-Json',
  implementingType: 'Microsoft.PowerShell.Commands.TestJsonCommand',
  module: UTILITY,
  synopsis: 'Tests whether a string is a valid JSON document',
  defaultParameterSet: 'JsonString',
  parameters: [
    stringParam('Json', 'The JSON text to test.', { sets: setsOf('Json', { position: 0, mandatory: true, valueFromPipeline: true }) }),
    stringParam('Path', 'A JSON file to test (a wildcard must name one file).', { sets: setsOf('Path', { position: 0, mandatory: true, valueFromPipelineByPropertyName: true }) }),
    stringParam('LiteralPath', 'A JSON file to test, its path taken literally.', { aliases: ['PSPath', 'LP'], sets: setsOf('LiteralPath', { position: 0, mandatory: true, valueFromPipelineByPropertyName: true }) }),
    stringParam('Schema', 'A JSON Schema the JSON must satisfy.', { sets: schemaSets('WithSchemaString'), validateNotNullOrEmpty: true }),
    stringParam('SchemaFile', 'A file holding the JSON Schema the JSON must satisfy.', { sets: schemaSets('WithSchemaFile'), validateNotNullOrEmpty: true }),
    stringsParam('Options', 'IgnoreComments (comments count as white space) and AllowTrailingCommas.', { validateNotNullOrEmpty: true, validateSet: ['IgnoreComments', 'AllowTrailingCommas'] }),
    {
      name: 'FetchExternalReference',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: Object.fromEntries(SCHEMA_SETS.map((s) => [s, {}])),
      description: "Accepted as in pwsh; spo-shell never fetches a schema's external references.",
    },
  ],
  async begin(ctx) {
    const options = (ctx.params.get<string[]>('Options') ?? []).map((o) => o.toLowerCase());
    const state: State = { options: { comments: options.includes('ignorecomments'), trailingCommas: options.includes('allowtrailingcommas') } };
    states.set(ctx, state);
    const schemaText = ctx.params.get<string>('Schema');
    const schemaFile = ctx.params.get<string>('SchemaFile');
    if (schemaText === undefined && schemaFile === undefined) return;
    let text = schemaText;
    if (schemaFile !== undefined) {
      const full = resolveLiteral(ctx.session, schemaFile.startsWith(FILE_SYSTEM_PROVIDER) ? schemaFile.slice(FILE_SYSTEM_PROVIDER.length) : schemaFile);
      try {
        text = readFileSync(full, 'utf8').replace(/^\uFEFF/, '');
      } catch {
        ctx.throwTerminatingError({ ...U.JsonSchemaFileOpenFailure(full), category: 'OpenError', exceptionType: 'Exception', exceptionFullName: 'System.Exception', targetObject: full });
      }
    }
    try {
      const schema = parseJsonDocument(text!, { comments: false, trailingCommas: false });
      checkSchema(schema);
      state.schema = schema;
    } catch (e) {
      if (e instanceof EmptySchemaListError) ctx.throwTerminatingError(failure(U.InvalidJsonSchema(), null));
      if (!(e instanceof JsonSyntaxError || e instanceof JsonSchemaError)) throw e;
      await ctx.writeError(failure(U.InvalidJsonSchema(), schemaText ?? schemaFile));
    }
  },
  async process(ctx) {
    const state = states.get(ctx)!;
    const json = ctx.params.get<string>('Json');
    const text = json ?? readJsonFile(ctx);
    let result = true;
    try {
      const document = parseJsonDocument(text, state.options);
      if (state.schema !== undefined) {
        const evaluation = evaluateSchema(state.schema, document);
        result = evaluation.valid;
        for (const f of evaluation.failures) await ctx.writeError(failure(U.InvalidJsonAgainstSchemaDetailed(f.message, f.location), null));
      }
    } catch (e) {
      result = false;
      if (e instanceof JsonSyntaxError) await ctx.writeError(failure(U.InvalidJson(), json ?? null));
      // Reported against the schema object, as pwsh does (TargetName Json.Schema.JsonSchema).
      else if (e instanceof UnresolvedReferenceError) await ctx.writeError(failure(U.UnresolvedJsonSchemaRef(), new PSObject('Json.Schema.JsonSchema')));
      // References that lead back to themselves at the same value: pwsh 7.6.10 ends with a stack overflow.
      else if (e instanceof JsonSchemaError) await ctx.writeError(failure(U.InvalidJsonSchema(), ctx.params.get<string>('Schema') ?? ctx.params.get<string>('SchemaFile')));
      else throw e;
    }
    ctx.writeObject(result);
  },
}));

/** Test-Json's errors: a System.Exception with its message (InvalidData). */
function failure(message: R.MessageEntry, targetObject: unknown): ErrorSpec {
  return { ...message, category: 'InvalidData', exceptionType: 'Exception', exceptionFullName: 'System.Exception', targetObject };
}

/** The text of the -Path/-LiteralPath file; a path that names no file stops the command (PathNotFound, as typed). */
function readJsonFile(ctx: CmdletContext): string {
  const literal = ctx.params.get<string>('LiteralPath');
  const typed = literal ?? ctx.params.get<string>('Path')!;
  const bare = typed.startsWith(FILE_SYSTEM_PROVIDER) ? typed.slice(FILE_SYSTEM_PROVIDER.length) : typed;
  const full = literal !== undefined ? resolveLiteral(ctx.session, bare) : expandPath(ctx.session, bare).paths[0];
  if (full === undefined || kindOf(full) !== 'file') ctx.throwTerminatingError(pathNotFound(typed));
  return readFileSync(full, 'utf8').replace(/^\uFEFF/, '');
}
