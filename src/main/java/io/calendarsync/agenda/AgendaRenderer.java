package io.calendarsync.agenda;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns an agenda into text for people or programs. Renderers write as they go, so a year of a large
 * calendar never exists as one string.
 */
public interface AgendaRenderer {

    /** Writes the agenda to {@code out}. */
    void render(Agenda agenda, Appendable out) throws IOException;

    /** Returns the agenda as one string. */
    default String render(Agenda agenda) {
        StringBuilder text = new StringBuilder();
        try {
            render(agenda, text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not raise IOException", e);
        }
        return text.toString();
    }

    /** Returns the renderer for {@code text}, {@code markdown} or {@code json}. */
    static AgendaRenderer forFormat(String format) {
        return switch (format) {
            case "text" -> new TextAgendaRenderer();
            case "markdown" -> new MarkdownAgendaRenderer();
            case "json" -> new JsonAgendaRenderer();
            default -> throw new IllegalArgumentException("unknown agenda format: " + format);
        };
    }
}
