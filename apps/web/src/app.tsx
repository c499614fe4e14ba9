import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ViewerProvider } from './auth/viewer';
import { Layout } from './components/layout';
import { LoadBoundary } from './components/load-boundary';
import { Loading } from './components/query-status';
import { ContributorsPage } from './pages/contributors-page';
import { HomePage } from './pages/home-page';
import { ItemPage } from './pages/item-page';
import { MergesPage } from './pages/merges-page';
import { ModulePage } from './pages/module-page';
import { NotFoundPage } from './pages/not-found-page';
import { PersonPage } from './pages/person-page';
import { ProjectPage } from './pages/project-page';
import { SourcesPage } from './pages/sources-page';
import { ROUTES } from './routes';

// The login client comes with the form, in a chunk of its own.
const SignInPage = lazy(() =>
  import('./pages/sign-in-page').then((chunk) => ({ default: chunk.SignInPage })),
);

const signIn = (
  <LoadBoundary what="The sign-in form">
    <Suspense fallback={<Loading />}>
      <SignInPage />
    </Suspense>
  </LoadBoundary>
);

// A data router, for its scroll restoration: Back returns to where the reader was.
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: ROUTES.home, element: <HomePage /> },
      { path: ROUTES.signIn, element: signIn },
      { path: ROUTES.project, element: <ProjectPage /> },
      { path: ROUTES.module, element: <ModulePage /> },
      { path: ROUTES.item, element: <ItemPage /> },
      { path: ROUTES.sources, element: <SourcesPage /> },
      { path: ROUTES.contributors, element: <ContributorsPage /> },
      { path: ROUTES.person, element: <PersonPage /> },
      { path: ROUTES.merges, element: <MergesPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** Every page has its own URL, so any of them can be bookmarked, shared and reloaded. */
export function App() {
  return (
    <ViewerProvider>
      <RouterProvider router={router} />
    </ViewerProvider>
  );
}
