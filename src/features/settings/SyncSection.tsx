import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncPlan } from '../../db/live';
import type { SyncPlan } from '../../db/outbox';
import { serverUrlOf } from '../../domain/syncConfig';
import {
  inviteLinksOf,
  serverLabelOf,
  type ShareProblem,
  type TokenKind,
} from '../../domain/syncShare';
import { usePlanReadOnly } from '../../app/usePlanAccess';
import { connectSync, disconnectSync, replaceSyncToken } from '../../app/writes';
import { copyText } from '../../lib/clipboard';
import { rememberedServer, rememberServer } from '../../lib/rememberedServer';
import { useSyncState } from '../../state/sync';
import { registerPlanOn, replaceTokenOn } from '../../sync/shareApi';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FieldError } from '../../ui/FieldError';

/** The address the invite links open: this app, without its query or hash. */
const appUrl = () => `${window.location.origin}${window.location.pathname}`;

/**
 * "Samenwerken": shares this plan through a sync server and shows the invite links, or, once
 * shared, lets the links be copied, replaced, and the sharing stopped on this device.
 */
export function SyncSection({
  planId,
  planName,
  headingId,
}: {
  planId: string;
  planName: string;
  headingId: string;
}) {
  const { t } = useTranslation('sync');
  const config = useSyncPlan(planId);
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('heading')}</h3>
      <p className="settings-intro">{t('intro')}</p>
      {config === undefined ? null : config ? (
        <Shared config={config} planName={planName} />
      ) : (
        <ShareForm planId={planId} />
      )}
    </section>
  );
}

function ShareForm({ planId }: { planId: string }) {
  const { t } = useTranslation('sync');
  const [server, setServer] = useState(rememberedServer);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const serverUrl = serverUrlOf(server);
    setFieldError(serverUrl === null ? t('problems.server') : null);
    setProblem(null);
    if (serverUrl === null) return;
    setBusy(true);
    try {
      rememberServer(serverUrl);
      const answer = await registerPlanOn(serverUrl, planId);
      if (!answer.ok) {
        setProblem(problemText(t, answer.problem, serverUrl));
        return;
      }
      const { editToken, readToken } = answer.value;
      await connectSync({
        planId,
        serverUrl,
        token: editToken,
        editToken,
        readToken,
        access: 'edit',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="settings-row" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field settings-field">
        <label htmlFor="sync-server">{t('server')}</label>
        <input
          id="sync-server"
          type="text"
          inputMode="url"
          autoComplete="url"
          placeholder={t('serverHint')}
          value={server}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? 'sync-server-error' : undefined}
          onChange={(e) => setServer(e.target.value)}
        />
        <FieldError id="sync-server-error" message={fieldError} />
      </div>
      <button type="submit" className="primary settings-row-button" aria-disabled={busy}>
        {busy ? t('sharing') : t('share')}
      </button>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
    </form>
  );
}

function problemText(
  t: ReturnType<typeof useTranslation<'sync'>>['t'],
  problem: ShareProblem,
  serverUrl: string,
): string {
  return t(`problems.${problem}`, { server: serverLabelOf(serverUrl) });
}

function Shared({ config, planName }: { config: SyncPlan; planName: string }) {
  const { t } = useTranslation('sync');
  const live = useSyncState((s) => s.plans[config.planId]);
  const readOnly = usePlanReadOnly(config.planId);
  const [stopping, setStopping] = useState(false);
  const links = inviteLinksOf(appUrl(), config, planName);
  const rejected = live?.rejected ?? [];

  return (
    <>
      <p>{t('sharedVia', { server: serverLabelOf(config.serverUrl) })}</p>
      {readOnly && <p>{t('readOnly')}</p>}
      {config.editToken && (
        <>
          <InviteLink config={config} kind="edit" link={links.edit} />
          <InviteLink config={config} kind="read" link={links.read} />
        </>
      )}
      {rejected.length > 0 && (
        <details>
          <summary>{t('rejected', { count: rejected.length })}</summary>
          <ul>
            {rejected.map((r) => (
              <li key={`${r.table}:${r.id}`}>{t('rejectedRow', { table: r.table, id: r.id })}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={() => setStopping(true)}>
        {t('stop')}
      </button>
      {stopping && (
        <ConfirmDialog
          title={t('stopTitle')}
          confirmLabel={t('stop')}
          cancelLabel={t('cancel')}
          closeLabel={t('close')}
          className="settings-dialog"
          fallbackFocus={() => document.getElementById('sync-server')}
          onClose={() => setStopping(false)}
          onConfirm={async () => {
            await disconnectSync(config.planId);
            setStopping(false);
          }}
        >
          <p>{t('stopBody')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

function InviteLink({
  config,
  kind,
  link,
}: {
  config: SyncPlan;
  kind: TokenKind;
  link: string | null;
}) {
  const { t } = useTranslation('sync');
  const id = `sync-link-${kind}`;
  const [note, setNote] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [renewing, setRenewing] = useState(false);

  const copy = async () => {
    if (!link) return;
    setNote((await copyText(link)) ? t('copied') : t('copyFailed'));
  };

  const renew = async () => {
    const editToken = config.editToken;
    setRenewing(false);
    if (!editToken) return;
    setNote(null);
    setProblem(null);
    const answer = await replaceTokenOn(config.serverUrl, config.planId, editToken, kind);
    if (!answer.ok) {
      setProblem(problemText(t, answer.problem, config.serverUrl));
      return;
    }
    const stored = await replaceSyncToken(config.planId, kind, editToken, answer.value);
    if (stored.ok) setNote(t('renewed'));
  };

  return (
    <div role="group" aria-labelledby={`${id}-label`} className="settings-invite">
      <div className="field settings-field">
        <label id={`${id}-label`} htmlFor={link ? id : undefined}>
          {t(`links.${kind}`)}
        </label>
        {link ? (
          <input
            id={id}
            type="text"
            readOnly
            value={link}
            aria-describedby={`${id}-help`}
            onFocus={(e) => e.currentTarget.select()}
          />
        ) : null}
        <p id={`${id}-help`}>{link ? t(`links.${kind}Help`) : t('links.unknown')}</p>
      </div>
      {link && (
        <button type="button" onClick={() => void copy()}>
          {t('copy')}
        </button>
      )}
      <button type="button" onClick={() => setRenewing(true)}>
        {t('renew')}
      </button>
      <p role="status">{note}</p>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      {renewing && (
        <ConfirmDialog
          title={t('renewTitle')}
          confirmLabel={t('renew')}
          cancelLabel={t('cancel')}
          closeLabel={t('close')}
          className="settings-dialog"
          onClose={() => setRenewing(false)}
          onConfirm={renew}
        >
          <p>{t(`renewBody_${kind}`)}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
