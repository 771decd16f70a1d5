package io.calendarsync.agenda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    public String render(Agenda agenda) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("firstDay", agenda.firstDay().toString());
        root.put("lastDay", agenda.lastDay().toString());
        root.put("timeZone", agenda.zone().getId());

        List<Object> occurrences = new ArrayList<>();
        for (AgendaEntry entry : agenda.entries()) {
            occurrences.add(entry(entry));
        }
        root.put("occurrences", occurrences);

        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an agenda of plain strings failed to serialize", e);
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
