import { Link } from 'react-router';
import { usePageTitle } from '../lib/use-page-title';

/** Nothing at this address: say so plainly and offer a way back. */
export function NotFoundPage({
  title = 'Page not found',
  message = 'There is nothing at this address. It may have moved, or the link may be mistyped.',
  back = { href: '/', label: 'See all projects' },
}: {
  title?: string;
  message?: string;
  back?: { href: string; label: string };
}) {
  usePageTitle(title);
  return (
    <div className="not-found">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <Link to={back.href}>{back.label}</Link>
      </p>
    </div>
  );
}
