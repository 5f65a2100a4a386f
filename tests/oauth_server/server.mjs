// A real OAuth2 authorization server for watcher's sign-in tests: oidc-provider with its
// development login pages (any user name, any password), the device authorization grant,
// the authorization code grant with PKCE, rotating refresh tokens, revocation and
// introspection. Settings come from the environment:
//   PORT          the loopback port to listen on
//   ACCESS_TTL    seconds an access token lives (a few, so tests see tokens expire)
//   DEVICE_CLIENT the public client watcher signs in with by the device flow
//   DESKTOP_CLIENT, DESKTOP_SECRET   the installed app watcher signs in with by the browser
//                 flow (confidential, as Google's Desktop clients are)
//   RS_ID, RS_SECRET   the confidential client the mail servers introspect tokens with
//   TLS_PORT, TLS_CERT, TLS_KEY   also serve https on this loopback port, in the shape of
//                 Microsoft's sign-in service: every endpoint under /{tenant}/v2.0, so its
//                 discovery document is at /{tenant}/v2.0/.well-known/openid-configuration
//                 (what MSAL asks for). The sign-in pages answer there without the prefix too.
import fs from 'node:fs';
import https from 'node:https';
import Provider from 'oidc-provider';

const port = Number(process.env.PORT);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.DEVICE_CLIENT,
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
      response_types: [],
      redirect_uris: [],
    },
    {
      client_id: process.env.DESKTOP_CLIENT,
      client_secret: process.env.DESKTOP_SECRET,
      application_type: 'native',
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: ['http://127.0.0.1/'],
    },
    {
      client_id: process.env.RS_ID,
      client_secret: process.env.RS_SECRET,
      grant_types: [],
      response_types: [],
      redirect_uris: [],
    },
  ],
  scopes: ['openid', 'offline_access', 'profile', 'mail'],
  features: {
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true },
    introspection: {
      enabled: true,
      // Only the resource server (the mail servers) may ask about anyone's token.
      allowedPolicy: async (ctx, client) => client.clientId === process.env.RS_ID,
    },
    revocation: { enabled: true },
  },
  ttl: {
    AccessToken: Number(process.env.ACCESS_TTL || 5),
    DeviceCode: 600,
    Grant: 86400,
    Interaction: 600,
    Session: 86400,
    RefreshToken: 86400,
  },
  cookies: { keys: ['watcher-tests-only-cookie-key'] },
  // Every refresh answers with a new refresh token and retires the old one, as Microsoft does.
  rotateRefreshToken: true,
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
  // Introspection answers with the user name the mail servers check the login against.
  extraTokenClaims: async (ctx, token) => (token.accountId ? { username: token.accountId } : undefined),
});
provider.proxy = false;

provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening ${issuer}\n`);
});

if (process.env.TLS_PORT) {
  const callback = provider.callback();
  const tls = { cert: fs.readFileSync(process.env.TLS_CERT), key: fs.readFileSync(process.env.TLS_KEY) };
  https.createServer(tls, (req, res) => {
    // Mounted as oidc-provider documents for Connect: the prefix moves to originalUrl, and the
    // endpoints it advertises keep it.
    const prefix = /^\/[^/]+\/v2\.0(?=\/)/.exec(req.url);
    if (prefix) {
      req.originalUrl = req.url;
      req.url = req.url.slice(prefix[0].length);
    }
    callback(req, res);
  }).listen(Number(process.env.TLS_PORT), '127.0.0.1', () => {
    process.stdout.write(`listening https://127.0.0.1:${process.env.TLS_PORT}\n`);
  });
}
