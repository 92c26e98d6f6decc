/**
 * Agreements and consents that gate access: the public surface.
 *
 * Server services and pages import from here; see each module's header for
 * the rules it owns.
 */
export * from './types';
export * from './hash';
export * from './canonical-text';
export * from './versions';
export * from './validity';
export * from './consent-records';
export * from './pupil-band';
export * from './gate';
export * from './class-summary';
export * from './signing';
export * from './invitation-codes';
export * from './invitation-throttle';
export { DEFAULT_AGREEMENT_TEXTS, defaultAgreementText, CONSENT_WORDING, type ConsentWording } from './default-texts';
