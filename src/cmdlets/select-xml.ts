// Select-Xml: the nodes an XPath query finds in XML documents (-Xml nodes, files by -Path/-LiteralPath,
// or text by -Content), each as a SelectXmlInfo (Node, Path, Pattern) the way pwsh 7.6.10 writes them.
// The parsing and XPath are the `[xml]` type's (engine/xml, reached through xml-document.ts); the
// -Namespace table is an XmlNamespaceManager's prefixes.

import { readFile } from 'node:fs/promises';
import type { CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import { ALL_SETS } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { ConversionError, castFailure, toPSString, unwrap } from '../engine/convert.js';
import { expandPath, pathNotFound, resolveLiteral } from '../engine/paths.js';
import * as U from './utility-strings.js';
import { PSHashtable, PSObject } from '../engine/values.js';
import type { XmlNode } from '../engine/xml/xml-dom.js';
import { isXmlNode, loadXmlText, selectXmlNodes, selectedNodeText, toXmlDocument } from '../engine/xml/xml-document.js';
import { FILE_SYSTEM_PROVIDER } from './file-items.js';
import { kindOf } from './item-transfer.js';
import { UTILITY } from './modules.js';
import { objectParam, objectsParam, stringParam, stringsParam } from './param-builders.js';

const INPUT_STREAM = 'InputStream';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

export const selectXml = lazyCmdlet('Select-Xml', (): CmdletDefinition => ({
  name: 'Select-Xml',
  implementingType: 'Microsoft.PowerShell.Commands.SelectXmlCommand',
  module: UTILITY,
  synopsis: 'Finds text in an XML string or document.',
  defaultParameterSet: 'Xml',
  parameters: [
    stringsParam('Path', 'The XML files to search; wildcards allowed.', { sets: { Path: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true } }, validateNotNullOrEmpty: true }),
    stringsParam('LiteralPath', 'The XML files to search, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } }, validateNotNullOrEmpty: true }),
    objectsParam('Xml', 'The XML nodes (documents or elements) to search.', 'System.Xml.XmlNode[]', {
      aliases: ['Node'],
      sets: { Xml: { position: 1, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
      validateNotNullOrEmpty: true,
      coerce: (value) => {
        if (isXmlNode(value)) return value;
        throw castFailure(value, 'System.Xml.XmlNode');
      },
    }),
    stringsParam('Content', 'XML text to search (each string one document).', { sets: { Content: { mandatory: true, valueFromPipeline: true } }, validateNotNullOrEmpty: true }),
    stringParam('XPath', 'The XPath query.', { sets: { [ALL_SETS]: { position: 0, mandatory: true } }, validateNotNullOrEmpty: true }),
    { ...objectParam('Namespace', 'Prefixes the query uses, each with its namespace URI.', 'System.Collections.Hashtable'), kind: 'hashtable', validateNotNullOrEmpty: true },
  ],
  async process(ctx) {
    const set = ctx.invocation.parameterSetName;
    if (set === 'Xml') {
      for (const node of ctx.params.get<unknown[]>('Xml') ?? []) await search(ctx, unwrap(node) as XmlNode, INPUT_STREAM);
    } else if (set === 'Content') {
      for (const text of ctx.params.get<string[]>('Content') ?? []) {
        let document: XmlNode;
        try {
          document = toXmlDocument(text) as XmlNode;
        } catch (e) {
          if (!(e instanceof ConversionError)) throw e;
          await ctx.writeError({ message: e.message, errorId: 'InvalidCastToXmlDocument', category: 'InvalidArgument', exceptionType: 'ParentContainsErrorRecordException', exceptionFullName: 'System.Management.Automation.ParentContainsErrorRecordException' });
          continue;
        }
        await search(ctx, document, INPUT_STREAM);
      }
    } else {
      const literal = set === 'LiteralPath';
      // Every path is resolved before any file is read: one that names nothing stops the command.
      for (const file of filesOf(ctx, ctx.params.get<string[]>(literal ? 'LiteralPath' : 'Path') ?? [], literal)) {
        const document = await loadFile(ctx, file);
        if (document) await search(ctx, document, file);
      }
    }
  },
}));

function filesOf(ctx: CmdletContext, typed: readonly string[], literal: boolean): string[] {
  const files: string[] = [];
  for (const text of typed) {
    const bare = text.startsWith(FILE_SYSTEM_PROVIDER) ? text.slice(FILE_SYSTEM_PROVIDER.length) : text;
    if (literal) {
      files.push(resolveLiteral(ctx.session, bare));
      continue;
    }
    const { paths, wildcard } = expandPath(ctx.session, bare);
    if (!wildcard && !kindOf(paths[0]!)) ctx.throwTerminatingError(pathNotFound(paths[0]!));
    files.push(...paths);
  }
  return files;
}

/** The file's document, or undefined once its ProcessingFile error is written (an empty file has none). */
async function loadFile(ctx: CmdletContext, file: string): Promise<XmlNode | undefined> {
  let text: string;
  try {
    text = (await readFile(file)).toString('utf8');
  } catch (e) {
    await ctx.writeError(fileReadError(file, ioMessage(e, file)));
    return undefined;
  }
  const loaded = loadXmlText(text);
  if ('error' in loaded) {
    // XmlDocument.Load of an empty (or white-space) file raises "Root element is missing.", which pwsh's
    // loader lets pass: the file gives nothing.
    if (loaded.error === 'Root element is missing.') return undefined;
    await ctx.writeError(fileReadError(file, loaded.error));
    return undefined;
  }
  return loaded.document;
}

/** .NET's FileStream messages for a file it cannot open. */
function ioMessage(e: unknown, file: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return kindOf(file.slice(0, Math.max(1, file.lastIndexOf('/')))) ? `Could not find file '${file}'.` : `Could not find a part of the path '${file}'.`;
  if (code === 'EISDIR' || code === 'EACCES' || code === 'EPERM') return `Access to the path '${file}' is denied.`;
  return (e as Error).message;
}

function fileReadError(file: string, inner: string): ErrorSpec {
  return { ...U.FileReadError(file, inner), category: 'InvalidArgument', exceptionType: 'ArgumentException', exceptionFullName: 'System.ArgumentException', targetObject: file };
}

/** Runs the query on one node and writes a SelectXmlInfo for each node it finds. */
async function search(ctx: CmdletContext, node: XmlNode, path: string): Promise<void> {
  const xpath = ctx.params.get<string>('XPath')!;
  const table = ctx.params.get<PSHashtable>('Namespace');
  const namespaces = table ? await namespaceManager(ctx, table) : undefined;
  const found = selectXmlNodes(node, xpath, namespaces);
  if ('error' in found) {
    ctx.throwTerminatingError({ message: found.error, errorId: 'System.Xml.XPath.XPathException', category: 'NotSpecified', exceptionType: 'XPathException', exceptionFullName: 'System.Xml.XPath.XPathException' });
  }
  for (const match of found.nodes) ctx.writeObject(selectXmlInfo(match, path, xpath));
}

/** XmlNamespaceManager.AddNamespace for each entry: a $null namespace is pwsh's PrefixError, `xml`/`xmlns` .NET's. */
async function namespaceManager(ctx: CmdletContext, table: PSHashtable): Promise<Map<string, string>> {
  const prefixes = new Map<string, string>();
  for (const [key, value] of table.entries()) {
    const uri = unwrap(value);
    if (uri === null || uri === undefined) {
      await ctx.writeError({ ...U.SearchXMLPrefixNullError(), category: 'InvalidOperation', exceptionType: 'InvalidOperationException', exceptionFullName: 'System.InvalidOperationException', targetObject: table });
      continue;
    }
    const prefix = toPSString(key);
    const namespace = toPSString(value);
    const reserved =
      (prefix === 'xml' && namespace !== XML_NAMESPACE && `Prefix "xml" is reserved for use by XML and can be mapped only to namespace name "${XML_NAMESPACE}".`) ||
      (prefix === 'xmlns' && 'Prefix "xmlns" is reserved for use by XML.');
    if (reserved) ctx.throwTerminatingError({ message: reserved, errorId: 'System.ArgumentException', category: 'NotSpecified', exceptionType: 'ArgumentException', exceptionFullName: 'System.ArgumentException' });
    prefixes.set(prefix, namespace);
  }
  return prefixes;
}

/** Microsoft.PowerShell.Commands.SelectXmlInfo: ToString is the node's text, with the file after a colon. */
function selectXmlInfo(node: XmlNode, path: string, pattern: string): PSObject {
  const text = selectedNodeText(node);
  return new PSObject('Microsoft.PowerShell.Commands.SelectXmlInfo', { Node: node, Path: path, Pattern: pattern }, undefined, path === INPUT_STREAM ? text : `${text}:${path}`);
}
