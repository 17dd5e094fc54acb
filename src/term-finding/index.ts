// Key terms of any English article, found on the device (issue #16, point 3). For an extension
// page (popup, options), never a content script: compromise and the table weigh ~440 kB.
export { findTerms, MAX_TERMS, type ArticleInput, type FoundTerm } from './find-terms';
export { tierOf } from './tiers';
