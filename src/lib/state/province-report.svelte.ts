import { todayLocal } from '$lib/app/clock';
import {
	provinceReportSheet,
	provinceSubmissions,
	type ProvinceSubmissions
} from '$lib/app/province-report';
import type { ProvinceReport, ProvinceRows, ReportSheet } from '$lib/domain/report';
import { ProvincePeriodState } from './province-period.svelte';

/**
 * The province's report page (ADR 32): the offices' submissions for the period as they come,
 * and the report summed from them by office or by sector. It opens on the last whole reporting
 * month, the one a province compiles.
 */
export class ProvinceReportState extends ProvincePeriodState<ProvinceSubmissions> {
	rowsBy = $state<ProvinceRows>('office');

	constructor(
		origin: string,
		private readonly preparer: () => string
	) {
		super(
			origin,
			async (period, options) => {
				const result = await provinceSubmissions(period, options);
				return result.ok ? { ok: true, value: result.submissions } : result;
			},
			1
		);
	}

	get submissions(): ProvinceSubmissions | null {
		return this.value;
	}

	/** The report and its sheet from what has come so far. */
	get built(): { readonly report: ProvinceReport; readonly sheet: ReportSheet } | null {
		const submissions = this.value;
		if (submissions === null) return null;
		return provinceReportSheet(submissions, this.rowsBy, this.preparer(), todayLocal());
	}
}
