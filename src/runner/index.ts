// The runner: the I/O edge shared by the command line and the server for reading documents. It prepares raw
// documents (ingest, clean, meta, read) inline or on worker threads, keeps them in the store keyed by sha256 and
// the pipeline's version, and loads them back when that code has not changed.
export { cacheOn, openCache, preparedOf, type StoreCache } from './cache.ts';
export { listInputFiles, readInputFile } from './inputs.ts';
export { inlinePreparer, POOL_MIN_FILES, type Preparer, workerPreparer } from './prepare-pool.ts';
export { type DocumentCache, type ReadOptions, type ReadResult, readDocuments } from './read-documents.ts';
export { pipelineVersion } from './version.ts';
