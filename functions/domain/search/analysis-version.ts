/**
 * Raise it with every change to how content is analysed (analyzers, stop words, what the analysed
 * file holds): a prebuilt search index of another version is then ignored, not used. Its own
 * module, so that reading content does not load the search.
 */
export const ANALYSIS_VERSION = 4;
