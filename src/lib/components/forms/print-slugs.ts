/**
 * The addresses of a dossier's printable forms, by kind rather than form number (numbers differ
 * between the 2018 and 2025 sets): `/ho-so/<code>/in/giay-tiep-nhan`, …
 */
import { DOSSIER_FORM_KINDS, type DossierFormKind } from '$lib/app/printable-forms';

export const PRINT_SLUGS: Readonly<Record<DossierFormKind, string>> = {
	receipt: 'giay-tiep-nhan',
	'supplement-request': 'phieu-bo-sung',
	apology: 'phieu-xin-loi',
	'stop-notice': 'thong-bao-dung',
	'control-slip': 'phieu-kiem-soat'
};

export function kindOfSlug(slug: string): DossierFormKind | null {
	return DOSSIER_FORM_KINDS.find((kind) => PRINT_SLUGS[kind] === slug) ?? null;
}
