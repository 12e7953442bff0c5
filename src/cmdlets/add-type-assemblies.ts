// The assemblies `Add-Type -AssemblyName` finds by name in pwsh 7.6.10 on Linux: the .NET 10 shared framework's
// and pwsh's own (the runtime's trusted platform assemblies), each with its version (a name that asks for a
// later Version is not found). Read from the files pwsh 7.6.10 ships with (AssemblyName.GetAssemblyName).
// One line of text per version, split when Add-Type first runs: a table of ~230 names costs nothing until then.

export const ASSEMBLY_VERSIONS: Readonly<Record<string, string>> = {
  '10.0.0.0':
    'Microsoft.CSharp Microsoft.Extensions.ObjectPool Microsoft.VisualBasic Microsoft.Win32.Primitives ' +
    'Microsoft.Win32.Registry Microsoft.Win32.Registry.AccessControl Microsoft.Win32.SystemEvents System.AppContext ' +
    'System.Buffers System.CodeDom System.Collections System.Collections.Concurrent System.Collections.Immutable ' +
    'System.Collections.NonGeneric System.Collections.Specialized System.ComponentModel ' +
    'System.ComponentModel.Annotations System.ComponentModel.EventBasedAsync System.ComponentModel.Primitives ' +
    'System.ComponentModel.TypeConverter System.Configuration.ConfigurationManager System.Console ' +
    'System.Data.Common System.Data.DataSetExtensions System.Diagnostics.Contracts System.Diagnostics.Debug ' +
    'System.Diagnostics.DiagnosticSource System.Diagnostics.EventLog System.Diagnostics.FileVersionInfo ' +
    'System.Diagnostics.PerformanceCounter System.Diagnostics.Process System.Diagnostics.StackTrace ' +
    'System.Diagnostics.TextWriterTraceListener System.Diagnostics.Tools System.Diagnostics.TraceSource ' +
    'System.Diagnostics.Tracing System.DirectoryServices System.Drawing.Common System.Drawing.Primitives ' +
    'System.Dynamic.Runtime System.Formats.Asn1 System.Formats.Tar System.Globalization ' +
    'System.Globalization.Calendars System.Globalization.Extensions System.IO System.IO.Compression ' +
    'System.IO.Compression.Brotli System.IO.Compression.ZipFile System.IO.FileSystem ' +
    'System.IO.FileSystem.AccessControl System.IO.FileSystem.DriveInfo System.IO.FileSystem.Primitives ' +
    'System.IO.FileSystem.Watcher System.IO.IsolatedStorage System.IO.MemoryMappedFiles System.IO.Packaging ' +
    'System.IO.Pipelines System.IO.Pipes System.IO.Pipes.AccessControl System.IO.UnmanagedMemoryStream System.Linq ' +
    'System.Linq.AsyncEnumerable System.Linq.Expressions System.Linq.Parallel System.Linq.Queryable System.Memory ' +
    'System.Net.Http System.Net.Http.Json System.Net.HttpListener System.Net.Mail System.Net.NameResolution ' +
    'System.Net.NetworkInformation System.Net.Ping System.Net.Primitives System.Net.Quic System.Net.Requests ' +
    'System.Net.Security System.Net.ServerSentEvents System.Net.ServicePoint System.Net.Sockets ' +
    'System.Net.WebClient System.Net.WebHeaderCollection System.Net.WebProxy System.Net.WebSockets ' +
    'System.Net.WebSockets.Client System.Numerics.Vectors System.ObjectModel System.Private.CoreLib ' +
    'System.Private.DataContractSerialization System.Private.Uri System.Private.Windows.Core ' +
    'System.Private.Windows.GdiPlus System.Private.Xml System.Private.Xml.Linq System.Reflection ' +
    'System.Reflection.DispatchProxy System.Reflection.Emit System.Reflection.Emit.ILGeneration ' +
    'System.Reflection.Emit.Lightweight System.Reflection.Extensions System.Reflection.Metadata ' +
    'System.Reflection.Primitives System.Reflection.TypeExtensions System.Resources.Reader ' +
    'System.Resources.ResourceManager System.Resources.Writer System.Runtime System.Runtime.CompilerServices.Unsafe ' +
    'System.Runtime.CompilerServices.VisualC System.Runtime.Extensions System.Runtime.Handles ' +
    'System.Runtime.InteropServices System.Runtime.InteropServices.JavaScript ' +
    'System.Runtime.InteropServices.RuntimeInformation System.Runtime.Intrinsics System.Runtime.Loader ' +
    'System.Runtime.Numerics System.Runtime.Serialization.Json System.Runtime.Serialization.Primitives ' +
    'System.Runtime.Serialization.Xml System.Security.AccessControl System.Security.Claims ' +
    'System.Security.Cryptography System.Security.Cryptography.Algorithms System.Security.Cryptography.Cng ' +
    'System.Security.Cryptography.Csp System.Security.Cryptography.Encoding System.Security.Cryptography.OpenSsl ' +
    'System.Security.Cryptography.Pkcs System.Security.Cryptography.Primitives ' +
    'System.Security.Cryptography.ProtectedData System.Security.Cryptography.X509Certificates ' +
    'System.Security.Cryptography.Xml System.Security.Permissions System.Security.Principal ' +
    'System.Security.Principal.Windows System.Security.SecureString System.ServiceModel.Duplex ' +
    'System.ServiceModel.Http System.ServiceModel.NetFramingBase System.ServiceModel.NetTcp ' +
    'System.ServiceModel.Primitives System.ServiceModel.Security System.Text.Encoding ' +
    'System.Text.Encoding.CodePages System.Text.Encoding.Extensions System.Text.Encodings.Web System.Text.Json ' +
    'System.Text.RegularExpressions System.Threading System.Threading.AccessControl System.Threading.Channels ' +
    'System.Threading.Overlapped System.Threading.Tasks System.Threading.Tasks.Dataflow ' +
    'System.Threading.Tasks.Extensions System.Threading.Tasks.Parallel System.Threading.Thread ' +
    'System.Threading.ThreadPool System.Threading.Timer System.Transactions.Local System.ValueTuple ' +
    'System.Web.HttpUtility System.Windows.Extensions System.Xml.ReaderWriter System.Xml.XDocument ' +
    'System.Xml.XmlDocument System.Xml.XmlSerializer System.Xml.XPath System.Xml.XPath.XDocument ',
  '0.44.0.0':
    'Markdig.Signed ',
  '10.0.0.15':
    'Microsoft.Bcl.AsyncInterfaces System.ComponentModel.Composition System.ComponentModel.Composition.Registration ' +
    'System.Data.Odbc System.Data.OleDb System.DirectoryServices.AccountManagement ' +
    'System.DirectoryServices.Protocols System.IO.Ports System.Management System.Net.Http.WinHttpHandler ' +
    'System.Reflection.Context System.Runtime.Caching System.ServiceModel.Syndication ' +
    'System.ServiceProcess.ServiceController System.Speech ',
  '13.0.0.0':
    'Newtonsoft.Json ',
  '15.0.0.0':
    'Microsoft.VisualBasic.Core ',
  '2.0.0.0':
    'Json.More ',
  '2.1.0.0':
    'netstandard ',
  '2.14.0.0':
    'Humanizer ',
  '2.23.0.29':
    'Microsoft.ApplicationInsights ',
  '4.0.0.0':
    'mscorlib System System.ComponentModel.DataAnnotations System.Configuration System.Core System.Data ' +
    'System.Drawing System.IO.Compression.FileSystem System.Net System.Numerics System.Runtime.Serialization ' +
    'System.Security System.ServiceModel System.ServiceModel.Web System.ServiceProcess System.Transactions ' +
    'System.Web System.Windows System.Xml System.Xml.Linq System.Xml.Serialization WindowsBase ',
  '4.6.1.6':
    'System.Data.SqlClient ',
  '5.0.0.0':
    'JsonPointer.Net Microsoft.CodeAnalysis Microsoft.CodeAnalysis.CSharp ',
  '7.0.0.0':
    'JsonSchema.Net ',
  '7.2.1.0':
    'Microsoft.PowerShell.MarkdownRender ',
  '7.6.0.500':
    'Microsoft.PowerShell.Commands.Management Microsoft.PowerShell.Commands.Utility ' +
    'Microsoft.PowerShell.ConsoleHost Microsoft.PowerShell.GlobalTool.Shim Microsoft.PowerShell.SDK ' +
    'Microsoft.PowerShell.Security pwsh System.Management.Automation ',
  '8.1.0.0':
    'System.Runtime.Serialization.Formatters ',
  '8.1.2.0':
    'System.Web.Services.Description ',
};
