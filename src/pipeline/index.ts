// The pipeline: the pure composition of the stages. `prepareDocument` takes one raw document through ingest's
// output, clean, meta and read; `assembleDossier` takes the prepared pile through the dossier stage; `compact`
// and `facts` shape the dossier for serving and for telling what changed.
export { assembleDossier, docId, inDossierForm, type AssembleOptions } from './assemble.ts';
export { compactDossier, readableDossier, type CompactDossier } from './compact.ts';
export { diffFacts, dossierFacts, type FactChange } from './facts.ts';
export { prepareDocument, type Prepared, type PreparedDocument } from './prepare.ts';
export { shareMemory } from './share.ts';
