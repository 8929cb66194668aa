import { useEffect, useState } from 'react';

import { useSession } from '../auth/auth';

/** The commune's name from the console's directory (tokens carry codes only); the code until then. */
export function useCommuneName(code: string | undefined): string {
  const [name, setName] = useState<string | undefined>();
  useEffect(() => {
    if (!code) {
      return;
    }
    let active = true;
    void fetch(`/reference/communes/${encodeURIComponent(code)}`, {
      headers: { accept: 'application/json' },
    })
      .then((response) =>
        response.ok ? (response.json() as Promise<{ name: string }>) : undefined,
      )
      .then((commune) => {
        if (active && commune) {
          setName(commune.name);
        }
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [code]);
  return name ?? code ?? '';
}

/**
 * The commune a desk page shows: the signed-in officer's first, or the one chosen among
 * several; undefined for an account assigned to none.
 */
export function useOfficerCommune() {
  const { officer } = useSession();
  const communes = officer?.communes ?? [];
  const [commune, setCommune] = useState(communes[0]);
  const communeName = useCommuneName(commune);
  return { communes, commune, setCommune, communeName };
}
