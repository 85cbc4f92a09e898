// OIDC login when the server's security is on: authorization code with PKCE against the
// realm's public client (oidc-client-ts), the access token on every API call and stream.
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

/**
 * Logs the user in (redirecting to the identity provider when there is no valid session)
 * and resolves to { token(), name, logout() }; resolves to null while the browser is being
 * redirected. The hash route the user asked for survives the round trip in the state.
 */
export async function login(oidc) {
  const redirectUri = `${location.origin}${location.pathname}`;
  const users = new UserManager({
    authority: oidc.issuer,
    client_id: oidc.clientId,
    redirect_uri: redirectUri,
    post_logout_redirect_uri: redirectUri,
    response_type: 'code',
    scope: oidc.scopes,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
  });
  const query = new URLSearchParams(location.search);
  let user;
  if (query.has('code') && query.has('state')) {
    user = await users.signinRedirectCallback();
    history.replaceState(null, '', `${location.pathname}${user.state ?? '#/'}`);
  }
  else {
    user = await users.getUser();
  }
  if (!user || user.expired) {
    await users.signinRedirect({ state: location.hash || '#/' });
    return null;
  }
  const current = { user };
  users.events.addUserLoaded((loaded) => { current.user = loaded; });
  return {
    token: () => current.user.access_token,
    name: user.profile.preferred_username ?? user.profile.name ?? user.profile.sub,
    relogin: () => users.signinRedirect({ state: location.hash || '#/' }),
    logout: () => users.signoutRedirect(),
  };
}
