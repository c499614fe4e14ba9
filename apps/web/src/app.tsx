import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
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

// The login client comes with the form, in a chunk of its own.
const SignInPage = lazy(() =>
  import('./pages/sign-in-page').then((chunk) => ({ default: chunk.SignInPage })),
);

/** Every page has its own URL, so any of them can be bookmarked, shared and reloaded. */
export function App() {
  return (
    <BrowserRouter>
      <ViewerProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route
              path="sign-in"
              element={
                <LoadBoundary what="The sign-in form">
                  <Suspense fallback={<Loading />}>
                    <SignInPage />
                  </Suspense>
                </LoadBoundary>
              }
            />
            <Route path="p/:project" element={<ProjectPage />} />
            <Route path="p/:project/m/*" element={<ModulePage />} />
            <Route path="p/:project/i/:itemId" element={<ItemPage />} />
            <Route path="p/:project/sources" element={<SourcesPage />} />
            <Route path="p/:project/contributors" element={<ContributorsPage />} />
            <Route path="p/:project/people/:personId" element={<PersonPage />} />
            <Route path="p/:project/merges" element={<MergesPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </ViewerProvider>
    </BrowserRouter>
  );
}
