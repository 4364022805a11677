/**
 * The seed test (domain.md §14): dossiers and events with Lạng Sơn's 2020 counts go through the
 * fold and the period report, which must reproduce the published percentages exactly — and the
 * received basis must not.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_SETTINGS, foldDossier } from '../lifecycle';
import { eventFactory, makeDossier, seededRandom, testContext } from '../lifecycle/test-support';
import type { Channel, Dossier, DossierEvent, Rating } from '../model';
import {
	addDays,
	addMinutes,
	atMinute,
	datePart,
	isoDate,
	minuteOfDay,
	type LocalDateTime
} from '../time';
import { emptyColumns, checkBalance, completeColumns } from './columns';
import { toReportEntry } from './entry';
import { formatVnNumber, formatVnPercent } from './format';
import { percentOf } from './percent';
import { buildPeriodReport } from './period-report';
import { presetPeriod } from './periods';
import { ratingsSentence } from './sheet';
import seed from './seed-report-2020.json';

type Kind = 'early' | 'on-time' | 'late' | 'pending';
const CHANNELS: Channel[] = ['direct', 'online', 'postal'];
const OFFICES = ['ubnd-tinh', 'tp-lang-son', 'huyen-cao-loc'];

function shuffled<T>(items: T[], random: () => number): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j] as T, items[i] as T];
	}
	return items;
}

/** One dossier of the given kind with its events; times drawn from `random`. */
function buildDossier(n: number, kind: Kind, rating: Rating | null, random: () => number) {
	const day = addDays(isoDate('2020-01-02'), Math.floor(random() * 330));
	const receivedAt = atMinute(day, 600 + Math.floor(random() * 360)); // 10:00–16:00
	const dueAt = addMinutes(receivedAt, 7 * 1440);
	const dossier: Dossier = makeDossier({
		code: `SEED-${n}`,
		officeId: OFFICES[n % OFFICES.length] ?? 'x',
		channel: CHANNELS[Math.floor(random() * 3)] ?? 'direct',
		receivedAt,
		dueAt
	});
	const e = eventFactory(dossier);
	const events: DossierEvent[] = [e('transfer', addMinutes(receivedAt, 10), { toUnit: 'Phòng' })];
	if (kind === 'pending') return { dossier, events };
	const decidedAt: LocalDateTime =
		kind === 'early'
			? addMinutes(dueAt, -1440 * (1 + Math.floor(random() * 5)))
			: kind === 'on-time' // the due day, from 07:30 up to the due clock time
				? atMinute(datePart(dueAt), 450 + Math.floor(random() * (minuteOfDay(dueAt) - 449)))
				: addMinutes(dueAt, 1 + Math.floor(random() * 2000));
	events.push(
		e('result-ready', decidedAt, {
			outcome: random() < 0.02 ? 'refused' : 'approved',
			reason: 'Không đủ điều kiện'
		})
	);
	events.push(e('deliver', addMinutes(decidedAt, 60), { method: 'online' }));
	if (rating !== null)
		events.push(e('rate', addMinutes(decidedAt, 90), { rating, reason: 'Chờ lâu' }));
	return { dossier, events };
}

function buildSeed() {
	const random = seededRandom(2020);
	const kinds: Kind[] = [
		...Array<Kind>(seed.early).fill('early'),
		...Array<Kind>(seed.onTime).fill('on-time'),
		...Array<Kind>(seed.late).fill('late'),
		...Array<Kind>(seed.received - seed.resolved).fill('pending')
	];
	const ratings: Rating[] = [
		...Array<Rating>(seed.ratings.verySatisfied).fill('very-satisfied'),
		...Array<Rating>(seed.ratings.satisfied).fill('satisfied'),
		...Array<Rating>(seed.ratings.unsatisfied).fill('unsatisfied')
	];
	let r = 0;
	return shuffled(kinds, random).map((kind, n) =>
		buildDossier(
			n,
			kind,
			kind !== 'pending' && r < ratings.length ? (ratings[r++] ?? null) : null,
			random
		)
	);
}

describe('Lạng Sơn 2020 seed (domain.md §14)', () => {
	const entries = buildSeed().map(({ dossier, events }) =>
		toReportEntry(dossier, foldDossier(dossier, events, DEFAULT_LIFECYCLE_SETTINGS, testContext))
	);
	const report = buildPeriodReport({ entries }, presetPeriod('year', 2020), 'office');
	const { columns, shares, ratings, ratingShares } = report.total;

	it('builds the whole year', () => {
		expect(entries).toHaveLength(47_540);
	});

	it('counts what was published', () => {
		expect(columns).toMatchObject({
			newTotal: seed.received,
			carriedOver: 0,
			resolved: seed.resolved,
			resolvedEarly: seed.early,
			resolvedOnTime: seed.onTime,
			resolvedLate: seed.late,
			pending: seed.notResolvedInPeriod
		});
		const { verySatisfied, satisfied, unsatisfied, total } = seed.ratings;
		expect(ratings).toEqual({ verySatisfied, satisfied, unsatisfied, total });
		expect(report.total.balance.ok).toBe(true);
		expect(report.rows.map((row) => row.key)).toEqual([...OFFICES].sort());
		expect(formatVnNumber(columns.newTotal)).toBe('47.540');
	});

	it('writes the ratings the way the province published them', () => {
		expect(ratingsSentence(ratings, ratingShares)).toBe(
			'8.452 lượt đánh giá: rất hài lòng 8.080 (95,60 %), hài lòng 371 (4,39 %), ' +
				'không hài lòng 1 (0,01 %)'
		);
	});

	it('reproduces the published shares of RESOLVED exactly', () => {
		expect(shares).toEqual(seed.publishedResolutionPercentages);
		const vn = (values: (number | null)[]) => values.map((v) => formatVnPercent(v));
		expect(vn([shares.early, shares.onTime, shares.late])).toEqual([
			'36,08 %',
			'63,78 %',
			'0,14 %'
		]);
		expect(ratingShares).toEqual(seed.ratings.publishedPercentages);
		expect(
			vn([ratingShares.verySatisfied, ratingShares.satisfied, ratingShares.unsatisfied])
		).toEqual(['95,60 %', '4,39 %', '0,01 %']);
		expect(report.total.ratingsPerResolved).toBe(seed.ratings.ratingsPerResolvedDossier);
	});

	it('fails on the received basis (the deliberate wrong basis)', () => {
		const wrong = {
			early: percentOf(columns.resolvedEarly, columns.newTotal),
			onTime: percentOf(columns.resolvedOnTime, columns.newTotal),
			late: percentOf(columns.resolvedLate, columns.newTotal)
		};
		expect(wrong).toEqual({ early: 35.31, onTime: 62.42, late: 0.14 });
		expect(wrong).not.toEqual(seed.publishedResolutionPercentages);
		expect(wrong.early).not.toBe(seed.publishedResolutionPercentages.early);
		expect(wrong.onTime).not.toBe(seed.publishedResolutionPercentages.onTime);
	});

	it('shows that the published figures alone do not balance (1,012 unexplained)', () => {
		const published = completeColumns(
			{
				...emptyColumns(),
				newDirect: seed.received,
				resolvedEarly: seed.early,
				resolvedOnTime: seed.onTime,
				resolvedLate: seed.late
			},
			{ withdrawnReturnedAsOnTime: false, mergeDirectAndPostal: false }
		);
		expect(checkBalance(published)).toEqual({
			ok: false,
			totalToHandle: 47_540,
			accountedFor: 46_528,
			unexplained: 1_012
		});
	});
});
