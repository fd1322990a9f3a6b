/**
 * Names for the front matter the linker reads, all derived from the types generated from the JSON
 * Schemas (front-matter-types.generated.ts), so a field is typed only as the schemas define it.
 */
import type { FmMeeting, FmMinutes, FmPaper, FmWorkProgramme, FrontMatterBySchema } from "./front-matter-types.generated.ts";
import type { ContentType, SCHEMA_FOR_TYPE } from "./schemas.ts";

export type { FmBody, FmDecision, FmMeeting, FmMinutes, FmOrganisation, FmPaper, FmPerson, FmTopic, FmWorkProgramme } from "./front-matter-types.generated.ts";

/** The front matter a file of `type:` T has once it passed its schema. */
export type FrontMatterOf<T extends ContentType> = FrontMatterBySchema[(typeof SCHEMA_FOR_TYPE)[T]];

/** Any paper, minutes, notes or work programme. */
export type FmDocument = FmPaper | FmMinutes | FmWorkProgramme;

export type FmAgenda = NonNullable<FmMeeting["agenda"]>;
export type FmItem = FmAgenda["sections"][number]["items"][number];
