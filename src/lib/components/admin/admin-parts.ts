/** The sections of the administration (`admin.nav.*`, `admin.parts.*`) and where they live. */
export const ADMIN_PARTS = ['procedures', 'calendars', 'offices', 'accounts', 'audit'] as const;
export type AdminPart = (typeof ADMIN_PARTS)[number];

export const ADMIN_PART_HREFS = {
	procedures: '/quan-tri/thu-tuc',
	calendars: '/quan-tri/lich',
	offices: '/quan-tri/don-vi',
	accounts: '/quan-tri/nguoi-dung',
	audit: '/quan-tri/nhat-ky'
} as const satisfies Record<AdminPart, string>;
