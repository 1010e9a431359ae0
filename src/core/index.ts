export { extractArticle } from './extract';
export * from './types';
