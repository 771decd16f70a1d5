package io.calendarsync.backend.ics;

import java.util.ArrayList;
import java.util.List;

/** Splits the name and parameters of a content line at semicolons outside quoted values. */
final class ContentLineParameters {

    private ContentLineParameters() {
    }

    static List<String> split(String head) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
