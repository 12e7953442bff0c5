// Dev tool (needs pwsh 7.6.10, as the conformance recorder does): records from real PowerShell the base
// classes and the public non-generic interfaces of the .NET types spo's objects claim to be, and writes
// them as src/engine/type-hierarchy-data.ts (read by type-hierarchy.ts for -is, -as, casts, type
// literals, GetType().BaseType and pstypenames). Usage: node scripts/record-type-hierarchy.mjs
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareOracle, pwsh, root } from './conformance-pwsh.mjs';

/** The types spo's values report as GetType().FullName (a generic type by its definition, List`1). */
const TYPES = [
  'Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject', 'Microsoft.PowerShell.Commands.FileHashInfo',
  'Microsoft.PowerShell.Commands.GenericMeasureInfo', 'Microsoft.PowerShell.Commands.GroupInfo',
  'Microsoft.PowerShell.Commands.GroupInfoNoElement', 'Microsoft.PowerShell.Commands.HistoryInfo',
  'Microsoft.PowerShell.Commands.HttpResponseException', 'Microsoft.PowerShell.Commands.MatchInfo',
  'Microsoft.PowerShell.Commands.MatchInfoContext', 'Microsoft.PowerShell.Commands.MeasureInfo',
  'Microsoft.PowerShell.Commands.MemberDefinition', 'Microsoft.PowerShell.Commands.PSPropertyExpression',
  'Microsoft.PowerShell.Commands.SelectXmlInfo', 'Microsoft.PowerShell.Commands.TextMeasureInfo',
  'Microsoft.PowerShell.Commands.WebRequestSession', 'Microsoft.PowerShell.Commands.WebResponseObject',
  'Microsoft.PowerShell.Commands.WriteErrorException', 'Microsoft.PowerShell.ThreadJob.ThreadJob', 'System.ApplicationException', 'System.ArgumentException',
  'System.ArgumentNullException', 'System.ArgumentOutOfRangeException', 'System.ArithmeticException', 'System.Array',
  'System.ArrayEnumerator', 'System.Boolean', 'System.Byte', 'System.Char', 'System.Collections.ArrayList',
  'System.Collections.ArrayList+ArrayListEnumeratorSimple', 'System.Collections.Concurrent.ConcurrentBag`1',
  'System.Collections.Concurrent.ConcurrentDictionary`2', 'System.Collections.Concurrent.ConcurrentQueue`1',
  'System.Collections.Concurrent.ConcurrentStack`1', 'System.Collections.DictionaryEntry',
  'System.Collections.Generic.Dictionary`2', 'System.Collections.Generic.HashSet`1',
  'System.Collections.Generic.KeyValuePair`2', 'System.Collections.Generic.List`1',
  'System.Collections.Generic.Queue`1', 'System.Collections.Generic.SortedDictionary`2',
  'System.Collections.Generic.SortedList`2', 'System.Collections.Generic.SortedSet`1',
  'System.Collections.Generic.Stack`1', 'System.Collections.Hashtable', 'System.Collections.IDictionary',
  'System.Collections.ObjectModel.Collection`1', 'System.Collections.ObjectModel.ReadOnlyCollection`1',
  'System.Collections.Queue', 'System.Collections.Specialized.NameObjectCollectionBase',
  'System.Collections.Specialized.NameObjectCollectionBase+KeysCollection',
  'System.Collections.Specialized.NameValueCollection', 'System.Collections.Specialized.OrderedDictionary',
  'System.Collections.Stack', 'System.CultureAwareComparer', 'System.DateTime', 'System.DateTimeOffset',
  'System.DBNull', 'System.Decimal', 'System.Diagnostics.FileVersionInfo', 'System.Diagnostics.Stopwatch',
  'System.DivideByZeroException', 'System.Double', 'System.Enum', 'System.Exception', 'System.FormatException',
  'System.Globalization.CultureInfo', 'System.Globalization.DateTimeFormatInfo',
  'System.Globalization.NumberFormatInfo', 'System.Globalization.TextInfo', 'System.Guid', 'System.Int16',
  'System.Int32', 'System.Int32[]', 'System.Int64', 'System.InvalidCastException',
  'System.InvalidOperationException', 'System.IO.DirectoryInfo', 'System.IO.DirectoryNotFoundException',
  'System.IO.FileFormatException', 'System.IO.FileInfo', 'System.IO.FileNotFoundException',
  'System.IO.FileSystemInfo', 'System.IO.InvalidDataException', 'System.IO.IOException', 'System.IO.Stream',
  'System.Management.Automation.AliasInfo', 'System.Management.Automation.ApplicationInfo',
  'System.Management.Automation.CmdletInfo', 'System.Management.Automation.CommandInfo',
  'System.Management.Automation.CommandInvocationIntrinsics', 'System.Management.Automation.CommandParameterInfo',
  'System.Management.Automation.CommandParameterSetInfo', 'System.Management.Automation.DebugRecord',
  'System.Management.Automation.DriveNotFoundException', 'System.Management.Automation.EngineIntrinsics',
  'System.Management.Automation.ErrorCategoryInfo', 'System.Management.Automation.ErrorDetails',
  'System.Management.Automation.ErrorRecord', 'System.Management.Automation.ExternalScriptInfo',
  'System.Management.Automation.FilterInfo', 'System.Management.Automation.FunctionInfo',
  'System.Management.Automation.Host.ChoiceDescription', 'System.Management.Automation.Host.Coordinates',
  'System.Management.Automation.Host.KeyInfo', 'System.Management.Automation.Host.PSHost',
  'System.Management.Automation.Host.Size', 'System.Management.Automation.InformationRecord',
  'System.Management.Automation.Internal.Host.InternalHost',
  'System.Management.Automation.Internal.Host.InternalHostRawUserInterface',
  'System.Management.Automation.Internal.Host.InternalHostUserInterface',
  'System.Management.Automation.InvocationInfo', 'System.Management.Automation.ItemNotFoundException',
  'System.Management.Automation.ActionPreferenceStopException', 'System.Management.Automation.CmdletInvocationException',
  'System.Management.Automation.Job', 'System.Management.Automation.MethodInvocationException',
  'System.Management.Automation.OrderedHashtable', 'System.Management.Automation.ParameterBindingException',
  'System.Management.Automation.ParameterMetadata', 'System.Management.Automation.ParameterSetMetadata',
  'System.Management.Automation.ParentContainsErrorRecordException', 'System.Management.Automation.ParseException',
  'System.Management.Automation.PathInfo', 'System.Management.Automation.PathInfoStack',
  'System.Management.Automation.PipelineStoppedException', 'System.Management.Automation.ProgressRecord',
  'System.Management.Automation.ProviderInfo', 'System.Management.Automation.ProviderIntrinsics',
  'System.Management.Automation.ProviderNotFoundException', 'System.Management.Automation.PSAliasProperty',
  'System.Management.Automation.PSArgumentException', 'System.Management.Automation.PSArgumentNullException',
  'System.Management.Automation.PSArgumentOutOfRangeException', 'System.Management.Automation.PSCodeProperty',
  'System.Management.Automation.PSCredential', 'System.Management.Automation.PSCustomObject',
  'System.Management.Automation.PSDataCollection`1', 'System.Management.Automation.PSDriveInfo',
  'System.Management.Automation.PSInvalidCastException', 'System.Management.Automation.PSInvalidOperationException',
  'System.Management.Automation.PSMemberInfo', 'System.Management.Automation.PSMemberInfoCollection`1',
  'System.Management.Automation.PSMemberSet', 'System.Management.Automation.PSMethod',
  'System.Management.Automation.PSMethodInfo', 'System.Management.Automation.PSModuleInfo',
  'System.Management.Automation.PSNoteProperty', 'System.Management.Automation.PSNotSupportedException',
  'System.Management.Automation.PSObject', 'System.Management.Automation.PSProperty',
  'System.Management.Automation.PSPropertyInfo', 'System.Management.Automation.PSReference',
  'System.Management.Automation.PSReference`1', 'System.Management.Automation.PSRemotingJob',
  'System.Management.Automation.PSScriptMethod', 'System.Management.Automation.PSScriptProperty',
  'System.Management.Automation.PSStyle', 'System.Management.Automation.PSTasks.PSTaskJob',
  'System.Management.Automation.PSVariable', 'System.Management.Automation.PSVersionHashTable',
  'System.Management.Automation.RangeEnumerator',
  'System.Management.Automation.Remoting.PSRemotingDataStructureException',
  'System.Management.Automation.Remoting.PSRemotingTransportException',
  'System.Management.Automation.Remoting.PSSessionOption', 'System.Management.Automation.Runspaces.PSSession',
  'System.Management.Automation.RuntimeException', 'System.Management.Automation.ScriptBlock',
  'System.Management.Automation.ScriptInfo', 'System.Management.Automation.SemanticVersion',
  'System.Management.Automation.SessionState', 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.SessionStateUnauthorizedAccessException',
  'System.Management.Automation.SetValueException', 'System.Management.Automation.SetValueInvocationException',
  'System.Management.Automation.SwitchParameter', 'System.Management.Automation.ValidationMetadataException',
  'System.Management.Automation.VerbInfo', 'System.Management.Automation.VerboseRecord',
  'System.Management.Automation.WarningRecord', 'System.Management.Automation.WildcardPatternException',
  'System.Net.Cookie', 'System.Net.CookieContainer', 'System.Net.Http.ByteArrayContent',
  'System.Net.Http.Headers.RetryConditionHeaderValue', 'System.Net.Http.HttpRequestException',
  'System.Net.Http.HttpRequestMessage', 'System.Net.Http.HttpResponseMessage', 'System.Net.IPAddress',
  'System.Net.Mail.MailAddress', 'System.Net.NetworkCredential', 'System.Net.Sockets.UnixDomainSocketEndPoint',
  'System.Net.SystemNetworkCredential', 'System.Net.WebException', 'System.NotImplementedException',
  'System.NotSupportedException', 'System.NullReferenceException', 'System.Numerics.BigInteger', 'System.Object',
  'System.Object[]', 'System.OperatingSystem', 'System.OrdinalComparer', 'System.OrdinalIgnoreCaseComparer', 'System.OutOfMemoryException',
  'System.OverflowException', 'System.PlatformNotSupportedException', 'System.Random',
  'System.Random+ThreadSafeRandom', 'System.Reflection.MemberInfo', 'System.Reflection.TypeInfo',
  'System.Runtime.InteropServices.OSPlatform', 'System.RuntimeType', 'System.SByte',
  'System.Security.Cryptography.AsnEncodedData', 'System.Security.Cryptography.CryptographicException',
  'System.Security.Cryptography.Oid', 'System.Security.Cryptography.RandomNumberGenerator',
  'System.Security.Cryptography.RandomNumberGeneratorImplementation', 'System.Security.Cryptography.RNGCryptoServiceProvider',
  'System.Security.Cryptography.RSAOpenSsl',
  'System.Security.Cryptography.X509Certificates.PublicKey',
  'System.Security.Cryptography.X509Certificates.X500DistinguishedName',
  'System.Security.Cryptography.X509Certificates.X509Certificate',
  'System.Security.Cryptography.X509Certificates.X509Certificate2',
  'System.Security.Cryptography.X509Certificates.X509Extension',
  'System.Security.Cryptography.X509Certificates.X509Store', 'System.Security.SecureString', 'System.Single',
  'System.String', 'System.String[]', 'System.StringComparer', 'System.SystemException', 'System.Text.Encoding',
  'System.Text.RegularExpressions.Capture', 'System.Text.RegularExpressions.Group',
  'System.Text.RegularExpressions.GroupCollection', 'System.Text.RegularExpressions.Match',
  'System.Text.RegularExpressions.MatchCollection', 'System.Text.RegularExpressions.Regex',
  'System.Text.RegularExpressions.RegexParseException', 'System.Text.StringBuilder', 'System.Text.UTF8Encoding',
  'System.Text.UTF8Encoding+UTF8EncodingSealed', 'System.Threading.Tasks.TaskCanceledException',
  'System.TimeoutException', 'System.TimeSpan', 'System.TimeZoneInfo', 'System.TimeZoneNotFoundException',
  'System.Type', 'System.UInt16', 'System.UInt32', 'System.UInt64', 'System.UnauthorizedAccessException',
  'System.Uri', 'System.UriBuilder', 'System.UriFormatException', 'System.ValueType', 'System.Version', 'System.Void',
  'System.Web.HttpUtility', 'System.Web.HttpUtility+HttpQSCollection', 'System.Xml.NameTable',
  'System.Xml.Schema.XmlSchemaInfo', 'System.Xml.Schema.XmlSchemaSet', 'System.Xml.XmlAttribute',
  'System.Xml.XmlAttributeCollection', 'System.Xml.XmlCDataSection', 'System.Xml.XmlCharacterData',
  'System.Xml.XmlChildNodes', 'System.Xml.XmlComment', 'System.Xml.XmlDeclaration', 'System.Xml.XmlDocument',
  'System.Xml.XmlDocumentType', 'System.Xml.XmlElement', 'System.Xml.XmlElementList', 'System.Xml.XmlException',
  'System.Xml.XmlImplementation', 'System.Xml.XmlLinkedNode', 'System.Xml.XmlNode',
  'System.Xml.XmlProcessingInstruction', 'System.Xml.XmlText', 'System.Xml.XmlWhitespace',
  'System.Xml.XPath.XPathException', 'System.Xml.XPathNodeList',
  // The streams and hash algorithms (engine/streams.ts, engine/hash-algorithms.ts).
  'System.IO.MemoryStream', 'System.IO.FileStream', 'System.IO.StreamReader', 'System.IO.StreamWriter',
  'System.IO.ReadLinesIterator',
  ...['SHA1', 'SHA256', 'SHA384', 'SHA512', 'MD5'].flatMap((a) => [`System.Security.Cryptography.${a}+Implementation`, `System.Security.Cryptography.${a}CryptoServiceProvider`, `System.Security.Cryptography.HMAC${a}`]),
  ...['SHA1', 'SHA256', 'SHA384', 'SHA512'].map((a) => `System.Security.Cryptography.${a}Managed`),
  ...['SHA1', 'SHA256', 'SHA384', 'SHA512', 'MD5'].map((a) => `System.Security.Cryptography.${a}`),
  'System.Security.Cryptography.HashAlgorithm', 'System.BitConverter',
];

