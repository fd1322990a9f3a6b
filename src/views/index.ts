/**
 * Views: the shapes pages need, derived once from the archive (years of meetings, a body's
 * upcoming and past meetings). Pure functions of the graph; templates only lay them out.
 */
import type { Archive } from "../model/archive.ts";
import { municipalYear, yearOf, ZONE } from "../model/dates.ts";
import type { Body, Document, Meeting, Person, Resolution, WorkProgrammeEntry } from "../model/types.ts";

export interface YearOfMeetings {
  year: number;
  url: string;
  meetings: Meeting[];
}

export interface Views {
  /** The build's date in London, YYYY-MM-DD: what is past and what is to come. */
  today: string;
  years: YearOfMeetings[];
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
}

export interface RegisterSummary {
  title: string;
  url: string;
  description: string;
  count: number;
}

export function buildViews(archive: Archive): Views {
  const today = archive.clock.setZone(ZONE).toISODate() ?? "";
  return {
    today,
    years: meetingsByYear(archive.meetings),
    publishedDocuments: archive.documents.filter((d) => !d.withheld),
    recentMeetings: archive.meetings.filter(holdsPapers).reverse().slice(0, 6),
    registers: registers(archive),
    workProgrammeMeetings: archive.meetings.filter((m) => m.plannedBusiness.length > 0).map((meeting) => ({ meeting, entries: meeting.plannedBusiness })),
    recommendations: archive.resolutions.filter(asksForSomething),
    bodies: archive.bodies.map((body) => ({
      body,
      held: body.meetings.filter(holdsPapers).reverse(),
      upcoming: body.meetings.filter((m) => isUpcoming(m, today)),
      referenced: body.meetings.filter((m) => !holdsPapers(m) && !isUpcoming(m, today)).reverse(),
    })),
  };
}

/** A meeting still to come at the build's clock: planned, and its date not yet past. */
export function isUpcoming(meeting: Meeting, today: string): boolean {
  return meeting.status === "scheduled" && meeting.date >= today;
}

/** A meeting the archive holds papers for: an agenda, minutes or any paper with text. */
export function holdsPapers(meeting: Meeting): boolean {
  return (meeting.agenda !== undefined && !meeting.agenda.inferred) || meeting.documents.some((d) => d.status === "present");
}

export function meetingsByYear(meetings: readonly Meeting[]): YearOfMeetings[] {
  const years = new Map<number, Meeting[]>();
  for (const meeting of meetings) {
    const year = yearOf(meeting.date);
    years.set(year, [...(years.get(year) ?? []), meeting]);
  }
  return [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, url: `/meetings/${year}/`, meetings: list }));
}

function registers(archive: Archive): RegisterSummary[] {
  return [
    { title: "Resolutions", url: "/registers/resolutions/", description: "Every resolution, what it did and any follow-up it scheduled.", count: archive.resolutions.length },
    { title: "Decisions of the Commissioner", url: "/decisions/", description: "Decisions by code, with the minutes that noted them.", count: archive.decisions.length },
    { title: "Questions to the Commissioner", url: "/registers/questions/", description: "Who asked what, for which council, and the answer.", count: archive.questions.length },
    { title: "Declarations of interest", url: "/registers/declarations/", description: "Interests members declared, by meeting and item.", count: archive.declarations.length },
    { title: "Actions", url: "/registers/actions/", description: "Board actions: raised at, owner, due date, status.", count: archive.actions.length },
    { title: "Work programme", url: "/registers/work-programme/", description: "Business planned for coming meetings, linked to what asked for it and what became of it.", count: archive.workProgrammeEntries.length },
    { title: "Panel recommendations and requests", url: "/registers/recommendations/", description: "What the Panel asked for or recommended, and what followed.", count: archive.resolutions.filter(asksForSomething).length },
    { title: "People", url: "/people/", description: "Members, officers and attendees, with every form of their names.", count: archive.people.length },
    { title: "Topics", url: "/topics/", description: "Subjects that run across meetings and years.", count: archive.topics.length },
  ];
}

/** A resolution that asked something of someone, recommended, or scheduled a follow-up. */
export function asksForSomething(resolution: Resolution): boolean {
  return resolution.verbs.includes("request") || resolution.verbs.includes("recommend") || resolution.followUps.length > 0;
}

export interface AttendanceYear {
  year: string;
  present: number;
  apologies: number;
  substitute: number;
  /** Also present, in attendance, or a board attendee: there in another capacity. */
  other: number;
}

/** A person's attendance counted per municipal year, newest first. */
export function attendanceByYear(person: Person): AttendanceYear[] {
  const years = new Map<string, AttendanceYear>();
  for (const a of person.attendance) {
    const year = municipalYear(a.meeting.date);
    const row = years.get(year) ?? { year, present: 0, apologies: 0, substitute: 0, other: 0 };
    if (a.category === "present" && !a.substituteFor) row.present++;
    else if (a.category === "apologies") row.apologies++;
    else if (a.category === "substitute" || a.substituteFor) row.substitute++;
    else row.other++;
    years.set(year, row);
  }
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year));
}
