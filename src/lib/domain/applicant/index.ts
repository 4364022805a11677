/** Applicant data: identity numbers, contact, names, ID-card QR and validation, domain.md §12. */
export * from './citizen-id';
export * from './contact';
export * from './id-card-qr';
export * from './identity-number';
export * from './mask';
export * from './name';
export * from './province-codes';
export * from './settings';
export * from './validate-applicant';
