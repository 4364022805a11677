/**
 * One-stop rule sets by effective date, domain.md §1: a dossier keeps the rule version in force
 * when it was received ([A] design consequence).
 */
import { datePart, type IsoDate, type LocalDateTime } from '../time';

export type RuleVersion = 'nd61-2018' | 'nd118-2025';

export interface RuleSet {
	readonly id: RuleVersion;
	readonly decree: string;
	readonly guidance: string;
	/** First day in force. */
	readonly from: IsoDate;
	/** Last day in force; absent while current. */
	readonly until?: IsoDate;
}

export const RULE_SETS: readonly RuleSet[] = [
	{
		id: 'nd61-2018',
		decree: 'Nghị định 61/2018/NĐ-CP',
		guidance: 'Thông tư 01/2018/TT-VPCP',
		from: '2018-06-21' as IsoDate,
		until: '2025-06-30' as IsoDate
	},
	{
		id: 'nd118-2025',
		decree: 'Nghị định 118/2025/NĐ-CP',
		guidance: 'Thông tư 03/2025/TT-VPCP',
		from: '2025-07-01' as IsoDate
	}
];

export type RuleVersionResult =
	| { readonly ok: true; readonly value: RuleSet }
	| { readonly ok: false; readonly error: 'rule-version-missing'; readonly date: IsoDate };

/** The one-stop rule set in force on a receipt date, domain.md §1. */
export function ruleSetAt(receivedAt: LocalDateTime | IsoDate): RuleVersionResult {
	const date = datePart(receivedAt as LocalDateTime);
	const set = RULE_SETS.find((s) => s.from <= date && (s.until === undefined || date <= s.until));
	return set === undefined
		? { ok: false, error: 'rule-version-missing', date }
		: { ok: true, value: set };
}

/** The id of the rule set in force on a receipt date (`Dossier.ruleVersion`), domain.md §1. */
export function ruleVersionAt(
	receivedAt: LocalDateTime | IsoDate
):
	| { readonly ok: true; readonly value: RuleVersion }
	| { readonly ok: false; readonly error: 'rule-version-missing'; readonly date: IsoDate } {
	const set = ruleSetAt(receivedAt);
	return set.ok ? { ok: true, value: set.value.id } : set;
}
