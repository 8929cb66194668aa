import { useEffect, useState } from 'react';

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
