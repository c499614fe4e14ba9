export * from './env';
export * from './projects-file';
