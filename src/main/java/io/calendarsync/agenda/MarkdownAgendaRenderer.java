package io.calendarsync.agenda;

import io.calendarsync.plan.render.MarkdownText;
import java.io.IOException;

/**
 * Renders an agenda as a GitHub-flavoured Markdown table. Meeting names come from calendar.yaml and go
 * through {@link MarkdownText#escape}, so they cannot break the table or mention people. Days, times, zone
 * ids and shift sentences are written by calendar-sync and hold no Markdown syntax, so they stay as they
 * are: underscores inside a word, as in {@code Los_Angeles}, never start emphasis.
 */
public final class MarkdownAgendaRenderer implements AgendaRenderer {

    @Override
    public void render(Agenda agenda, Appendable out) throws IOException {
        out.append("### Agenda for ").append(AgendaTexts.span(agenda)).append("\n\n");
        if (agenda.entries().isEmpty()) {
            out.append(AgendaTexts.empty(agenda)).append('\n');
            return;
        }

        out.append(AgendaTexts.tally(agenda)).append(".\n\n");
        out.append("| Local time | UTC | Meeting | UTC shift |\n");
        out.append("|---|---|---|---|\n");
        for (AgendaEntry entry : agenda.entries()) {
            out.append("| ").append(AgendaTexts.local(entry))
                    .append(" | ").append(AgendaTexts.utc(entry))
                    .append(" | `").append(entry.meetingId()).append("` ").append(MarkdownText.escape(entry.name()))
                    .append(" | ").append(entry.utcShift().map(shift -> "⚠️ " + shift.describe()).orElse(""))
                    .append(" |\n");
        }
    }
}
