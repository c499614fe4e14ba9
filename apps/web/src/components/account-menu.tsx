import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { loadAuth } from '../auth/load-auth';
import { useViewer } from '../auth/viewer';
import { signInHref } from '../lib/paths';

/** The header's corner: who is signed in and a way out, or a way in. */
export function AccountMenu() {
  const { viewer, refresh } = useViewer();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  if (viewer === undefined) {
    // Not known yet: say nothing rather than offer a sign-in that may not be needed.
    return <div className="account" />;
  }
  if (viewer === null) {
    const here = `${location.pathname}${location.search}`;
    return (
      <div className="account">
        {location.pathname !== '/sign-in' && (
          <Link to={signInHref(here)} className="account-link">
            Sign in
          </Link>
        )}
      </div>
    );
  }
  const signOut = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await (await loadAuth()).signOut();
      if (outcome.ok) {
        refresh();
      } else {
        setError(outcome.message);
      }
    } catch {
      setError('Signing out could not start. Reload the page and try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="account">
      <span className="account-name" title={viewer.name ?? undefined}>
        <span className="visually-hidden">Signed in as </span>
        {viewer.name || 'Signed in'}
        {viewer.isAdmin && <span className="account-role"> (administrator)</span>}
      </span>
      <button type="button" className="account-button" onClick={signOut} aria-busy={busy}>
        {busy ? 'Signing out…' : 'Sign out'}
      </button>
      {error && (
        <p className="account-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
