import type { ContributorStats, CreditRow } from '@moduleboard/core';
import type { ConnectionShape } from '../connection';

export interface CreditShape extends CreditRow {
  projectId: number;
}

export type ContributorConnectionShape = ConnectionShape<ContributorStats>;
export type CreditConnectionShape = ConnectionShape<CreditShape>;
