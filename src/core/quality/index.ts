/**
 * The 5 B's quality checker (Roose & De Bie 2003, with the two Flemish additions):
 * question bank and improvement ideas as data, scoring with the weakest B's first,
 * saved results and the comparison of several perspectives.
 *
 * Quality of a service as families experience it "can only be constructed in dialogue
 * with the families" (INCh), so one scoring serves a parent's and a professional's view
 * and the comparison puts them side by side, biggest disagreement first.
 * @module
 */
export * from './questions.js';
export * from './scoring.js';
export * from './saved.js';
export * from './read.js';
export * from './compare.js';