// A type found only through its assembly is not public: `[T]` does not find it (HttpUtility+HttpQSCollection).
const script = `
Import-Module Microsoft.PowerShell.Utility, Microsoft.PowerShell.ThreadJob
foreach ($n in @(${TYPES.map((t) => `'${t}'`).join(',')})) {
  $t = $n -as [type]; $public = [bool]$t
  if (-not $t) { foreach ($a in [AppDomain]::CurrentDomain.GetAssemblies()) { $t = $a.GetType($n); if ($t) { break } } }
  if (-not $t -or $t.FullName -ne $n) { throw "no type $n" }
  $bases = @(); $c = $t.BaseType; while ($c) { $bases += $c.FullName; $c = $c.BaseType }
  $hidden = @($bases | Where-Object { -not ($_ -as [type]) })
  if (-not $public) { $hidden = @($n) + $hidden }
  $interfaces = $t.GetInterfaces() | Where-Object { $_.IsPublic -and -not $_.IsGenericType } | ForEach-Object FullName | Sort-Object -Unique
  ,@($n, ($bases -join ','), ($interfaces -join ','), ($hidden -join ',')) | ConvertTo-Json -Compress
}`;

prepareOracle();
const run = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 });
if (run.status !== 0) throw new Error(run.stderr);
const rows = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
writeFileSync(
  join(root, 'src/engine/type-hierarchy-data.ts'),
  `// Recorded from pwsh 7.6.10 by scripts/record-type-hierarchy.mjs; do not edit. For each .NET type spo's
// values claim to be: [FullName, its base classes (most derived first, to System.Object), its public
// non-generic interfaces, the names among it and its bases that \`[T]\` does not find (not public)].
// A lazy module (scripts/build.mjs): only -is, a cast or a type literal that the main table lacks loads it.

export type TypeHierarchyRow = readonly [fullName: string, bases: string, interfaces: string, hidden: string];

export function typeHierarchyRows(): readonly TypeHierarchyRow[] {
  return ROWS;
}

const ROWS: readonly TypeHierarchyRow[] = [
${rows.map((r) => `  ${JSON.stringify(r)},`).join('\n')}
];
`,
);
