/**
 * Views: the shapes pages need, derived from the archive. Pure functions of the graph; templates
 * only loop over them and print. `buildViews` derives once what several pages share (years of
 * meetings, the registers, the search filters); the functions a page calls on its own entity (the
 * rows of a meeting's summary list, a paper's contents) are template filters (VIEW_FILTERS).
 */
import { meetingCalendarUrl } from "../feeds/icalendar.ts";
import type { Archive } from "../model/archive.ts";
import { ZONE } from "../model/dates.ts";
import type { Action, Body, Document, Meeting, Question, Resolution, WorkProgrammeEntry } from "../model/types.ts";
import { actionsRaisedAt, latestActions } from "./actions.ts";
import { agendaSections } from "./agenda.ts";
import { attendanceLines } from "./attendance.ts";
import { attendanceRecordRows } from "./attendance-record.ts";
import { attendanceYearTables } from "./attendance-years.ts";
import { bodySummary } from "./body-summary.ts";
import { breadcrumbs } from "./breadcrumbs.ts";
import { contentsOf } from "./contents.ts";
import { decisionSummary } from "./decision-summary.ts";
import { excerpt } from "./excerpt.ts";
import { withheldSentence } from "./withheld.ts";
import { fileSize, hasImageOnlyPdfs, IMAGE_ONLY_PDF_NOTICE, itemFiles, paperFiles } from "./files.ts";
import { findLinks } from "./home-links.ts";
import { madePlaces, type Place, type PlaceKey, placesFor, type Scrutinee, SECTIONS, type Section } from "./places.ts";
import { searchCodeForms } from "./search-codes.ts";
import { searchHint } from "./search-hint.ts";
import type { Link } from "./link.ts";
import { meetingNotice, showsNotice } from "./meeting-known.ts";
import { archiveHoldings } from "./meeting-holdings.ts";
import { meetingHoldings } from "./meeting-list.ts";
import { meetingLinks } from "./meeting-links.ts";
import { unlistedPapers } from "./meeting-papers.ts";
import { holdsPapers, isUpcoming, meetingApproval, recordApproval } from "./meeting-state.ts";
import { minuteCitation, minuteCitationOn } from "./minute-citation.ts";
import { meetingPagination } from "./meeting-pagination.ts";
import { meetingSummary } from "./meeting-summary.ts";
import { mentionLinks } from "./mentions.ts";
import { type MovedPage, movedPages } from "./moved-pages.ts";
import { serviceNavigation } from "./navigation.ts";
import { type NextMeeting, nextMeetings } from "./next-meetings.ts";
import { organisationPosts, organisationSummary } from "./organisation-summary.ts";
import { decisionTitle, meetingHeading, meetingTitle, paperCaption, paperHeading, paperTitle, printedTitle, summonsHeading } from "./page-titles.ts";
import { paperHeaderLines, paperSummary } from "./paper-summary.ts";
import { personPost } from "./people.ts";
import { permanentAddress } from "./permanent-address.ts";
import { hasPage, withPages } from "./published.ts";
import { questionExcerpt, questionSummary } from "./question-summary.ts";
import { resolutionActions } from "./resolution-actions.ts";
import { type RegisterYear, registerYearLinks, registerYears } from "./register-years.ts";
import { type RegisterSummary, recommendations, registerRows, registers } from "./registers.ts";
import { type SearchOption, searchTypeOptions } from "./search-options.ts";
import { searchTagsOf } from "./search-tags.ts";
import { followUpNote, followUpTag, plannedOutcomeNote, plannedOutcomeTag } from "./status-tags.ts";
import { govukRows } from "./summary-list.ts";
import { labelColumns } from "./table-labels.ts";
import { topicResolutions } from "./topic-page.ts";
import { latestPlans, plannedMeetings, standingGroups } from "./work-programme.ts";
import { meetingsByYear, type YearOfMeetings } from "./years.ts";

export { asksForSomething, type RegisterSummary } from "./registers.ts";
export { attendanceByYear, type AttendanceYear } from "./attendance-years.ts";
export { attendanceRecord, type BodyAttendance } from "./attendance-record.ts";
export { hasPage, isPublished, withPages } from "./published.ts";
export { holdsAgenda, holdsPapers, isUpcoming } from "./meeting-state.ts";
export { meetingsByYear, type YearOfMeetings } from "./years.ts";
export { isComing, type NextMeeting, nextMeetingOf, nextMeetings } from "./next-meetings.ts";
export { archiveHoldings } from "./meeting-holdings.ts";
export { PLACES, type Place, REGISTERS, type Scrutinee, SECTIONS } from "./places.ts";

/** What the archive's configuration (site.json) says that views word pages with. */
export interface ArchiveWords {
  /** The office its bodies scrutinise: "Decisions of the Commissioner". */
  scrutinee?: Scrutinee;
  /** The search box's examples. */
  searchExamples?: readonly string[];
}

