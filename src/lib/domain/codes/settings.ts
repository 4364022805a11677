/**
 * Settings of the dossier code rules, domain.md §9.1. The [A] rules of that section are
 * configurable; the defaults follow TT 01/2018/TT-VPCP Art. 19 and the app's validation regex.
 */
import * as v from 'valibot';

export const DossierCodeSettingsSchema = v.object({
	/** Regex source (unanchored) of the agency part, an opaque string from the catalogue (§9.1 [A]). */
	agencyPattern: v.string(),
	/** The sequence is zero-padded to at least this many digits (§9.1: "exactly 4" in 2018, "at least 4" from 2026). */
	minSequenceDigits: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** Highest sequence number of one office on one day, split among its desks (§9.1 [A]). */
	dailyCapacity: v.pipe(v.number(), v.integer(), v.minValue(1))
});

export type DossierCodeSettings = v.InferOutput<typeof DossierCodeSettingsSchema>;

/** Defaults: `^[0-9A-Z.]{5,20}-\d{6}-\d{4,}$` and a 4-digit daily sequence, 0001–9999. */
export const DEFAULT_DOSSIER_CODE_SETTINGS: DossierCodeSettings = {
	agencyPattern: '[0-9A-Z.]{5,20}',
	minSequenceDigits: 4,
	dailyCapacity: 9999
};
