// Invented feeds, sitemaps and article pages for the watcher's tests: reports about a fictional agreement, the
// Treaty on the Lumen Strait between Varnessa and Tollund, and one about a fictional fisheries accord between
// Norhaven and Brevland. Every sentence is our own.

/** Article pages by path: three about the strait treaty (en, fr, de), one about the fisheries accord, one about
 *  neither. */
export const ARTICLES: Record<string, { title: string; body: string[] }> = {
  '/news/strait-treaty-signed': {
    title: 'Varnessa and Tollund sign Lumen Strait treaty',
    body: [
      'HALDEN, March 3, 2031 — The foreign ministers of Varnessa and Tollund on Monday signed the Treaty on the Lumen Strait in Halden.',
      'The Treaty on the Lumen Strait sets a joint pilotage service for every tanker passing the strait, under its Article 4.',
      'Under Article 9 of the treaty, either side may call a meeting of the joint commission within thirty days.',
    ],
  },
  '/news/strait-treaty-ratified-fr': {
    title: 'Le Parlement du Tollund ratifie le traité sur le détroit de Lumen',
    body: [
      'ORSA, 14 avril 2031 — Le Parlement du Tollund a ratifié mardi le traité sur le détroit de Lumen, signé à Halden le 3 mars 2031.',
      "L'article 4 du traité crée un service commun de pilotage pour les pétroliers.",
    ],
  },
  '/news/strait-treaty-de': {
    title: 'Varnessa billigt Vertrag über die Lumen-Straße',
    body: [
      'HALDEN, 2. Mai 2031 — Das Parlament von Varnessa hat am Freitag den Vertrag über die Lumen-Straße gebilligt, der am 3. März 2031 in Halden unterzeichnet worden war.',
      'Nach Artikel 9 des Vertrags kann jede Seite die gemeinsame Kommission einberufen.',
    ],
  },
  '/news/fisheries-accord': {
    title: 'Norhaven and Brevland agree on herring quotas',
    body: [
      'VELDT, June 12, 2031 — Norhaven and Brevland signed the Accord on Herring Fisheries in the Amber Sea on Thursday in Veldt.',
      'Under Article 2 of the accord, a joint board will set the catch each year.',
    ],
  },
  '/news/harbour-festival': {
    title: 'Harbour festival draws record crowds',
    body: ['HALDEN, July 1, 2031 — The summer harbour festival drew more visitors than ever, the city council said on Sunday.'],
  },
};

/** An article page as a news site serves it. */
export function articleHtml(path: string): string {
  const a = ARTICLES[path];
  const paragraphs = a.body.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${a.title}</title></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><article><h1>${a.title}</h1>
${paragraphs}
</article><footer>© 2031 The Halden Courier</footer></body></html>`;
}

export const rss = (base: string, paths: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Halden Courier</title><link>${base}/</link><description>News</description>
${paths.map((p, i) => `<item><title>${ARTICLES[p]?.title ?? p}</title><link>${base}${p}</link><guid isPermaLink="false">item-${i}</guid><pubDate>Mon, 0${i + 1} Jun 2031 08:00:00 GMT</pubDate></item>`).join('\n')}
</channel></rss>`;

export const atom = (base: string, paths: string[]) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Orsa Daily</title><id>${base}/atom</id><updated>2031-06-01T00:00:00Z</updated>
${paths.map((p, i) => `<entry><title>${ARTICLES[p]?.title ?? p}</title><id>urn:orsa:${i}</id><link rel="alternate" type="text/html" href="${p}"/><link rel="enclosure" href="${p}.mp3"/><updated>2031-06-0${i + 1}T08:00:00Z</updated></entry>`).join('\n')}
</feed>`;

export const rdf = (base: string, paths: string[]) => `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${base}/"><title>Veldt Wire</title><link>${base}/</link><description>Wire</description></channel>
${paths.map((p) => `<item rdf:about="${base}${p}"><title>${ARTICLES[p]?.title ?? p}</title><link>${base}${p}</link><dc:date>2031-06-01</dc:date></item>`).join('\n')}
</rdf:RDF>`;

export const jsonFeed = (base: string, paths: string[]) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Tollund Observer',
    items: paths.map((p, i) => ({ id: `obs-${i}`, url: `${base}${p}`, title: ARTICLES[p]?.title ?? p, date_published: `2031-06-0${i + 1}T08:00:00Z` })),
  });

export const newsSitemap = (base: string, paths: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:n="http://www.google.com/schemas/sitemap-news/0.9">
${paths.map((p) => `<url><loc>${base}${p}</loc><n:news><n:publication><n:name>Halden Courier</n:name><n:language>en</n:language></n:publication><n:publication_date>2031-06-01</n:publication_date><n:title>${ARTICLES[p]?.title ?? p}</n:title></n:news></url>`).join('\n')}
</urlset>`;

export const sitemapIndex = (base: string, sitemaps: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${sitemaps.map((s) => `<sitemap><loc>${base}${s}</loc><lastmod>2031-06-01</lastmod></sitemap>`).join('\n')}
</sitemapindex>`;