export interface Views {
  /** The build's date in London, YYYY-MM-DD: what is past and what is to come. */
  today: string;
  years: YearOfMeetings[];
  /** Each body's next meeting at the build's date, or a sentence saying the archive holds none. */
  nextMeetings: NextMeeting[];
  /** Papers with pages of their own: exempt and embargoed papers have none. */
  publishedDocuments: Document[];
  /** Meetings whose papers the archive holds (not stubs), newest first. */
  recentMeetings: Meeting[];
  bodies: { body: Body; held: Meeting[]; upcoming: Meeting[]; referenced: Meeting[] }[];
  registers: RegisterSummary[];
  /** Meetings that work programmes plan business for, soonest last, with their entries. */
  workProgrammeMeetings: { meeting: Meeting; entries: WorkProgrammeEntry[] }[];
  /** Resolutions that asked something of someone, or scheduled a follow-up. */
  recommendations: Resolution[];
  /** The registers' entries by year, newest first, each year with the meetings whose minutes the archive does not hold. */
  registerYears: {
    resolutions: RegisterYear<Resolution>[];
    recommendations: RegisterYear<Resolution>[];
    questions: RegisterYear<Question>[];
    actions: RegisterYear<Action>[];
  };
  /** The search page's Type filter. */
  searchTypes: SearchOption[];
  /** The home page's links to search, the registers and the directories. */
  findLinks: Link[];
  /** What the accessibility statement says of PDFs with no text, when the archive publishes any; else undefined. */
  imageOnlyPdfNotice?: string;
  /** The fixed pages, titled in the archive's words. */
  places: Readonly<Record<PlaceKey, Place>>;
  /**
   * Each fixed page as a list of itself when the site makes it, else empty: the page templates
   * paginate over it, so a register with no record is not made.
   */
  madePages: Readonly<Record<PlaceKey, Place[]>>;
  /** The navigation's sections the site makes. */
  sections: Section[];
  /** The office the bodies scrutinise, when the archive names one. */
  scrutinee?: Scrutinee;
  /** The search box's hint, with examples the archive holds. */
  searchHint: string;
  /** The forms of the archive's decision codes, as JSON, for the search page to know a code typed in any of them (./search-codes.ts). */
  searchCodeForms: string;
  /** The old addresses of meetings moved to another date, and of their papers, each sending the reader on (./moved-pages.ts). */
  movedPages: MovedPage[];
}

export function buildViews(archive: Archive, words: ArchiveWords = {}): Views {
  const today = archive.clock.setZone(ZONE).toISODate() ?? "";
  const places = placesFor(words.scrutinee);
  const made = madePlaces(archive);
  const publishedDocuments = withPages(archive.documents);
  const recommended = recommendations(archive);
  return {
    today,
    years: meetingsByYear(archive.meetings),
    nextMeetings: nextMeetings(archive.bodies, today),
    publishedDocuments,
    movedPages: movedPages(archive.meetings),
    // Not one still to come (its agenda may be issued): it is under "Next meetings".
    recentMeetings: archive.meetings.filter((m) => holdsPapers(m) && (m.date < today || m.status === "held")).reverse().slice(0, 6),
    registers: registers(archive, places, made),
    workProgrammeMeetings: archive.meetings.filter((m) => m.plannedBusiness.length > 0).map((meeting) => ({ meeting, entries: latestPlans(meeting.plannedBusiness) })),
    recommendations: recommended,
    registerYears: {
      resolutions: registerYears(archive.resolutions, (r) => r.minute.record.meeting, today),
      recommendations: registerYears(recommended, (r) => r.minute.record.meeting, today),
      questions: registerYears(archive.questions, (q) => q.minute.record.meeting, today),
      // An action is listed with the notes that record it, which say where it was raised.
      actions: registerYears(latestActions(archive.actions), (a) => a.record.meeting, today),
    },
    bodies: archive.bodies.map((body) => ({
      body,
      held: body.meetings.filter(holdsPapers).reverse(),
      upcoming: body.meetings.filter((m) => isUpcoming(m, today)),
      referenced: body.meetings.filter((m) => !holdsPapers(m) && !isUpcoming(m, today)).reverse(),
    })),
    searchTypes: searchTypeOptions(publishedDocuments, archive.files),
    findLinks: findLinks(places, made),
    imageOnlyPdfNotice: hasImageOnlyPdfs(archive.files) ? IMAGE_ONLY_PDF_NOTICE : undefined,
    places,
    madePages: Object.fromEntries(Object.values(places).map((place) => [place.key, made.has(place.key) ? [place] : []])) as Record<PlaceKey, Place[]>,
    sections: SECTIONS.filter((key) => made.has(key)),
    scrutinee: words.scrutinee,
    searchHint: searchHint(archive, words.searchExamples),
    searchCodeForms: searchCodeForms(archive.decisions),
  };
}

/**
 * The view functions templates call as filters, by the name they call them: `meeting |
 * meetingSummary | govukRows`. Each takes the entity (and what else it needs, such as the build's
 * date) and returns plain data for a template, or for a govuk-frontend macro, to print.
 */
export const VIEW_FILTERS = {
  actionsRaisedAt,
  agendaSections,
  archiveHoldings,
  attendanceLines,
  attendanceRecordRows,
  attendanceYearTables,
  bodySummary,
  breadcrumbs,
  contentsOf,
  decisionSummary,
  decisionTitle,
  excerpt,
  followUpNote,
  followUpTag,
  govukRows,
  fileSize,
  hasPage,
  meetingApproval,
  labelColumns,
  itemFiles,
  latestPlans,
  meetingCalendarUrl,
  meetingHeading,
  meetingHoldings,
  meetingLinks,
  meetingNotice,
  meetingPagination,
  meetingSummary,
  meetingTitle,
  mentionLinks,
  minuteCitation,
  minuteCitationOn,
  organisationPosts,
  organisationSummary,
  paperCaption,
  paperFiles,
  paperHeaderLines,
  paperHeading,
  paperSummary,
  paperTitle,
  permanentAddress,
  personPost,
  plannedMeetings,
  plannedOutcomeNote,
  plannedOutcomeTag,
  printedTitle,
  questionExcerpt,
  questionSummary,
  recordApproval,
  registerRows,
  registerYearLinks,
  resolutionActions,
  searchTagsOf,
  serviceNavigation,
  showsNotice,
  standingGroups,
  summonsHeading,
  topicResolutions,
  unlistedPapers,
  withPages,
  withheldSentence,
} as const;
