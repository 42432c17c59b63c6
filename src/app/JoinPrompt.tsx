import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlans } from '../db/live';
import { inviteOf, serverLabelOf, type Invite, type ShareProblem } from '../domain/syncShare';
import { checkAccessOn } from '../sync/shareApi';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { connectSync, runWrite } from './writes';

/**
 * An invite link (`#/join?server=…&plan=…&name=…&token=…`) asks once whether to open the shared
 * plan. Only "Deelnemen" stores or connects anything, and only after the server confirmed the
 * token: a wrong or replaced link says so and leaves the device as it was.
 */
export function JoinPrompt() {
  const { t } = useTranslation('sync');
  const plans = usePlans();
  const [invite, setInvite] = useState<Invite | null>(null);
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<ShareProblem | null>(null);

  useEffect(() => {
    const read = () => {
      const found = inviteOf(window.location.hash);
      if (!found) return;
      // The token must not stay in the address bar or the history, whatever the answer.
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
      setProblem(null);
      setInvite(found);
    };
    read();
    // A link pasted into a tab that is already open only changes the hash.
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  if (!invite) return null;
  const server = serverLabelOf(invite.serverUrl);
  // The name this device already has for the plan beats the one the link claims.
  const name = plans?.find((p) => p.id === invite.planId)?.name ?? invite.planName;
  const close = () => {
    setInvite(null);
    setChecking(false);
  };
  // A new device that declines has no plan at all: it gets the demo it would have had (main.tsx).
  const decline = () => {
    // Escape while the server is asked: the join goes on, so no demo beside it.
    if (checking) return;
    close();
    void runWrite(async () => (await import('../db/seed')).seedDemoIfEmpty());
  };

  const join = async () => {
    if (checking) return;
    setChecking(true);
    setProblem(null);
    const access = await checkAccessOn(invite.serverUrl, invite.planId, invite.token);
    if (!access.ok) {
      setChecking(false);
      setProblem(access.problem);
      return;
    }
    const { serverUrl, planId, token } = invite;
    const result = await connectSync(
      {
        serverUrl,
        planId,
        token,
        ...(access.value === 'edit' ? { editToken: token } : { readToken: token }),
        access: access.value,
      },
      true,
    );
    if (result.ok) close();
    else setChecking(false);
  };

  return (
    <ConfirmDialog
      title={name ? t('join.title', { name, server }) : t('join.titleUnknown', { server })}
      confirmLabel={t('join.confirm')}
      cancelLabel={t('cancel')}
      closeLabel={t('close')}
      danger={false}
      canConfirm={problem !== 'refused'}
      className="settings-dialog"
      onClose={decline}
      onConfirm={join}
    >
      <p>{t('join.body')}</p>
      <p role="status">{checking ? t('join.checking') : ''}</p>
      {problem && (
        <p role="alert" className="field-error">
          {t(`problems.${problem}`, { server })}
        </p>
      )}
    </ConfirmDialog>
  );
}
