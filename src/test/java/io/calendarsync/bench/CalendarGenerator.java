package io.calendarsync.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Generates calendar.yaml text of any size, mixing the frequencies, zones and keys real files use. */
public final class CalendarGenerator {

    private static final List<String> FREQUENCIES = List.of("weekly", "bi-weekly", "every-4-weeks", "monthly", "");
    private static final List<String> ZONES = List.of("", "Europe/London", "Asia/Tokyo", "America/New_York", "Etc/UTC");
    private static final List<String> TIMES = List.of("8:00AM-8:55AM", "10:00am-10:40am", "5:30PM-6:25PM", "17:30-18:10");

    private CalendarGenerator() {
    }

    /** Writes a calendar of {@code args[0]} meetings to the file {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[1]), generate(Integer.parseInt(args[0])), StandardCharsets.UTF_8);
    }

    public static String generate(int meetings) {
        StringBuilder yaml = new StringBuilder(meetings * 400);
        yaml.append("# Generated calendar of ").append(meetings).append(" meetings.\n");
        for (int i = 0; i < meetings; i++) {
            appendMeeting(yaml, i);
        }
        return yaml.toString();
    }

    private static void appendMeeting(StringBuilder yaml, int i) {
        // Days 1 to 28 never fall on a fifth weekday past the 28th, which monthly meetings may not use.
        int day = 1 + (i % 21);
        int month = 1 + (i % 12);
        String frequency = FREQUENCIES.get(i % FREQUENCIES.size());
        String zone = ZONES.get(i % ZONES.size());

        yaml.append(String.format(Locale.ROOT, "- id: bm%06d%n", i));
        yaml.append("  name: Generated meeting ").append(i).append('\n');
        yaml.append(String.format(Locale.ROOT, "  date: %02d/%02d/2026%n", month, day));
        yaml.append("  time: ").append(TIMES.get(i % TIMES.size())).append('\n');
        if (!zone.isEmpty()) {
            yaml.append("  timezone: ").append(zone).append('\n');
        }
        if (!frequency.isEmpty()) {
            yaml.append("  frequency: ").append(frequency).append('\n');
            if (i % 3 == 0) {
                yaml.append("  until: 12/31/2027\n");
            }
        }
        yaml.append("  video: https://meet.example.org/room-").append(i % 50).append('\n');
        yaml.append("  attendees:\n    - email: list-").append(i % 7).append("@example.org\n");
        yaml.append("  description:\n    - |\n      Notes: https://notes.example.org/").append(i)
                .append("\n      Agenda in the notes.\n");
        yaml.append("  organizer: organizer").append(i % 11).append("\n\n");
    }
}
