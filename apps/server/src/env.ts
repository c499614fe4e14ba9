/** Variables set by middleware on every request. */
export interface AppEnv {
  Variables: {
    requestId: string;
  };
}
