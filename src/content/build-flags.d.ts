/** Replaced by scripts/build.ts: true in the test build (dist-test), false in what ships. */
declare const __SIFT_TIMING_MARKS__: boolean;
