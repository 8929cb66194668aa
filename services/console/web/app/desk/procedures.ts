import { useEffect, useState } from 'react';

import { callApi } from '../api/api-client';

export interface Procedure {
  key: string;
  name: string;
  processingWorkingDays: number;
  civilStatusOutcome: 'none' | 'birth' | 'marriage' | 'death';
}

/** The commune's posted catalogue (public: the same list the board shows citizens). */
export function useProcedures(communeCode: string | undefined): Procedure[] {
  const [procedures, setProcedures] = useState<Procedure[]>([]);
  useEffect(() => {
    if (!communeCode) {
      return;
    }
    let active = true;
    void callApi<Procedure[]>('intake', `/v1/procedures?communeCode=${communeCode}`).then(
      (result) => {
        if (active && result.ok) {
          setProcedures(result.body);
        }
      },
    );
    return () => {
      active = false;
    };
  }, [communeCode]);
  return procedures;
}
