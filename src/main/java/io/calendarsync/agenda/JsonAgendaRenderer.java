package io.calendarsync.agenda;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an agenda as JSON for programs. The layout is versioned by {@code formatVersion} and documented
 * in the README; fields are only ever added within one version.
 */
public final class JsonAgendaRenderer implements AgendaRenderer {

    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void render(Agenda agenda, Appendable out) throws IOException {
        // One occurrence at a time goes through the generator, so the document is never built in memory.
        try (JsonGenerator json = JSON.createGenerator(new AppendableWriter(out))) {
            json.writeStartObject();
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            json.writeStringField("firstDay", agenda.firstDay().toString());
            json.writeStringField("lastDay", agenda.lastDay().toString());
            json.writeStringField("timeZone", agenda.zone().getId());
            json.writeArrayFieldStart("occurrences");
            for (AgendaEntry entry : agenda.entries()) {
                JSON.writeValue(json, entry(entry));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.append('\n');
    }

    /** Passes what the generator writes on to an {@link Appendable}; closing it leaves the target open. */
    private static final class AppendableWriter extends Writer {
        private final Appendable target;

        AppendableWriter(Appendable target) {
            this.target = target;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            target.append(CharBuffer.wrap(chars, offset, length));
        }

        @Override
        public void flush() {
            // Nothing is buffered here.
        }

        @Override
        public void close() {
            // The target belongs to the caller.
        }
    }

    private static Map<String, Object> entry(AgendaEntry entry) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("eventId", entry.meetingId());
        node.put("name", entry.name());
        node.put("start", time(entry.start()));
        node.put("end", time(entry.end()));
        node.put("utcShift", entry.utcShift().map(JsonAgendaRenderer::shift).orElse(null));
        return node;
    }

    private static Map<String, String> time(ZonedDateTime time) {
        Map<String, String> node = new LinkedHashMap<>();
        node.put("local", time.toLocalDateTime().toString());
        node.put("timeZone", time.getZone().getId());
        node.put("utc", DateTimeFormatter.ISO_INSTANT.format(time.withZoneSameInstant(ZoneOffset.UTC)));
        return node;
    }

    private static Map<String, String> shift(UtcShift shift) {
        Map<String, String> node = new LinkedHashMap<>();
        node.put("fromUtc", shift.fromUtc());
        node.put("toUtc", shift.toUtc());
        node.put("cause", shift.cause().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        node.put("message", shift.describe());
        return node;
    }
}
