/** The attribute that marks Sift's reader host, a plain <div> (tests and benchmarks find the reader by it). */
export const READER_HOST_ATTR = 'data-sift-reader';
export const READER_HOST_ATTR_SELECTOR = `[${READER_HOST_ATTR}]`;
