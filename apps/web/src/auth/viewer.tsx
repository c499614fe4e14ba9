import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { graphql } from '../generated';
import type { ViewerQuery } from '../generated/graphql';
import { useQuery } from '../graphql/use-query';

const ViewerDoc = graphql(`
  query Viewer {
    viewer {
      id
      name
      isAdmin
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['viewer']>;

export interface ViewerState {
  /** Undefined until the API has said who is asking; null for an anonymous visitor. */
  viewer: Viewer | null | undefined;
  /**
   * Asks again after signing in or out. Every page is shown anew, since what it showed was for
   * the previous visitor.
   */
  refresh: () => void;
  /** Changes with each refresh: pages keyed by it start over. */
  generation: number;
}

const ViewerContext = createContext<ViewerState>({
  viewer: undefined,
  refresh: () => {},
  generation: 0,
});

/** Who is signed in, as the API sees them (the one place that decides who is an administrator). */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const result = useQuery(ViewerDoc, {});
  const askAgain = useRef(result.retry);
  useEffect(() => {
    askAgain.current = result.retry;
  });
  // While asking again, the last answer stands: the header should not flicker.
  const [known, setKnown] = useState<Viewer | null | undefined>(undefined);
  if (result.status === 'success' && result.data.viewer !== known) {
    setKnown(result.data.viewer);
  }
  // A failed question leaves the visitor anonymous: the pages still work, signed out.
  if (result.status === 'error' && known === undefined) {
    setKnown(null);
  }
  const refresh = useCallback(() => {
    askAgain.current();
    setGeneration((n) => n + 1);
  }, []);
  const value = useMemo(
    () => ({ viewer: known, refresh, generation }),
    [known, refresh, generation],
  );
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}
