import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseAuthority, ConnectArgumentError, parseSiteUrl, scopeFor } from '../src/auth/clouds.js';

function argError(fn: () => unknown): ConnectArgumentError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ConnectArgumentError, `expected ConnectArgumentError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected an error');
}

test('each -Region maps to its sign-in host with /organizations', () => {
  const cases: Array<[string, string, string]> = [
    ['https://contoso-admin.sharepoint.com', 'Default', 'https://login.microsoftonline.com/organizations'],
    ['https://contoso-admin.sharepoint.us', 'ITAR', 'https://login.microsoftonline.us/organizations'],
    ['https://contoso-admin.sharepoint-mil.us', 'ITAR', 'https://login.microsoftonline.us/organizations'],
    ['https://contoso-admin.sharepoint.de', 'Germany', 'https://login.microsoftonline.de/organizations'],
    ['https://contoso-admin.sharepoint.cn', 'China', 'https://login.partner.microsoftonline.cn/organizations'],
  ];
  for (const [url, region, authority] of cases) {
    const site = parseSiteUrl(url);
    const explicit = chooseAuthority(site, region);
    assert.equal(explicit.authority, authority);
    assert.equal(explicit.cloudName, region);
    assert.deepEqual(explicit.knownAuthorities, []);
    assert.match(explicit.reason, /as given by -Region/);
    const inferred = chooseAuthority(site, undefined);
    assert.equal(inferred.authority, authority);
    assert.match(inferred.reason, /inferred from the Url's suffix .* because -Region was not given/);
  }
});

test('a -Region that contradicts the Url is refused with both clouds named', () => {
  const e = argError(() => chooseAuthority(parseSiteUrl('https://contoso-admin.sharepoint.us'), 'Default'));
  assert.equal(e.errorId, 'RegionDoesNotMatchUrl');
  assert.equal(
    e.message,
    '-Region Default does not match the Url https://contoso-admin.sharepoint.us: .sharepoint.us sites belong to the ITAR cloud (the US Government cloud for GCC High and DoD). Use -Region ITAR, or leave -Region out to let the Url decide.',
  );
  assert.match(argError(() => chooseAuthority(parseSiteUrl('https://contoso-admin.sharepoint.com'), 'China')).message, /Use -Region Default/);
});

test('-AuthenticationUrl: https custom authority is trusted and discovered, http refused', () => {
  const site = parseSiteUrl('https://contoso-admin.sharepoint.com');
  const custom = chooseAuthority(site, undefined, 'https://login.contoso-idp.example/contoso.onmicrosoft.com/');
  assert.equal(custom.authority, 'https://login.contoso-idp.example/contoso.onmicrosoft.com');
  assert.equal(custom.cloudName, 'Custom');
  assert.deepEqual(custom.knownAuthorities, ['login.contoso-idp.example']);
  assert.equal(chooseAuthority(site, undefined, 'https://login.microsoftonline.com').authority, 'https://login.microsoftonline.com/organizations');
  assert.equal(chooseAuthority(site, undefined, 'https://login.microsoftonline.com/organizations').cloudName, 'Default');

  const http = argError(() => chooseAuthority(site, undefined, 'http://login.microsoftonline.com/organizations'));
  assert.equal(http.errorId, 'InsecureAuthenticationUrl');
  assert.equal(
    http.message,
    "-AuthenticationUrl must use https: 'http://login.microsoftonline.com/organizations' would send your sign-in over an unencrypted connection, so nothing was sent. Use https://login.microsoftonline.com/organizations.",
  );
  assert.equal(argError(() => chooseAuthority(site, undefined, 'not a url')).errorId, 'InvalidAuthenticationUrl');
  assert.equal(
    argError(() => chooseAuthority(site, undefined, 'https://login.microsoftonline.us/organizations')).errorId,
    'AuthenticationUrlDoesNotMatchUrl',
  );
});

test('Url validation gives one clear sentence for each kind of garbage', () => {
  assert.equal(
    argError(() => parseSiteUrl('contoso-admin.sharepoint.com')).message,
    "'contoso-admin.sharepoint.com' is not an absolute URL. Did you mean https://contoso-admin.sharepoint.com? Give the SharePoint admin site, for example https://contoso-admin.sharepoint.com.",
  );
  assert.equal(
    argError(() => parseSiteUrl('http://contoso-admin.sharepoint.com/')).message,
    "The Url 'http://contoso-admin.sharepoint.com/' must start with https:// because SharePoint Online only accepts https. Use https://contoso-admin.sharepoint.com instead.",
  );
  assert.equal(argError(() => parseSiteUrl('')).errorId, 'InvalidUrl');
  assert.equal(argError(() => parseSiteUrl('%%%')).errorId, 'InvalidUrl');
  assert.equal(
    argError(() => parseSiteUrl('https://www.example.com')).message,
    "'www.example.com' is not a SharePoint Online host name (*.sharepoint.com, *.sharepoint.us, *.sharepoint-mil.us, *.sharepoint.de, *.sharepoint.cn, *.sovcloud-sharepoint.de or *.sovcloud-sharepoint.fr). Give the SharePoint admin site, for example https://contoso-admin.sharepoint.com.",
  );
  const withPassword = argError(() => parseSiteUrl('https://admin:hunter2@contoso-admin.sharepoint.com'));
  assert.doesNotMatch(withPassword.message, /hunter2/);
});

test('site facts: origin, scope and the derived admin URL', () => {
  const admin = parseSiteUrl(' https://Contoso-Admin.SharePoint.com/ ');
  assert.equal(admin.url, 'https://contoso-admin.sharepoint.com');
  assert.equal(admin.isAdminHost, true);
  assert.equal(scopeFor(admin), 'https://contoso-admin.sharepoint.com/.default');
  const root = parseSiteUrl('https://contoso.sharepoint.com/sites/team');
  assert.equal(root.adminUrl, 'https://contoso-admin.sharepoint.com');
  assert.equal(root.isAdminHost, false);
  assert.equal(root.origin, 'https://contoso.sharepoint.com');
  assert.equal(root.path, '/sites/team');
  assert.equal(admin.path, '');
  assert.equal(scopeFor(parseSiteUrl('https://contoso-admin.sharepoint.com/sites/foo/')), 'https://contoso-admin.sharepoint.com/.default');
  assert.equal(parseSiteUrl('https://contoso-my.sharepoint.us').adminUrl, 'https://contoso-admin.sharepoint.us');
});
