package io.calendarsync.agenda;

import java.io.IOException;

/**
 * Renders an agenda for a terminal: one line per occurrence with local time, UTC time, id and name in
 * aligned columns, and an indented line under each occurrence whose UTC time moved.
 */
public final class TextAgendaRenderer implements AgendaRenderer {

    @Override
    public void render(Agenda agenda, Appendable out) throws IOException {
        if (agenda.entries().isEmpty()) {
            out.append(AgendaTexts.empty(agenda)).append('\n');
            return;
        }

        // The columns are measured in a first pass, so that no column text is kept for the second.
        int localWidth = 0;
        int utcWidth = 0;
        int idWidth = 0;
        for (AgendaEntry entry : agenda.entries()) {
            localWidth = Math.max(localWidth, AgendaTexts.local(entry).length());
            utcWidth = Math.max(utcWidth, AgendaTexts.utc(entry).length());
            idWidth = Math.max(idWidth, entry.meetingId().length());
        }

        out.append("Agenda for ").append(AgendaTexts.span(agenda)).append(": ").append(AgendaTexts.tally(agenda))
                .append("\n\n");
        for (AgendaEntry entry : agenda.entries()) {
            out.append(pad(AgendaTexts.local(entry), localWidth)).append("  ")
                    .append(pad(AgendaTexts.utc(entry), utcWidth)).append("  ")
                    .append(pad(entry.meetingId(), idWidth)).append("  ").append(oneLine(entry.name())).append('\n');
            if (entry.utcShift().isPresent()) {
                out.append("    ").append(entry.utcShift().get().describe()).append('\n');
            }
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String oneLine(String text) {
        return text.strip().replace('\r', ' ').replace('\n', ' ');
    }
}
