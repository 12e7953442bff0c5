// Oracle-only stub of Microsoft.Online.SharePoint.PowerShell 16.0.27709.12000 (DESIGN.md's metadata).
// Compiled by scripts/conformance-record.mjs inside pwsh; it binds exactly as the real module and signs in nowhere.
using System;
using System.Management.Automation;
using System.Security;
using System.Security.Cryptography.X509Certificates;

namespace Microsoft.Online.SharePoint.PowerShell
{
    public enum AADCrossTenantAuthenticationLocation { Default, ITAR, Germany, China, Delos, France }

    public enum ManagedIdentityType { SystemAssigned, UserAssigned }

    public sealed class UrlCmdletPipeBind
    {
        private readonly string _url;
        public UrlCmdletPipeBind(string url) { _url = url; }
        public UrlCmdletPipeBind(Uri uri) { _url = uri == null ? null : uri.ToString(); }
        public string Url { get { return _url; } }
    }

    public sealed class CredentialCmdletPipeBind
    {
        private readonly PSCredential _credential;
        private readonly string _userName;
        public CredentialCmdletPipeBind(PSCredential credential) { _credential = credential; }
        public CredentialCmdletPipeBind(string userName) { _userName = userName; }
        public PSCredential Credential { get { return _credential; } }
        public string UserName { get { return _credential != null ? _credential.UserName : _userName; } }
    }

    [Cmdlet(VerbsCommunications.Connect, "SPOService", DefaultParameterSetName = "AuthenticationLocation")]
    public sealed class ConnectSPOService : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = "AuthenticationLocation")]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = "AuthenticationUrl")]
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = "AuthenticationCertificate")]
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = "AuthenticationManagedIdentity")]
        public UrlCmdletPipeBind Url { get; set; }

        [Parameter(Position = 1, ValueFromPipeline = true, ParameterSetName = "AuthenticationLocation")]
        [Parameter(Position = 1, ValueFromPipeline = true, ParameterSetName = "AuthenticationUrl")]
        [Credential]
        public CredentialCmdletPipeBind Credential { get; set; }

        [Parameter(Position = 2, ParameterSetName = "AuthenticationLocation")]
        [Parameter(Position = 2, ParameterSetName = "AuthenticationUrl")]
        [Parameter(Position = 1, ParameterSetName = "AuthenticationCertificate")]
        [Parameter(ParameterSetName = "AuthenticationManagedIdentity")]
        public string ClientTag { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = "AuthenticationUrl")]
        [Parameter(ParameterSetName = "AuthenticationCertificate")]
        public string AuthenticationUrl { get; set; }

        [Parameter(ParameterSetName = "AuthenticationLocation")]
        [Parameter(ParameterSetName = "AuthenticationCertificate")]
        public AADCrossTenantAuthenticationLocation Region { get; set; }

        [Parameter(Position = 3, ParameterSetName = "AuthenticationLocation")]
        [Parameter(Position = 3, ParameterSetName = "AuthenticationUrl")]
        public bool ModernAuth { get; set; }

        [Parameter(Position = 4, ParameterSetName = "AuthenticationLocation")]
        [Parameter(Position = 4, ParameterSetName = "AuthenticationUrl")]
        public bool UseSystemBrowser { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = "AuthenticationCertificate")]
        [Alias("ApplicationId")]
        public string ClientId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = "AuthenticationCertificate")]
        public string TenantId { get; set; }

        [Parameter(ParameterSetName = "AuthenticationCertificate")]
        public X509Certificate2 Certificate { get; set; }

        [Parameter(ParameterSetName = "AuthenticationCertificate")]
        public string CertificatePath { get; set; }

        [Parameter(ParameterSetName = "AuthenticationCertificate")]
        public string CertificateThumbprint { get; set; }

        [Parameter(ParameterSetName = "AuthenticationCertificate")]
        public SecureString CertificatePassword { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = "AuthenticationManagedIdentity")]
        public SwitchParameter ManagedIdentity { get; set; }

        [Parameter(ParameterSetName = "AuthenticationManagedIdentity")]
        public ManagedIdentityType ManagedIdentityType { get; set; }

        [Parameter(ParameterSetName = "AuthenticationManagedIdentity")]
        public string ManagedIdentityClientId { get; set; }

        protected override void ProcessRecord() { }
    }

    [Cmdlet(VerbsCommunications.Disconnect, "SPOService")]
    public sealed class DisconnectSPOService : PSCmdlet
    {
        protected override void ProcessRecord() { }
    }
}
