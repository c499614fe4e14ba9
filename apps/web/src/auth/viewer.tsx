import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { Provider as GraphQLProvider } from 'urql';
import { graphql } from '../generated';
import type { ViewerQuery } from '../generated/graphql';
import { createGraphQLClient } from '../graphql/client';
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

/**
 * Who is signed in, as the API sees them (the one place that decides who is an administrator),
 * and the GraphQL client the pages read through. Each visitor gets a client and a cache of
 * their own: after signing in or out nothing read for the previous visitor is shown again.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  // A new visitor (each sign-in or out), a new client and cache.
  const client = useMemo(
    () => createGraphQLClient({ persisted: import.meta.env.PROD }),
    [generation],
  );
  // While asking again, the last answer stands: the header should not flicker.
  const [known, setKnown] = useState<Viewer | null | undefined>(undefined);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  const value = useMemo(
    () => ({ viewer: known, refresh, generation }),
    [known, refresh, generation],
  );
  return (
    <GraphQLProvider value={client}>
      <AskViewer onAnswer={setKnown} />
      <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>
    </GraphQLProvider>
  );
}

/** Asks the API who is signing the requests, and says so when it has answered. */
function AskViewer({ onAnswer }: { onAnswer: (viewer: Viewer | null) => void }) {
  const result = useQuery(ViewerDoc, {});
  const answer =
    result.status === 'success'
      ? result.data.viewer
      : // A failed question leaves the visitor anonymous: the pages still work, signed out.
        result.status === 'error'
        ? null
        : undefined;
  useEffect(() => {
    if (answer !== undefined) {
      onAnswer(answer);
    }
  }, [answer, onAnswer]);
  return null;
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}
