package io.calendarsync.agenda;

import io.calendarsync.plan.render.MarkdownText;

/**
 * Renders an agenda as a GitHub-flavoured Markdown table. Meeting names go through
 * {@link MarkdownText#escape}, so they cannot break the table or mention people.
 */
public final class MarkdownAgendaRenderer implements AgendaRenderer {

    @Override
    public String render(Agenda agenda) {
        StringBuilder out = new StringBuilder();
        out.append("### Agenda for ").append(MarkdownText.escape(AgendaTexts.span(agenda))).append("\n\n");
        if (agenda.entries().isEmpty()) {
            return out.append(MarkdownText.escape(AgendaTexts.empty(agenda))).append('\n').toString();
        }

        out.append(AgendaTexts.tally(agenda)).append(".\n\n");
        out.append("| Local time | UTC | Meeting | UTC shift |\n");
        out.append("|---|---|---|---|\n");
        for (AgendaEntry entry : agenda.entries()) {
            out.append("| ").append(MarkdownText.escape(AgendaTexts.local(entry)))
                    .append(" | ").append(MarkdownText.escape(AgendaTexts.utc(entry)))
                    .append(" | `").append(entry.meetingId()).append("` ").append(MarkdownText.escape(entry.name()))
                    .append(" | ").append(entry.utcShift().map(shift -> "⚠️ " + MarkdownText.escape(shift.describe())).orElse(""))
                    .append(" |\n");
        }
        return out.toString();
    }
}
