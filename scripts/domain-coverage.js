#!/usr/bin/env node
/** Prints the branch coverage of src/lib/domain from the last `vitest --coverage` run (issue 3: > 90 %). */
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';

const summary = JSON.parse(readFileSync('coverage/coverage-summary.json', 'utf8'));
const domain = resolve('src/lib/domain') + sep;
let covered = 0;
let total = 0;
for (const [file, figures] of Object.entries(summary)) {
	if (!file.startsWith(domain)) continue;
	covered += figures.branches.covered;
	total += figures.branches.total;
}
const percent = total === 0 ? 0 : (100 * covered) / total;
console.log(
	`Domain (src/lib/domain) branch coverage: ${percent.toFixed(2)} % (${covered}/${total})`
);
if (percent <= 90) {
	console.error('Domain branch coverage must stay above 90 %.');
	process.exit(1);
}
