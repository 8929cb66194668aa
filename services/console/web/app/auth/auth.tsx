import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { createContext, ReactNode, useCallback, useEffect, useMemo, useState } from 'react';

import { useProvided } from '../use-provided';
import { Officer, officerOf } from './claims';

export const CALLBACK_PATH = '/dang-nhap/callback';

export interface SignInConfiguration {
  issuer: string;
  clientId: string;
}

/**
 * Authorization Code with PKCE (S256) against the realm's public `console` client. Tokens
 * live in this tab's session storage; the access token (5 minutes) is renewed with the
 * refresh token before it expires; sign-out ends the provider's session too.
 */
export function createUserManager(configuration: SignInConfiguration): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: configuration.issuer,
    client_id: configuration.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    monitorSession: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

interface SignInState {
  returnTo: string;
}

export interface Session {
  /** False while the stored session is being read. */
  ready: boolean;
  /** On the way to the provider's sign-out: pages must not ask for a new sign-in meanwhile. */
  signingOut: boolean;
  officer?: Officer;
  accessToken?: string;
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** The provider's answer on the callback page; resolves to where the user was going. */
  completeSignIn: () => Promise<string>;
  /** A service refused the token (expired, revoked): sign in again and come back here. */
  sessionExpired: () => Promise<void>;
}

const AuthContext = createContext<Session | undefined>(undefined);

const usable = (user: User | null): User | undefined => (user && !user.expired ? user : undefined);

export function AuthProvider({ manager, children }: { manager: UserManager; children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [user, setUser] = useState<User | undefined>();
  const [signingOut, setSigningOut] = useState(false);

  useEffect(() => {
    let active = true;
    void manager.getUser().then((stored) => {
      if (active) {
        setUser(usable(stored));
        setReady(true);
      }
    });
    const loaded = (next: User) => setUser(usable(next));
    const unloaded = () => setUser(undefined);
    manager.events.addUserLoaded(loaded);
    manager.events.addUserUnloaded(unloaded);
    manager.events.addAccessTokenExpired(unloaded);
    return () => {
      active = false;
      manager.events.removeUserLoaded(loaded);
      manager.events.removeUserUnloaded(unloaded);
      manager.events.removeAccessTokenExpired(unloaded);
    };
  }, [manager]);

  const signIn = useCallback(
    (returnTo = `${window.location.pathname}${window.location.search}`) =>
      manager.signinRedirect({ state: { returnTo } satisfies SignInState }),
    [manager],
  );
  const signOut = useCallback(async () => {
    setSigningOut(true);
    const current = await manager.getUser();
    await manager.signoutRedirect(current?.id_token ? { id_token_hint: current.id_token } : {});
  }, [manager]);
  const completeSignIn = useCallback(async () => {
    const signedIn = await manager.signinRedirectCallback();
    const state = signedIn.state as Partial<SignInState> | undefined;
    const returnTo = state?.returnTo ?? '/';
    // Only a path of this app: never an address another site slipped into the state.
    return returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
  }, [manager]);
  const sessionExpired = useCallback(async () => {
    await manager.removeUser();
    await signIn();
  }, [manager, signIn]);

  const session = useMemo<Session>(
    () => ({
      ready,
      signingOut,
      ...(user ? { officer: officerOf(user.access_token), accessToken: user.access_token } : {}),
      signIn,
      signOut,
      completeSignIn,
      sessionExpired,
    }),
    [ready, signingOut, user, signIn, signOut, completeSignIn, sessionExpired],
  );
  return <AuthContext.Provider value={session}>{children}</AuthContext.Provider>;
}

export function useSession(): Session {
  return useProvided(AuthContext, 'useSession outside AuthProvider');
}
