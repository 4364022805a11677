/**
 * What each desk last told the server about itself (issue 5, day-end page): after every sync it
 * writes `_local/motcua-desk-<deskId>` in the office database (not replicated, not validated,
 * mutable), with its officer, its unsent changes and its last successful sync. The supervisor's
 * desk reads the reports of the desks the server knows.
 */
import type { CouchHttp } from './couch-http';
import type { RejectionReason } from './sync-status';

export interface DeskReport {
	readonly deskId: string;
	readonly deskName: string;
	readonly officer: string | null;
	readonly unsent: number;
	readonly lastSyncAt: string | null;
	readonly reportedAt: string;
	/**
	 * Documents the server refused from this desk (the latest 50), for the supervisor. A desk of
	 * another version may report a code this one does not know; the page words it as unknown.
	 */
	readonly rejected?: readonly { readonly id: string; readonly reason: RejectionReason }[];
}

const path = (deskId: string) => `/_local/${encodeURIComponent(`motcua-desk-${deskId}`)}`;

/** Best effort: a failure only means the supervisor sees an older report. */
export async function writeDeskReport(http: CouchHttp, report: DeskReport): Promise<boolean> {
	try {
		const current = await http.request<{ _rev?: string }>('GET', path(report.deskId));
		const rev = current.status === 200 ? current.body?._rev : undefined;
		const put = await http.request('PUT', path(report.deskId), {
			...(rev ? { _rev: rev } : {}),
			...report
		});
		return put.status >= 200 && put.status < 300;
	} catch {
		return false;
	}
}

/** The reports of `deskIds` (null where a desk never reported). */
export async function readDeskReports(
	http: CouchHttp,
	deskIds: readonly string[]
): Promise<Map<string, DeskReport | null>> {
	const entries = await Promise.all(
		deskIds.map(async (id) => {
			const { status, body } = await http.request<DeskReport & { _id?: string; _rev?: string }>(
				'GET',
				path(id)
			);
			if (status === 404) return [id, null] as const;
			if (status !== 200) throw await http.failure(status, body);
			const { _id, _rev, ...report } = body;
			void [_id, _rev];
			return [id, report] as const;
		})
	);
	return new Map(entries);
}
