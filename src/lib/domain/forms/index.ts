/** Official one-stop forms as plain data (TT 01/2018 and TT 03/2025 sets), domain.md §5. */
export * from './apology-form';
export * from './control-slip-form';
export * from './form-common';
export * from './form-sets';
export * from './official-texts';
export * from './receipt-form';
export * from './refusal-form';
export * from './settings';
export * from './stop-notice-form';
export * from './supplement-request-form';
export * from './tracking-book-form';
export * from './feedback-receipt';
