// GitHub hides addresses behind `12345+login@users.noreply.github.com` (since 2017) or
// `login@users.noreply.github.com` (before); either way the login is the stable name.
const NOREPLY = /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))@users\.noreply\.github\.com$/i;

/** The GitHub login behind a no-reply address, or undefined for any other address. */
export function githubLoginFromEmail(email: string): string | undefined {
  if (!/noreply/i.test(email)) {
    return undefined;
  }
  return NOREPLY.exec(email.trim())?.[1];
}
