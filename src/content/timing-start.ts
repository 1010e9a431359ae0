/**
 * Imported first by the content script, so this runs before any other module of it: the bench
 * (bench/browser/reader-timing.ts) tells compiling the script apart from running its modules' setup.
 */
if (typeof __SIFT_TIMING_MARKS__ !== 'undefined' && __SIFT_TIMING_MARKS__) performance.mark('sift:script-eval');
