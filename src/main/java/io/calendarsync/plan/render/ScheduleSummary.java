package io.calendarsync.plan.render;

import java.time.ZonedDateTime;
import java.util.List;

/** A meeting's schedule in one sentence and the starts of its next occurrences, for plans to show. */
public record ScheduleSummary(String sentence, List<ZonedDateTime> nextStarts) {

    public ScheduleSummary {
        sentence = sentence == null ? "" : sentence;
        nextStarts = List.copyOf(nextStarts);
    }
}
