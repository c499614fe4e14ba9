import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './components/layout';
import { HomePage } from './pages/home-page';
import { ItemPage } from './pages/item-page';
import { ModulePage } from './pages/module-page';
import { NotFoundPage } from './pages/not-found-page';
import { ProjectPage } from './pages/project-page';
import { SourcesPage } from './pages/sources-page';

/** Every page has its own URL, so any of them can be bookmarked, shared and reloaded. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="p/:project" element={<ProjectPage />} />
          <Route path="p/:project/m/*" element={<ModulePage />} />
          <Route path="p/:project/i/:itemId" element={<ItemPage />} />
          <Route path="p/:project/sources" element={<SourcesPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
