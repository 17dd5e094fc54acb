export { extractArticle, LONG_WORDS, MIN_WORDS } from './extract-article';
export type {
  ArticleSource,
  ExtractedArticle,
  ExtractionResult,
  ExtractionWarning,
  NotArticleReason,
  PublishedDate,
} from './types';
