// Certificates for app-only sign-in: reading .pfx/.cer files, .NET-layout certificate stores, and the
// client-certificate option msal-node signs assertions with. Plain TypeScript (no engine or UI imports).
// The private key never leaves this folder except as msal's `privateKey` option.

export { LoadedCertificate } from './loaded-certificate.js';
export { CertificateError, THUMBPRINT_NOT_FOUND, type CertificateErrorReason } from './errors.js';
export { readCertificateFile, readCertificateBytes } from './pkcs12.js';
export { createSelfSignedCertificate, writePfx, type SelfSignedOptions, type PfxWriteOptions } from './pkcs12-writer.js';
export {
  addToStore,
  findCertificateByThumbprint,
  listStore,
  locationRoot,
  normalizeThumbprint,
  storeDirectory,
  storeNames,
  type StoreEntry,
  type StoreEnvironment,
  type StoreLocation,
} from './stores.js';
export { assertCanSign, msalClientCertificate, type MsalClientCertificate } from './msal-credentials.js';
