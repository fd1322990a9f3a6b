/**
 * One page of each kind the archive publishes, from the shipped content: the pages the
 * screenshot and print tests look at. (The axe, HTML and budget tests read every page.)
 */
export interface PageKind {
  /** A short name, used for the screenshot's file name. */
  name: string;
  url: string;
}

export const PAGE_KINDS: readonly PageKind[] = [
  { name: "home", url: "/" },
  { name: "body", url: "/bodies/kmpcp/" },
  { name: "meetings-index", url: "/meetings/" },
  { name: "meetings-year", url: "/meetings/2024/" },
  { name: "meeting", url: "/meetings/kmpcp-2024-10-10/" },
  { name: "meeting-not-yet-held", url: "/meetings/kmpcp-2024-12-18/" },
  { name: "paper", url: "/meetings/kmpcp-2024-10-10/b3-hmicfrs-peel-update/" },
  { name: "paper-long-with-tables", url: "/meetings/kmpcp-2024-10-10/b2-appendix-a-annual-report-2023-24/" },
  { name: "paper-referenced", url: "/meetings/kmpcp-2019-09-24/b1-police-officer-recruitment-update/" },
  { name: "minutes", url: "/meetings/kmpcp-2024-07-16/minutes/" },
  { name: "board-notes", url: "/meetings/pdb-2024-06-12/notes/" },
  { name: "work-programme", url: "/meetings/kmpcp-2024-10-10/d1-future-work-programme/" },
  { name: "plan", url: "/papers/safer-in-kent-2017-2021/" },
  { name: "person", url: "/people/mike-hill/" },
  { name: "people", url: "/people/" },
  { name: "organisation", url: "/organisations/kent-police/" },
  { name: "organisations", url: "/organisations/" },
  { name: "decision", url: "/decisions/opcc-d-035-24/" },
  { name: "decisions", url: "/decisions/" },
  { name: "topic", url: "/topics/peel/" },
  { name: "topics", url: "/topics/" },
  { name: "registers", url: "/registers/" },
  { name: "register-resolutions", url: "/registers/resolutions/" },
  { name: "register-recommendations", url: "/registers/recommendations/" },
  { name: "register-actions", url: "/registers/actions/" },
  { name: "register-questions", url: "/registers/questions/" },
  { name: "register-declarations", url: "/registers/declarations/" },
  { name: "register-work-programme", url: "/registers/work-programme/" },
  { name: "search", url: "/search/" },
  { name: "subscribe", url: "/subscribe/" },
  { name: "open-data", url: "/data/" },
  { name: "accessibility", url: "/accessibility/" },
  { name: "not-found", url: "/no-such-page/" },
];
