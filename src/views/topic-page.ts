/** What a topic's page lists beyond the graph's own lists: the resolutions of its minutes. */
import type { Resolution, Topic } from "../model/types.ts";

export function topicResolutions(topic: Topic): Resolution[] {
  return topic.minutes.flatMap((m) => m.resolutions);
}
