package io.calendarsync.agenda;

/** Turns an agenda into text for people or programs. */
public interface AgendaRenderer {

    String render(Agenda agenda);

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
