/**
 * Front matter as the JSON Schemas guarantee it: the linker reads these shapes only from files
 * that passed validation, so the casts from `unknown` to them are safe.
 */
import type * as M from "./types.ts";

export interface PersonAsPrinted { person?: string; as_printed: string }
export interface FmBody { name: string; short_name?: string; kind: M.BodyKind; host?: string; names_as_printed?: string[] }
export interface FmOrganisation { name: string; kind: M.OrganisationKind; names_as_printed?: string[]; website?: string }
export interface FmRole { role: M.RoleKind; organisation?: string; body?: string; as_printed?: string; seen?: string[]; from?: string; to?: string }
export interface FmPerson { name: string; honorific?: string; post_nominals?: string[]; names_as_printed?: string[]; note?: string; roles?: FmRole[] }
export interface FmDecision { code: string; codes_as_printed?: string[]; title: string; maker?: string; date?: string; status?: "present" | "referenced" }
export interface FmTopic { title: string }
export interface FmItem { code: string; title: string; pages?: { from: number; to: number }; papers?: string[]; verbal?: boolean; exempt?: number[]; minutes_of?: string; topics?: string[]; decisions?: string[]; note?: string }
export interface FmSection { letter?: string; title?: string; part?: "unrestricted" | "exempt"; items: FmItem[] }
export interface FmMembership { person?: string; vacancy?: boolean; as_printed?: string; representing?: string; representing_as_printed?: string; role?: M.RoleKind }
export interface FmMeeting {
  body: string; date: string; time?: string; date_as_printed?: string; venue?: string; status: M.MeetingStatus; title?: string; special?: boolean;
  issued?: string; signatory?: PersonAsPrinted; contacts?: PersonAsPrinted[]; membership?: FmMembership[]; next_meeting?: string; topics?: string[];
  agenda?: { inferred?: boolean; sections: FmSection[] };
}
export interface FmAttendee { person: string; as_printed: string; for?: string; group?: string }
export interface FmAction { text: string; owner?: string; due?: string; status: "open" | "discharged"; minute?: string; raised_at?: string; discharged_at?: string }
export interface FmEntry { meeting: string; title: string; source?: string; lead?: string; requested_by?: string; topics?: string[] }
export interface FmDocument {
  type: M.DocumentType; title: string; header?: Record<string, string>; author?: string; date?: string; parent?: string; appendix?: string;
  period?: { from: string; to: string }; series?: string; version?: string; topics?: string[]; status?: "present" | "referenced";
  exempt?: number[]; publish_from?: string; lists?: { key: string; title: string; entries: string[] }[];
  attendance?: Partial<Record<"present" | "also_present" | "in_attendance" | "apologies" | "substitutes" | "attendees", FmAttendee[]>>;
  actions?: FmAction[]; entries?: FmEntry[]; standing?: { kind: string; heading?: string; title: string }[];
}

