import { type FormEvent, useId, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { signIn, signOut, signUp } from '../auth/auth-client';
import { useViewer, type Viewer } from '../auth/viewer';
import { safeNext, signInHref } from '../lib/paths';
import { usePageTitle } from '../lib/use-page-title';

const MIN_PASSWORD = 10;

type Mode = 'sign-in' | 'sign-up';

interface Form {
  name: string;
  email: string;
  password: string;
}

/** What is wrong with the form before it is sent, or undefined. */
function checkForm(mode: Mode, form: Form) {
  if (mode === 'sign-up' && !form.name.trim()) {
    return 'Enter your name: it is shown beside what you do here.';
  }
  if (!/^[^\s@]+@[^\s@]+$/.test(form.email.trim())) {
    return 'Enter your e-mail address, such as ann@example.org.';
  }
  if (mode === 'sign-up' && form.password.length < MIN_PASSWORD) {
    return `Choose a password of at least ${MIN_PASSWORD} characters.`;
  }
  if (!form.password) {
    return 'Enter your password.';
  }
  return undefined;
}

/**
 * Signing in and creating an account, one form in two modes (`?mode=sign-up`), coming back to
 * the page the reader left (`?next=`).
 */
export function SignInPage() {
  const [search] = useSearchParams();
  const mode: Mode = search.get('mode') === 'sign-up' ? 'sign-up' : 'sign-in';
  const next = safeNext(search.get('next'));
  const { viewer } = useViewer();
  const title = mode === 'sign-up' ? 'Create an account' : 'Sign in';
  usePageTitle(title);
  if (viewer) {
    return <SignedIn viewer={viewer} next={next} />;
  }
  return (
    <div className="auth-page">
      <h1>{title}</h1>
      <ModeTabs mode={mode} next={next} />
      <AuthForm mode={mode} next={next} title={title} />
    </div>
  );
}

/** Already signed in: go on, or sign out. */
function SignedIn({ viewer, next }: { viewer: Viewer; next: string }) {
  const { refresh } = useViewer();
  const [error, setError] = useState<string | undefined>(undefined);
  const leave = async () => {
    const outcome = await signOut();
    if (outcome.ok) {
      refresh();
    } else {
      setError(outcome.message);
    }
  };
  return (
    <div className="auth-page">
      <h1>Signed in</h1>
      <p>
        You are signed in as <strong>{viewer.name || 'yourself'}</strong>.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="auth-actions">
        <Link to={next}>Go on</Link>
        <button type="button" className="button" onClick={leave}>
          Sign out
        </button>
      </p>
    </div>
  );
}

/** The two modes as tabs: each its own address, replacing the other in the history. */
function ModeTabs({ mode, next }: { mode: Mode; next: string }) {
  return (
    <nav aria-label="Sign in or create an account" className="view-nav auth-modes">
      <ul>
        <li>
          <Link
            to={signInHref(next)}
            aria-current={mode === 'sign-in' ? 'page' : undefined}
            replace
          >
            Sign in
          </Link>
        </li>
        <li>
          <Link
            to={signInHref(next, 'sign-up')}
            aria-current={mode === 'sign-up' ? 'page' : undefined}
            replace
          >
            Create an account
          </Link>
        </li>
      </ul>
    </nav>
  );
}

/** The form's state and its sending; a refusal is shown and focused, success goes on. */
function useAuthForm(mode: Mode, next: string) {
  const { refresh } = useViewer();
  const navigate = useNavigate();
  const [form, setForm] = useState<Form>({ name: '', email: '', password: '' });
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const errorBox = useRef<HTMLDivElement>(null);

  const fail = (message: string) => {
    setError(message);
    // The message is announced (role="alert"); focus goes there so the reader sees it too.
    requestAnimationFrame(() => errorBox.current?.focus());
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problem = checkForm(mode, form);
    if (problem) {
      fail(problem);
      return;
    }
    setBusy(true);
    setError(undefined);
    const email = form.email.trim();
    const outcome =
      mode === 'sign-up'
        ? await signUp({ name: form.name.trim(), email, password: form.password })
        : await signIn({ email, password: form.password });
    setBusy(false);
    if (!outcome.ok) {
      fail(outcome.message);
      return;
    }
    refresh();
    navigate(next, { replace: true });
  };
  return { form, setForm, error, busy, errorBox, submit };
}

function AuthForm({ mode, next, title }: { mode: Mode; next: string; title: string }) {
  const id = useId();
  const { form, setForm, error, busy, errorBox, submit } = useAuthForm(mode, next);
  const field = (name: keyof Form) => ({
    id: `${id}-${name}`,
    name,
    value: form[name],
    onChange: (event: { target: { value: string } }) =>
      setForm({ ...form, [name]: event.target.value }),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  });
  const passwordHint = mode === 'sign-up' ? `${id}-password-hint` : '';
  return (
    <form className="auth-form" onSubmit={submit} noValidate>
      {error && (
        <div className="error" role="alert" id={`${id}-error`} tabIndex={-1} ref={errorBox}>
          <p className="error-title">
            {mode === 'sign-up' ? 'The account was not created' : 'You are not signed in'}
          </p>
          <p className="error-text">{error}</p>
        </div>
      )}
      {mode === 'sign-up' && (
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input {...field('name')} autoComplete="name" />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-email`}>E-mail address</label>
        <input {...field('email')} type="email" autoComplete="email" spellCheck={false} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          {...field('password')}
          type="password"
          autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
          aria-describedby={
            [passwordHint, error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
          }
        />
        {mode === 'sign-up' && (
          <p className="field-hint" id={passwordHint}>
            At least {MIN_PASSWORD} characters.
          </p>
        )}
      </div>
      <button type="submit" className="button button-primary" aria-busy={busy}>
        {busy ? 'Please wait…' : title}
      </button>
    </form>
  );
}
