/** The key facts of an organisation, as the rows of its page's summary list. */
import type { Vocabulary } from "../model/conventions.ts";
import type { Organisation } from "../model/types.ts";
import { organisationKindLabel } from "../render/labels.ts";
import { listRow, row, type SummaryRow } from "./summary-list.ts";

/** `vocabulary`: the archive's, whose words for kinds of organisation the site may give (`archive.vocabulary`). */
export function organisationSummary(organisation: Organisation, vocabulary: Vocabulary): SummaryRow[] {
  return [
    row("Kind", organisationKindLabel(organisation.organisationKind, vocabulary)),
    row("Website", organisation.website, organisation.website),
    listRow("Also printed as", organisation.namesAsPrinted.map((text) => ({ text }))),
  ];
}
