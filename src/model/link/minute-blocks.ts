/**
 * One minute, from its heading and blocks (body.ts read them): the agenda item it took, the
 * decisions and topics it names, and its resolutions, questions with their answers,
 * declarations of interest and areas for improvement. A resolution's references wait until every
 * anchor exists.
 */
import { afiNumber } from "../areas-for-improvement.ts";
import { listValue } from "../attributes.ts";
import type { BodyBlock, BodyMinute } from "../body.ts";
import { isResolutionVerb, RESOLUTION_VERBS } from "../minutes-vocabulary.ts";
import type { ContentFile } from "../read-content.ts";
import { didYouMean } from "../suggest.ts";
import type * as M from "../types.ts";
import type { LinkContext } from "./context.ts";

export function buildMinute(ctx: LinkContext, raw: BodyMinute, index: number, record: M.MinutesRecord, file: ContentFile): M.Minute {
  const document = record.document;
  const line = file.parsed.bodyLine + raw.line;
  const minute: M.Minute = {
    kind: "minute", id: `${document.id}#${raw.anchor}`, anchor: raw.anchor, url: `${document.url}#${raw.anchor}`, record, seq: index + 1, printedNumber: raw.printedNumber,
    title: raw.title, itemCode: raw.values.get("item"), decisions: [], topics: [], resolutions: [], questions: [], declarations: [], areasForImprovement: [],
    source: { file: file.path, line },
  };
  linkItem(ctx, minute, file, line);
  for (const code of listValue(raw.values.get("decisions"))) {
    const decision = ctx.lookup(file, code, ["decision"], line, "decision");
    if (decision) {
      minute.decisions.push(decision);
      decision.notedIn.push(minute);
    }
  }
  for (const t of listValue(raw.values.get("topics"))) {
    const topic = ctx.lookup(file, t, ["topic"], line, "topic");
    if (topic) {
      minute.topics.push(topic);
      topic.minutes.push(minute);
    }
  }
  let lastQuestion: M.Question | undefined;
  for (const block of raw.blocks) {
    const made = linkBlock(ctx, block, minute, file, lastQuestion);
    // A question that could not be linked takes its answer with it: the answer must not fall to the question before.
    if (block.name === "question") lastQuestion = made?.kind === "question" ? made : undefined;
  }
  return minute;
}

/** The agenda item the minute cites with `{item=…}`, which must be on its meeting's agenda. */
function linkItem(ctx: LinkContext, minute: M.Minute, file: ContentFile, line: number): void {
  if (!minute.itemCode) return;
  const meeting = minute.record.meeting;
  const agenda = meeting.agenda;
  const item = agenda?.items.find((it) => it.code === minute.itemCode);
  if (item) {
    minute.item = item;
    item.minutes.push(minute);
  } else if (!agenda) {
    ctx.report(file, `minute cites item ${minute.itemCode} but meeting ${meeting.id} has no agenda: add the agenda to its meeting.md (with inferred: true if it is rebuilt from the minutes)`, undefined, line);
  } else {
    ctx.report(file, `minute cites item ${minute.itemCode}, which is not on the agenda of ${meeting.id}: use one of ${agenda.items.map((it) => it.code).join(", ")}`, undefined, line);
  }
}

function linkBlock(ctx: LinkContext, block: BodyBlock, minute: M.Minute, file: ContentFile, lastQuestion: M.Question | undefined): M.Resolution | M.Question | M.Declaration | M.AreaForImprovement | undefined {
  const document = minute.record.document;
  const line = file.parsed.bodyLine + block.line;
  const base = { id: `${document.id}#${block.anchor}`, anchor: block.anchor, url: `${document.url}#${block.anchor}`, minute, source: { file: file.path, line } };
  switch (block.name) {
    case "resolved": {
      const verbs = listValue(block.values.get("does"));
      const bad = verbs.filter((v) => !isResolutionVerb(v));
      if (bad.length) ctx.report(file, `does=${bad.join(" ")} is not a resolution verb: use ${RESOLUTION_VERBS.join(", ")}${didYouMean(bad[0] ?? "", RESOLUTION_VERBS)}`, undefined, line);
      const resolution: M.Resolution = { ...base, kind: "resolution", text: block.markdown, verbs: verbs.filter(isResolutionVerb), followUps: [] };
      ctx.pendingResolutions.set(minute, [...(ctx.pendingResolutions.get(minute) ?? []), { resolution, values: block.values, file, line }]);
      minute.resolutions.push(resolution);
      ctx.archive.resolutions.push(resolution);
      return resolution;
    }
    case "question": {
      const asker = ctx.lookup(file, block.values.get("asker"), ["person"], line, "person");
      if (!block.values.get("asker")) ctx.report(file, "::: question has no asker: add asker=<person> (the person who asked it) to its {…}", undefined, line);
      const council = ctx.lookup(file, block.values.get("council"), ["organisation"], line, "organisation");
      const numberText = block.values.get("number");
      const number = numberText === undefined ? undefined : Number(numberText);
      if (numberText !== undefined && !Number.isInteger(number)) ctx.report(file, `number=${numberText} is not a whole number: write the question's number as printed, e.g. number=3`, undefined, line);
      if (!asker) return undefined;
      const question: M.Question = { ...base, kind: "question", asker, council, number: Number.isInteger(number) ? number : undefined, text: block.markdown };
      minute.questions.push(question);
      ctx.archive.questions.push(question);
      asker.questions.push(question);
      council?.questions.push(question);
      return question;
    }
    case "answer":
      if (lastQuestion) lastQuestion.answer = block.markdown;
      return undefined;
    case "declaration": {
      const person = ctx.lookup(file, block.values.get("person"), ["person"], line, "person");
      if (!block.values.get("person")) ctx.report(file, "::: declaration has no person: add person=<person> (who declared the interest) to its {…}", undefined, line);
      if (!person) return undefined;
      const meeting = minute.record.meeting;
      const itemCode = block.values.get("item");
      const item = itemCode ? meeting.agenda?.items.find((it) => it.code === itemCode) : undefined;
      if (itemCode && !item) ctx.report(file, `declaration names item ${itemCode}, which is not on the agenda of ${meeting.id}: use one of ${meeting.agenda?.items.map((it) => it.code).join(", ") || "(no agenda)"}, or leave item= out`, undefined, line);
      const declaration: M.Declaration = { ...base, kind: "declaration", person, itemCode, item, text: block.markdown };
      minute.declarations.push(declaration);
      ctx.archive.declarations.push(declaration);
      person.declarations.push(declaration);
      return declaration;
    }
    case "afi": {
      // body.ts reported an AFI with no label: it keeps its place in the text, but is no entry.
      const number = afiNumber(block.markdown);
      if (number === undefined) return undefined;
      const afi: M.AreaForImprovement = { ...base, kind: "area-for-improvement", number, text: block.markdown, under: block.under };
      minute.areasForImprovement.push(afi);
      return afi;
    }
  }
}
