import { storedDiagnosisSchema, type StoredDiagnosis } from '../../detection/diagnosis-evidence';
import type { Logger } from '../../ports';
import type { Db } from '../connection';

export type { StoredDiagnosis } from '../../detection/diagnosis-evidence';

export interface DiagnosesRepository {
  /** The account's current diagnoses, replaced as a whole after each evaluation. */
  replace(accountId: string, diagnoses: readonly StoredDiagnosis[]): void;
  /** The account's diagnoses whose evidence matches their kind; any other row is left out with a warning. */
  list(accountId: string): StoredDiagnosis[];
}

interface Row {
  kind: string;
  at: string;
  metric_ids: string;
  evidence: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function createDiagnosesRepository(db: Db, logger: Logger): DiagnosesRepository {
  const clear = db.prepare<[string]>('DELETE FROM diagnoses WHERE account_id = ?');
  const insert = db.prepare<[string, string, string, string, string]>(
    'INSERT OR REPLACE INTO diagnoses (account_id, kind, at, metric_ids, evidence) VALUES (?, ?, ?, ?, ?)',
  );
  const rows = db.prepare<[string], Row>('SELECT kind, at, metric_ids, evidence FROM diagnoses WHERE account_id = ? ORDER BY at DESC');
  const replace = db.transaction((accountId: string, diagnoses: readonly StoredDiagnosis[]) => {
    clear.run(accountId);
    for (const d of diagnoses) insert.run(accountId, d.kind, d.at, JSON.stringify([...d.metricIds].sort()), JSON.stringify(d.evidence));
  });
  /**
   * A row written by an older version, or damaged, is not shown: a card built from evidence its
   * kind does not have would say something untrue. The next evaluation replaces it.
   */
  const parse = (accountId: string, row: Row): StoredDiagnosis[] => {
    const parsed = storedDiagnosisSchema.safeParse({ kind: row.kind, at: row.at, metricIds: parseJson(row.metric_ids), evidence: parseJson(row.evidence) });
    if (parsed.success) return [parsed.data];
    // Paths and codes only: the evidence itself may hold names that do not belong in a log.
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.code}`);
    logger.warn('stored diagnosis left out: its evidence does not match its kind', { accountId, kind: row.kind, at: row.at, problems });
    return [];
  };
  return {
    replace: (accountId, diagnoses) => replace(accountId, diagnoses),
    list: (accountId) => rows.all(accountId).flatMap((row) => parse(accountId, row)),
  };
}
