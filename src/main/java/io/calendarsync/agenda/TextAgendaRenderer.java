package io.calendarsync.agenda;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders an agenda for a terminal: one line per occurrence with local time, UTC time, id and name in
 * aligned columns, and an indented line under each occurrence whose UTC time moved.
 */
public final class TextAgendaRenderer implements AgendaRenderer {

    @Override
    public String render(Agenda agenda) {
        if (agenda.entries().isEmpty()) {
            return AgendaTexts.empty(agenda) + "\n";
        }

        List<String> locals = new ArrayList<>();
        List<String> utcs = new ArrayList<>();
        int idWidth = 0;
        for (AgendaEntry entry : agenda.entries()) {
            locals.add(AgendaTexts.local(entry));
            utcs.add(AgendaTexts.utc(entry));
            idWidth = Math.max(idWidth, entry.meetingId().length());
        }
        int localWidth = locals.stream().mapToInt(String::length).max().orElse(0);
        int utcWidth = utcs.stream().mapToInt(String::length).max().orElse(0);

        StringBuilder out = new StringBuilder();
        out.append("Agenda for ").append(AgendaTexts.span(agenda)).append(": ").append(AgendaTexts.tally(agenda))
                .append("\n\n");
        for (int i = 0; i < agenda.entries().size(); i++) {
            AgendaEntry entry = agenda.entries().get(i);
            out.append(pad(locals.get(i), localWidth)).append("  ").append(pad(utcs.get(i), utcWidth)).append("  ")
                    .append(pad(entry.meetingId(), idWidth)).append("  ").append(oneLine(entry.name()));
            out.append('\n');
            entry.utcShift().ifPresent(shift -> out.append("    ").append(shift.describe()).append('\n'));
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String oneLine(String text) {
        return text.strip().replace('\r', ' ').replace('\n', ' ');
    }
}
