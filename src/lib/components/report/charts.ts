/**
 * Chart.js with only what the report's four charts use (bars, a line, a doughnut), imported by the
 * report page alone so the first screen's JavaScript does not carry it (ADR 26). Charts are drawn
 * once, without animation, at twice the screen's pixel density so they print sharp.
 */
import {
	ArcElement,
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	DoughnutController,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	type ChartConfiguration
} from 'chart.js';

Chart.register(
	ArcElement,
	BarController,
	BarElement,
	CategoryScale,
	DoughnutController,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
);

export interface Series {
	readonly label: string;
	readonly values: readonly number[];
	/** One colour for the series (lines), or one per label (bars and slices by category). */
	readonly color: string | readonly string[];
}

export interface ChartSpec {
	readonly kind: 'bar' | 'line' | 'doughnut';
	readonly labels: readonly string[];
	readonly series: readonly Series[];
	/** Formats a value for the axis and the tooltips (Vietnamese or English digits). */
	readonly format: (value: number) => string;
}

function configOf(spec: ChartSpec): ChartConfiguration {
	const round = spec.kind === 'doughnut';
	const datasets = spec.series.map((s) => {
		const color = typeof s.color === 'string' ? s.color : [...s.color];
		return {
			label: s.label,
			data: [...s.values],
			backgroundColor: color,
			borderColor: round ? '#fff' : color,
			borderWidth: round ? 1 : 2,
			tension: 0.2
		};
	});
	return {
		type: spec.kind,
		data: { labels: [...spec.labels], datasets },
		options: {
			animation: false,
			responsive: false,
			devicePixelRatio: Math.max(2, globalThis.devicePixelRatio ?? 1),
			plugins: {
				legend: { display: spec.series.length > 1 || round, position: 'bottom' },
				tooltip: {
					callbacks: {
						label: (item) => `${item.dataset.label ?? ''}: ${spec.format(Number(item.raw))}`
					}
				}
			},
			...(round
				? {}
				: {
						scales: {
							y: {
								beginAtZero: true,
								ticks: { precision: 0, callback: (value) => spec.format(Number(value)) }
							}
						}
					})
		}
	};
}

/** Draws `spec` on `canvas`; the returned function removes the chart. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): () => void {
	const chart = new Chart(canvas, configOf(spec));
	return () => chart.destroy();
}
