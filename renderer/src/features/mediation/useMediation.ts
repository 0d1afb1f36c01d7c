import { useCallback, useState } from 'react';
import type { MediationDetail } from '../../../../shared/mediation/schemas';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';

/**
 * The mediation record and its notice line. An action answers with the whole
 * updated record, which replaces the loaded one; `reload` asks again (after a
 * print, whose answer is the file and not the record).
 */
export function useMediation(id: number) {
  const loaded = useLoad(useCallback(() => api.mediation.get({ id }), [id]));
  const [updated, setUpdated] = useState<MediationDetail>();
  const [notice, setNotice] = useState('');

  const done = useCallback((next: MediationDetail, message: string) => {
    setUpdated(next);
    setNotice(message);
  }, []);

  const { reload: load } = loaded;
  const reload = useCallback(
    async (message?: string) => {
      await load();
      setUpdated(undefined);
      if (message) setNotice(message);
    },
    [load],
  );

  return {
    m: updated ?? loaded.data,
    error: loaded.error,
    loading: loaded.loading,
    notice,
    clearNotice: () => setNotice(''),
    done,
    reload,
  };
}
