/**
 * Settings of the form builders, domain.md §1 "Design consequence [A]": every rule set is
 * versioned, and a dossier's `ruleVersion` picks the form set it is printed with.
 */
import * as v from 'valibot';

export const FormSetSchema = v.picklist(['2018', '2025']);

/** `2018` = TT 01/2018/TT-VPCP (Mẫu 01–06); `2025` = TT 03/2025/TT-VPCP (Mẫu 01–07). */
export type FormSet = v.InferOutput<typeof FormSetSchema>;

export const FormSettingsSchema = v.object({
	/** Rule version of a dossier → form set ([A], §1). */
	ruleVersionFormSets: v.record(v.string(), FormSetSchema)
});

export type FormSettings = v.InferOutput<typeof FormSettingsSchema>;

export const DEFAULT_FORM_SETTINGS: FormSettings = {
	ruleVersionFormSets: { 'nd61-2018': '2018', 'nd118-2025': '2025' }
};
