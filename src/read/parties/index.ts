// Finds states (names, adjectives, abbreviations, capitals) and their bodies (legislatures, offices).
import type { BodyMention, PartyMention } from '../../types.ts';

export function findParties(text: string, language: string | null): PartyMention[] {
  return [];
}

export function findBodies(text: string, language: string | null): BodyMention[] {
  return [];
}
