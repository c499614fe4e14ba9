import { Link } from 'react-router';
import { MODULE_VIEWS, type ModuleView, moduleViewHref } from '../lib/module-views';

/** The views of a module as links: each is an address of its own, so a plain nav of links. */
export function ModuleViewNav({
  project,
  modulePath,
  current,
}: {
  project: string;
  modulePath: string;
  current: ModuleView;
}) {
  return (
    <nav aria-label="Module views" className="view-nav">
      <ul>
        {MODULE_VIEWS.map(({ view, label }) => (
          <li key={view}>
            <Link
              to={moduleViewHref(project, modulePath, { view })}
              aria-current={view === current ? 'page' : undefined}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
