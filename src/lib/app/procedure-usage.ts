/**
 * How many dossiers of each of the office's procedures the desk holds, the procedure search's
 * tie-break (issue 9.3): one count of the read model's procedure index per procedure.
 */
import type { Workspace } from './workspace';

export async function procedureUsage(ws: Workspace): Promise<Map<string, number>> {
	const counts = await Promise.all(
		ws.procedures.map((p) => ws.readModel.dossiers.where('procedureCode').equals(p.code).count())
	);
	return new Map(ws.procedures.map((p, i) => [p.code, counts[i] ?? 0]));
}
