// The pipeline: the pure composition of the stages. `prepareDocument` takes one raw document through ingest's
// output, clean, meta and read; `assembleDossier` takes the prepared pile through the dossier stage; `compact`
// and `facts` shape the dossier for serving and for telling what changed; `sources` types the pile under a user's
// outlet register.
export { type AssembleOptions, assembleDossier, docId, inDossierForm } from './assemble.ts';
export { type CompactDossier, compactDossier, readableDossier } from './compact.ts';
export { diffFacts, dossierFacts, type FactChange } from './facts.ts';
export { type Prepared, type PreparedDocument, prepareDocument } from './prepare.ts';
export { shareMemory } from './share.ts';
export { type SourceOptions, sourceOptions, withSource, withSources } from './sources.ts';
