import { provinceOverview, type ProvinceOverview } from '$lib/app/province-overview';
import { ProvincePeriodState } from './province-period.svelte';

/**
 * The Toàn tỉnh page (ADR 12): the counts the server gives for the period, office by office as
 * they come.
 */
export class ProvinceOverviewState extends ProvincePeriodState<ProvinceOverview> {
	/** `origin`: the app's own origin; the server is beside it under `/db`. */
	constructor(origin: string) {
		super(origin, async (period, options) => {
			const result = await provinceOverview(period, options);
			return result.ok ? { ok: true, value: result.overview } : result;
		});
	}

	/** The last counts received; kept while a new period loads or the network is gone. */
	get overview(): ProvinceOverview | null {
		return this.value;
	}
}
