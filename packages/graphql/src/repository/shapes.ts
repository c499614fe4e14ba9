import type { DivergentCommit, ModuleDivergence, Reference, TreeEntry } from '@moduleboard/core';

export type TreeEntryShape = TreeEntry;

export interface DivergenceShape extends ModuleDivergence {
  projectId: number;
}

export interface DivergentCommitShape extends DivergentCommit {
  sourceId: number;
}

export interface IssueReferenceShape extends Reference {
  projectId: number;
}
