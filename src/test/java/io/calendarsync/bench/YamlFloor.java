package io.calendarsync.bench;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * The minimum work of any validate run, as a yardstick for start-up: read calendar.yaml with
 * jackson-dataformat-yaml, with the factory's defaults, and look up the default zone. It checks nothing.
 * {@code bench/core.sh} runs it with the launcher's flags and its own class-data-sharing archive, so its
 * ratio to a hello world is the lowest that calendar-sync's validate could reach on this JVM.
 */
public final class YamlFloor {

    private YamlFloor() {
    }

    /** Reads the file {@code args[0]} and prints its number of scalars and the zone. */
    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]));
        int scalars = 0;
        try (var parser = new YAMLFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isScalarValue()) {
                    scalars++;
                }
            }
        }
        System.out.println(scalars + " scalars, zone " + ZoneId.of("America/Los_Angeles"));
    }
}
