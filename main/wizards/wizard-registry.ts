import type { WizardKind } from '../../shared/domain/wizard';
import { buildMigration } from './migration-wizard';
import { buildReconcile } from './reconcile-wizard';
import { buildTestOrder } from './test-order-wizard';
import { buildTransactional } from './transactional-wizard';
import { buildTroubleshoot } from './troubleshoot-wizard';
import type { WizardBuilder } from './wizard-build';

/** Every wizard the service can run, by kind. */
export const wizardBuilders: Record<WizardKind, WizardBuilder> = {
  troubleshoot: buildTroubleshoot,
  migration: buildMigration,
  transactional: buildTransactional,
  'test-order': buildTestOrder,
  reconcile: buildReconcile,
};
