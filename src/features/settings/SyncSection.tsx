import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncPlan } from '../../db/live';
import { serverUrlOf, tokenOf } from '../../domain/syncConfig';
import { connectSync, disconnectSync } from '../../app/writes';
import { useSyncState } from '../../state/sync';
import { FieldError } from '../../ui/FieldError';

/**
 * "Team-sync": connects this plan to a sync server with a token, and says how the connection
 * is. The full sharing screens (inviting, read-only links) come later; this is the engine's
 * switch.
 */
export function SyncSection({ planId, headingId }: { planId: string; headingId: string }) {
  const { t } = useTranslation('sync');
  const config = useSyncPlan(planId);
  const live = useSyncState((s) => s.plans[planId]);
  const [server, setServer] = useState('');
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<{ server?: string; token?: string }>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const serverUrl = serverUrlOf(server);
    const checkedToken = tokenOf(token);
    const next = {
      ...(serverUrl === null ? { server: t('problems.server') } : {}),
      ...(checkedToken === null ? { token: t('problems.token') } : {}),
    };
    setErrors(next);
    if (serverUrl === null || checkedToken === null) return;
    const result = await connectSync({ planId, serverUrl, token: checkedToken });
    if (result.ok) {
      setServer('');
      setToken('');
    }
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('heading')}</h3>
      <p className="settings-intro">{t('intro')}</p>
      <p>{t('planId', { id: planId })}</p>
      {config ? (
        <>
          <p role="status">
            {t(`status.${live?.status ?? 'connecting'}`, { server: config.serverUrl })}
          </p>
          {(live?.pending ?? 0) > 0 && <p>{t('pending', { count: live?.pending ?? 0 })}</p>}
          {(live?.rejected.length ?? 0) > 0 && (
            <p>{t('rejected', { count: live?.rejected.length ?? 0 })}</p>
          )}
          <button type="button" onClick={() => void disconnectSync(planId)}>
            {t('disconnect')}
          </button>
        </>
      ) : (
        <form className="settings-row" onSubmit={(e) => void submit(e)} noValidate>
          <div className="field settings-field">
            <label htmlFor="sync-server">{t('server')}</label>
            <input
              id="sync-server"
              type="text"
              inputMode="url"
              autoComplete="off"
              placeholder={t('serverHint')}
              value={server}
              aria-invalid={errors.server ? true : undefined}
              aria-describedby={errors.server ? 'sync-server-error' : undefined}
              onChange={(e) => setServer(e.target.value)}
            />
            <FieldError id="sync-server-error" message={errors.server ?? null} />
          </div>
          <div className="field settings-field">
            <label htmlFor="sync-token">{t('token')}</label>
            <input
              id="sync-token"
              type="password"
              autoComplete="off"
              value={token}
              aria-invalid={errors.token ? true : undefined}
              aria-describedby={errors.token ? 'sync-token-error' : undefined}
              onChange={(e) => setToken(e.target.value)}
            />
            <FieldError id="sync-token-error" message={errors.token ?? null} />
          </div>
          <button type="submit" className="primary settings-row-button">
            {t('connect')}
          </button>
        </form>
      )}
    </section>
  );
}
