import type { Migration } from '../migrate';
import { initialSchema } from './001-initial-schema';
import { alertsSchema } from './002-alerts';
import { wizardProgressSchema } from './003-wizard-progress';
import { appMetaSchema } from './004-app-meta';
import { incidentsSchema } from './005-incidents';
import { metricMonitorsSchema } from './006-metric-monitors';
import { alertEvidenceSchema } from './007-alert-evidence';
import { alertKindsSchema } from './008-alert-kinds';

/** Every schema change, in order. Append a new file for each change; never edit a released one. */
export const migrations: readonly Migration[] = [initialSchema, alertsSchema, wizardProgressSchema, appMetaSchema, incidentsSchema, metricMonitorsSchema, alertEvidenceSchema, alertKindsSchema];
