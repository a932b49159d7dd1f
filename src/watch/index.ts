// Watching the news (issue 16): sources (feeds, news sitemaps, local folders) polled politely and safely, each
// new report prepared, routed to the collection of the followed agreement it is about (or to unsorted), and
// stored. Pure parts: entries.ts, feed.ts, sitemap.ts, source-document.ts, decode.ts, url.ts, address.ts,
// config.ts, route.ts. I/O: fetch*.ts, robots.ts, rate-limit.ts, article.ts, poll.ts, folder.ts, reports.ts,
// session.ts.
export { type ArticleOptions, type Downloaded, downloadArticle, fetchArticle, MAX_FAILURES } from './article.ts';
export { configJson, type FollowedAgreement, parseConfig, UNSORTED, type WatchConfig } from './config.ts';
export type { PollResult, Problem, StepResult, StoredReport, WatchContext } from './context.ts';
export { Fetcher } from './fetch.ts';
export { DEFAULT_POLICY, FetchError, type FetchPolicy } from './fetch-policy.ts';
export { pollSource } from './poll.ts';
export { type StoreResult, storeReports } from './reports.ts';
export { matcherOf, type Routing, routeReport } from './route.ts';
export { openWatchSession, pollAll, type SessionOptions, type WatchSession, watchForever } from './session.ts';
export { isWebAddress } from './url.ts';
