import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failureFromBody, failureFromMsalError, identityErrorSpec, type MessageContext } from '../src/auth/messages.js';

const m: MessageContext = {
  url: 'https://contoso-admin.sharepoint.com',
  clientId: '9bc3ab49-b65d-410a-85ad-de819febfddc',
  clientIdSource: 'default',
  settingsPath: '/home/u/.config/spo-shell/config.json',
  cloudName: 'Default',
  usedCredential: true,
};

function body(code: number, error = 'invalid_grant', extra: Record<string, unknown> = {}) {
  return {
    error,
    error_description: `AADSTS${code}: Something. Trace ID: t-1 Correlation ID: c-1 Timestamp: 2026-11-26 14:43:39Z`,
    error_codes: [code],
    timestamp: '2026-11-26 14:43:39Z',
    trace_id: 't-1',
    correlation_id: 'c-1',
    ...extra,
  };
}

const DETAIL = (code: number) => `\nAADSTS${code} | Correlation ID: c-1 | Timestamp: 2026-11-26 14:43:39Z`;

test('every AADSTS code of the issue has its own sentence, next step and detail line', () => {
  const expected: Array<[number, string, RegExp]> = [
    [50126, 'InvalidUserNameOrPassword', /^The user name or password is incorrect\. Check both and try again\.$/],
    [50076, 'MultiFactorAuthenticationRequired', /multi-factor authentication.*Run Connect-SPOService -Url https:\/\/contoso-admin\.sharepoint\.com without -Credential/],
    [50079, 'MultiFactorRegistrationRequired', /register for multi-factor authentication.*without -Credential/],
    [50034, 'UserNotFound', /does not exist in this directory.*-Region/],
    [50053, 'AccountLocked', /locked/],
    [50055, 'PasswordExpired', /password has expired.*without -Credential/],
    [53003, 'BlockedByConditionalAccess', /Conditional Access/],
    [65001, 'ConsentRequired', /9bc3ab49-b65d-410a-85ad-de819febfddc has not been given consent.*SPO_CLIENT_ID or with "clientId" in \/home\/u\/\.config\/spo-shell\/config\.json/],
    [700016, 'ApplicationNotFound', /was not found in this tenant\. To use your own app, set the id .* SPO_CLIENT_ID/],
    [7000218, 'PublicClientFlowsDisabled', /"Allow public client flows".*clientId/],
    [90002, 'TenantNotFound', /tenant was not found in the Default cloud.*-Region/],
    [500011, 'ResourceNotFound', /does not know contoso-admin\.sharepoint\.com.*-Region/],
    [700082, 'SignInExpired', /expired\. Run Connect-SPOService again/],
    [70020, 'DeviceCodeExpired', /code expired before the sign-in was completed/],
  ];
  for (const [code, id, sentence] of expected) {
    const spec = identityErrorSpec(failureFromBody(body(code))!, m);
    assert.equal(spec.errorId, id, `errorId for ${code}`);
    const [first, ...rest] = spec.message.split('\n');
    assert.match(first!, sentence, `sentence for ${code}`);
    assert.equal('\n' + rest.join('\n'), DETAIL(code), `detail for ${code}`);
  }
});

test('declined and expired device codes, with or without an AADSTS number', () => {
  const declined = identityErrorSpec({ error: 'authorization_declined' }, m);
  assert.equal(declined.message, 'The sign-in was declined on the sign-in page. Run Connect-SPOService again if that was a mistake.\nauthorization_declined');
  assert.equal(declined.errorId, 'SignInDeclined');
  const expired = identityErrorSpec({ error: 'device_code_expired' }, { ...m, deviceCodeMinutes: 15 });
  assert.match(expired.message, /enter the new code within 15 minutes\./);
  assert.equal(identityErrorSpec({ error: 'expired_token' }, m).errorId, 'DeviceCodeExpired');
});

test('client id source is named when the id came from the environment', () => {
  const spec = identityErrorSpec({ code: 700016 }, { ...m, clientId: '11111111-2222-3333-4444-555555555555', clientIdSource: 'environment' });
  assert.match(spec.message, /^The application 11111111-2222-3333-4444-555555555555 \(from SPO_CLIENT_ID\) was not found/);
  assert.equal(spec.message.split('\n')[1], 'AADSTS700016');
});

test('an unmapped code keeps the platform first sentence', () => {
  const spec = identityErrorSpec(failureFromBody({ error: 'invalid_request', error_description: 'AADSTS90014: The required field is missing.\r\nTrace ID: x', error_codes: [90014], correlation_id: 'c-9' })!, m);
  assert.equal(spec.message, 'Sign-in failed: The required field is missing.\nAADSTS90014 | Correlation ID: c-9');
  assert.equal(spec.errorId, 'AADSTS90014');
});

test('msal errors without a kept body still give code, correlation id and timestamp', () => {
  const f = failureFromMsalError({
    errorCode: 'invalid_grant',
    errorNo: 50126,
    errorMessage: 'Error(s): 50126 - Timestamp: 2026-11-26 14:43:39Z - Description: AADSTS50126: Bad. - Correlation ID: c-7 - Trace ID: t-7',
    correlationId: 'c-7',
  } as never);
  assert.equal(f.code, 50126);
  assert.equal(f.correlationId, 'c-7');
  assert.equal(f.timestamp, '2026-11-26 14:43:39Z');
});

test('app-only: 700027 is a certificate signature the app cannot validate, 900382 a certificate sign-in across clouds', () => {
  const app = { ...m, appOnly: { tenantId: 'contoso.onmicrosoft.com' }, usedCredential: false };
  const cert = identityErrorSpec(failureFromBody(body(700027, 'invalid_client'))!, app);
  assert.equal(
    cert.message,
    `The identity platform could not validate the certificate's signature for the application 9bc3ab49-b65d-410a-85ad-de819febfddc: usually the certificate is not one of those registered for the app. Upload its public part (.cer) to the app registration, or use the certificate that is registered.${DETAIL(700027)}`,
  );
  const crossCloud = identityErrorSpec(failureFromBody(body(900382, 'invalid_request'))!, app);
  assert.match(crossCloud.message, /^The tenant is in a different cloud than Default, and an app that signs in with a certificate cannot sign in across clouds\. Use -Region \(or -AuthenticationUrl\) for your tenant's cloud, for example -Region ITAR for GCC High\.\n/);
  assert.equal(crossCloud.errorId, 'CrossCloudRequest');
});
