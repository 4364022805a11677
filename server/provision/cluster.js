/**
 * The cluster around the databases (issue 14, docs/deploy.md): which nodes the server knows and
 * which answer (`/_membership`), the system databases a freshly joined cluster may still lack,
 * and every database whose shards live on fewer nodes than its `n` copies (a node that was down
 * when the database was created, or removed since). Reported, never repaired behind the
 * administrator's back. The embedded server has no `/_membership`: a single server, nothing to do.
 */

/**
 * @typedef {import('./couch-client.js').CouchClient} CouchClient
 * @typedef {(line: string) => void} Log
 * @typedef {{ all_nodes: string[]; cluster_nodes: string[] }} Membership
 */

export const SYSTEM_DATABASES = ['_users', '_replicator'];

/**
 * Shard ranges of `db` held by fewer nodes than its `n`, as lines for the administrator.
 * @param {string} db @param {number} n @param {Record<string, string[]>} shards
 * @returns {string[]}
 */
export function shardProblems(db, n, shards) {
	return Object.entries(shards)
		.filter(([, nodes]) => new Set(nodes).size < n)
		.map(([range, nodes]) => `${db}: shard ${range} on ${new Set(nodes).size} of ${n} nodes`);
}

/**
 * Nodes of the cluster that do not answer now (in `cluster_nodes`, not in `all_nodes`).
 * @param {Membership} m @returns {string[]}
 */
export function missingNodes(m) {
	const up = new Set(m.all_nodes);
	return m.cluster_nodes.filter((node) => !up.has(node));
}

/**
 * Reads the membership; creates the system databases where missing. Returns null on a server
 * without clustering (the embedded one).
 * @param {CouchClient} couch @param {Log} log
 * @returns {Promise<Membership | null>}
 */
export async function checkCluster(couch, log) {
	const { status, body } = await couch.request('GET', '/_membership');
	if (status !== 200 || !Array.isArray(body?.cluster_nodes)) return null;
	/** @type {Membership} */
	const membership = { all_nodes: body.all_nodes ?? [], cluster_nodes: body.cluster_nodes ?? [] };
	const missing = missingNodes(membership);
	log(
		`Cluster: ${membership.cluster_nodes.length} node(s), ${membership.all_nodes.length} answering` +
			(missing.length > 0 ? ` — not answering: ${missing.join(', ')}` : '')
	);
	for (const db of SYSTEM_DATABASES) {
		const created = await couch.request('PUT', `/${encodeURIComponent(db)}`);
		if (created.status === 201 || created.status === 202) log(`  ${db}: created`);
		else if (created.status !== 412) throw new Error(`PUT /${db} → ${created.status}`);
	}
	return membership;
}

/**
 * Lines for every database among `dbs` whose shards have fewer copies than its `n`.
 * @param {CouchClient} couch @param {string[]} dbs @returns {Promise<string[]>}
 */
export async function underReplicated(couch, dbs) {
	const problems = [];
	for (const db of dbs) {
		const path = `/${encodeURIComponent(db)}`;
		const info = await couch.json('GET', path);
		const n = Number(info?.cluster?.n ?? 1);
		const shards = await couch.request('GET', `${path}/_shards`);
		// A server without shards (the embedded one) has nothing to report.
		if (shards.status !== 200) continue;
		problems.push(...shardProblems(db, n, shards.body?.shards ?? {}));
	}
	return problems;
}
