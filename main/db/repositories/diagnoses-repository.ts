import type { Db } from '../connection';

export interface StoredDiagnosis {
  kind: string;
  at: string;
  metricIds: string[];
  evidence: Record<string, unknown>;
}

export interface DiagnosesRepository {
  /** The account's current diagnoses, replaced as a whole after each evaluation. */
  replace(accountId: string, diagnoses: readonly StoredDiagnosis[]): void;
  list(accountId: string): StoredDiagnosis[];
}

export function createDiagnosesRepository(db: Db): DiagnosesRepository {
  const clear = db.prepare<[string]>('DELETE FROM diagnoses WHERE account_id = ?');
  const insert = db.prepare<[string, string, string, string, string]>(
    'INSERT OR REPLACE INTO diagnoses (account_id, kind, at, metric_ids, evidence) VALUES (?, ?, ?, ?, ?)',
  );
  const rows = db.prepare<[string], { kind: string; at: string; metric_ids: string; evidence: string }>(
    'SELECT kind, at, metric_ids, evidence FROM diagnoses WHERE account_id = ? ORDER BY at DESC',
  );
  const replace = db.transaction((accountId: string, diagnoses: readonly StoredDiagnosis[]) => {
    clear.run(accountId);
    for (const d of diagnoses) insert.run(accountId, d.kind, d.at, JSON.stringify([...d.metricIds].sort()), JSON.stringify(d.evidence));
  });
  return {
    replace: (accountId, diagnoses) => replace(accountId, diagnoses),
    list: (accountId) =>
      rows.all(accountId).map((r) => ({
        kind: r.kind,
        at: r.at,
        metricIds: JSON.parse(r.metric_ids) as string[],
        evidence: JSON.parse(r.evidence) as Record<string, unknown>,
      })),
  };
}
