// What each language's file lists: the words of every kind of page junk the detectors know.

export interface JunkWords {
  /** Headings of link lists and teaser prefixes: "Related news", "Read also", "Top stories". */
  related: string[];
  /** Comment widgets, the whole line: "Leave a comment", "You are replying to". */
  comments: string[];
  /** Paywall notices and article meters: "This article is for subscribers", "You have read 3 of your 5 free articles". */
  paywall: string[];
  /** Newsletter and e-mail footers: "To unsubscribe…", "Forward to a colleague", "View in browser". */
  newsletter: string[];
  /** A site selling itself: the words of subscription and sign-up prompts. */
  promo: string[];
  /** The site speaking to the reader: second person, first person plural, imperatives ("^…" where they open the line). */
  readerAddress: string[];
  /** Cookie consent in the site's own voice ("we use cookies"), never the bare word. */
  cookie: string[];
  /** Share prompts: "Share this article", "Поделиться". */
  share: string[];
  /** Photo credit markers before a colon, as printed (matched case-sensitively): "Photo", "Фото", "الصورة". */
  photo: string[];
  /** Copyright and reuse notices: "All rights reserved", "Use of materials … only with a hyperlink". */
  rights: string[];
  /** Page tools on a bar of their own: "Print | Email to a friend", "Drucken | Versenden". The whole item. */
  tools: string[];
  /** Editorial boilerplate opening its line: "Letters may be edited for length", "The views expressed are…". */
  disclaimer: string[];
  /** Wire credit roles with their preposition, before a name: "edición de", "édité par", "Redigiert von". */
  creditRoles: string[];
  /** A caption's closing mark that the picture is an old one: "(file photo)", "(Archivbild)", "(архив)". */
  archive: string[];
  /** Labels of a release's press contacts, before a colon or alone on their line: "Media contact", "Pressekontakt". */
  contact: string[];
  /** The label of a line that credits whose copy the page carries, before a colon: "Source", "Quelle", "Источник". */
  sourceCredit: string[];
  /** A wire's handling words on a line of their own above the story: "Urgent", "For immediate release", "Срочно". */
  handling: string[];
  /** "More information" before an address alone: "Más información en x.example", "Weitere Informationen unter …". */
  moreInfo: string[];
  /** A page's note about its own text, opening a sentence: "Unofficial translation", "Справка подготовлена редакцией". */
  pageNote: string[];
  /** Field names of a wire's handling line: "Slug: X   Priority: urgent", "Filed 16/09 19:42 GMT". */
  wireField: string[];
  /** After a name, what a column's closing bio says the writer or the institute is: "is a contributing columnist". */
  bio: string[];
}
