import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useViewer } from '../auth/viewer';
import { AccountMenu } from './account-menu';

/** The frame of every page: a skip link, the site header and the main landmark. */
export function Layout() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shown = useRef<string | undefined>(undefined);
  const { generation } = useViewer();

  // After a client-side navigation nothing would tell a keyboard or screen reader user that the
  // page changed: start them at the new content, as a full page load would. Comparing paths
  // (rather than counting renders) keeps the first page alone even when effects run twice.
  // Where the page scrolls to is ScrollRestoration's: the top of a new page, and where the
  // reader was on a page they come Back to.
  useEffect(() => {
    const previous = shown.current;
    shown.current = pathname;
    if (previous === undefined || previous === pathname) {
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <ScrollRestoration />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="wrap site-header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Moduleboard
          </Link>
          <nav aria-label="Site">
            <ul className="site-nav">
              <li>
                <NavLink to="/" end>
                  Projects
                </NavLink>
              </li>
            </ul>
          </nav>
          <AccountMenu />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="wrap">
        {/* Signing in or out shows the page anew, for who is now asking. */}
        <Outlet key={generation} />
      </main>
    </>
  );
}
