import { describe, expect, it } from 'vitest';
import { availableActions, validateAction } from './actions';
import { foldDossier } from './fold';
import { DEFAULT_LIFECYCLE_SETTINGS as SETTINGS } from './settings';
import { eventFactory, testContext, makeDossier } from './test-support';
import type { LocalDateTime } from '../time';

const dossier = makeDossier();
const e = eventFactory(dossier);
const at = (s: string) => s as LocalDateTime;
const inProcess = foldDossier(
	dossier,
	[e('transfer', '2019-11-20T09:00:00', { toUnit: 'U' })],
	SETTINGS,
	testContext
);

describe('availableActions (domain.md §4.2)', () => {
	it('lists what a role may do in a state', () => {
		expect(availableActions('submitted', 'desk-officer')).toEqual([
			'receive',
			'give-guidance',
			'reject-at-intake',
			'withdraw'
		]);
		expect(availableActions('in-process', 'processing-officer')).toEqual([
			'transfer',
			'request-supplement',
			'request-payment',
			'result-ready'
		]);
		expect(availableActions('in-process', 'leader')).toEqual([
			'transfer',
			'apology',
			'result-ready',
			'stop'
		]);
		expect(availableActions('delivered', 'desk-officer')).toEqual(['rate']);
		expect(availableActions('stopped', 'leader')).toEqual([]);
	});

	it('hides and refuses a second rating (§10)', () => {
		const events = [
			e('transfer', '2019-11-20T09:00:00', { toUnit: 'U' }),
			e('result-ready', '2019-11-21T09:00:00', { outcome: 'approved' }),
			e('deliver', '2019-11-21T10:00:00', { method: 'online' })
		];
		const delivered = foldDossier(dossier, events, SETTINGS, testContext);
		expect(availableActions(delivered, 'desk-officer', SETTINGS)).toEqual(['rate']);
		const rated = foldDossier(
			dossier,
			[...events, e('rate', '2019-11-21T10:05:00', { rating: 'satisfied' })],
			SETTINGS,
			testContext
		);
		expect(availableActions(rated, 'desk-officer', SETTINGS)).toEqual([]);
		const again = { kind: 'rate', payload: { rating: 'very-satisfied' } } as const;
		expect(
			validateAction(rated, again, at('2019-11-21T10:10:00'), 'desk-officer', SETTINGS, testContext)
		).toEqual({ ok: false, error: 'already-rated' });
	});

	it('hides a supplement request beyond the cap and a second apology', () => {
		const used = foldDossier(
			dossier,
			[
				e('transfer', '2019-11-20T09:00:00', { toUnit: 'U' }),
				e('request-supplement', '2019-11-21T09:00:00', { reason: 'x', items: [] }),
				e('supplement-received', '2019-11-21T10:00:00', {}),
				e('apology', '2019-11-22T09:00:00', { reason: 'x', newDueAt: at('2019-12-02T08:00:00') })
			],
			SETTINGS,
			testContext
		);
		expect(availableActions(used, 'processing-officer', SETTINGS)).not.toContain(
			'request-supplement'
		);
		expect(availableActions(used, 'processing-officer')).toContain('request-supplement');
		expect(availableActions(used, 'leader', SETTINGS)).not.toContain('apology');
		expect(availableActions(inProcess, 'leader', SETTINGS)).toContain('apology');
		expect(availableActions(inProcess, 'processing-officer', SETTINGS)).toContain(
			'request-supplement'
		);
	});
});

describe('validateAction (domain.md §4.2, §6.3, §6.4)', () => {
	const validate = (
		draft: Parameters<typeof validateAction>[1],
		when: string,
		role: Parameters<typeof validateAction>[3]
	) => validateAction(inProcess, draft, at(when), role, SETTINGS, testContext);

	it('accepts an allowed action and says where it leads', () => {
		expect(
			validate(
				{ kind: 'request-supplement', payload: { reason: 'Thiếu', items: ['a'] } },
				'2019-11-21T09:00:00',
				'processing-officer'
			)
		).toEqual({
			ok: true,
			state: 'awaiting-supplement'
		});
	});

	it('refuses with a short code', () => {
		expect(
			validate(
				{ kind: 'apology', payload: { reason: 'x', newDueAt: at('2019-12-02T08:00:00') } },
				'2019-11-21T09:00:00',
				'processing-officer'
			)
		).toEqual({
			ok: false,
			error: 'role-not-allowed'
		});
		expect(
			validate(
				{ kind: 'deliver', payload: { method: 'online' } },
				'2019-11-21T09:00:00',
				'desk-officer'
			)
		).toEqual({
			ok: false,
			error: 'not-allowed-in-state'
		});
		expect(
			validate({ kind: 'withdraw', payload: { reason: '' } }, '2019-11-21T09:00:00', 'desk-officer')
		).toEqual({
			ok: false,
			error: 'reason-required'
		});
		expect(
			validate(
				{ kind: 'apology', payload: { reason: 'x', newDueAt: at('2019-12-02T08:00:00') } },
				'2019-11-27T08:00:00',
				'leader'
			)
		).toEqual({
			ok: false,
			error: 'apology-too-late'
		});
		expect(
			validate(
				{ kind: 'transfer', payload: { toUnit: 'V' } },
				'2019-11-20T08:59:00',
				'desk-officer'
			)
		).toEqual({
			ok: false,
			error: 'before-previous-event'
		});
	});

	it('refuses anything after a terminal state', () => {
		const withdrawn = foldDossier(
			dossier,
			[e('withdraw', '2019-11-21T09:00:00', { reason: 'x' })],
			SETTINGS,
			testContext
		);
		expect(
			validateAction(
				withdrawn,
				{ kind: 'stop', payload: { reason: 'x', returnedUnresolved: false } },
				at('2019-11-22T09:00:00'),
				'leader',
				SETTINGS,
				testContext
			)
		).toEqual({
			ok: false,
			error: 'after-terminal-state'
		});
	});
});
