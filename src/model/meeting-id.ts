/**
 * A meeting's identifier, as its folder is named: `<body>-<YYYY-MM-DD>`, with `-2` and so on for
 * a second meeting of the body that day.
 */

const MEETING_ID = /^(.+)-(\d{4}-\d{2}-\d{2})(?:-\d+)?$/;

/** The body and the date an identifier of a meeting's form names; undefined for one of another form. */
export function meetingIdParts(id: string): { body: string; date: string } | undefined {
  const [, body, date] = MEETING_ID.exec(id) ?? [];
  return body && date ? { body, date } : undefined;
}
