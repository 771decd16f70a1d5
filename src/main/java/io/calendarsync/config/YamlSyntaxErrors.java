package io.calendarsync.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the exceptions of Jackson and SnakeYAML into messages an author can act on: the location of the
 * mistake, what is wrong in plain words and what to write instead.
 */
final class YamlSyntaxErrors {

    private static final String GENERIC_FIX = "check the YAML syntax at this position";

    private YamlSyntaxErrors() {
    }

    static YamlSyntaxException alias(SourceLocation at, String anchor) {
        return new YamlSyntaxException(at, "YAML aliases such as *" + anchor + " are not supported",
                "write the value out in full; anchors, aliases and '<<' merge keys are not read by calendar-sync");
    }

    static YamlSyntaxException translate(Exception error) {
        MarkedYAMLException marked = findMarked(error);
        if (marked != null) {
            return translateMarked(marked);
        }
        SourceLocation at = locationOf(error);
        if (error instanceof StreamConstraintsException constraints) {
            return new YamlSyntaxException(at, "the YAML text exceeds a parser limit: " + constraints.getOriginalMessage(),
                    "remove the oversized or deeply nested part");
        }
        String message = error instanceof JsonProcessingException processing
                ? processing.getOriginalMessage()
                : String.valueOf(error.getMessage());
        if (message.startsWith("Expected a field name")) {
            return keyNotText(at, message);
        }
        return new YamlSyntaxException(at, "invalid YAML: " + firstLine(message), GENERIC_FIX);
    }

    private static YamlSyntaxException keyNotText(SourceLocation at, String message) {
        if (message.contains("AliasEvent")) {
            return alias(at, "name");
        }
        return new YamlSyntaxException(at, "a key must be plain text, not a list or a mapping",
                "write each key as a word followed by ':', for example name: Weekly sync");
    }

    private static YamlSyntaxException translateMarked(MarkedYAMLException marked) {
        String problem = marked.getProblem() == null ? "" : marked.getProblem();
        String context = marked.getContext() == null ? "" : marked.getContext();
        SourceLocation at = toLocation(marked.getProblemMark());
        SourceLocation contextAt = toLocation(marked.getContextMark());

        if (problem.contains("TAB")) {
            return new YamlSyntaxException(at, "tab character where YAML allows only spaces",
                    "replace the tab with spaces; YAML indentation and the space after ':' must be spaces");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return new YamlSyntaxException(at, "unexpected ': ' inside a value, or a key indented too far",
                    "put a value that contains ': ' in quotes, for example name: \"Kubeflow: community call\","
                            + " or line the key up with the keys above it");
        }
        if (problem.startsWith("expected <block end>") || problem.startsWith("did not find expected key")) {
            return new YamlSyntaxException(at, "this line is indented differently from the lines above it"
                    + startedAt(contextAt), "indent every key of a meeting to the same column, under the first key after '- '");
        }
        if (problem.startsWith("did not find expected '-' indicator")) {
            return new YamlSyntaxException(at, "this line does not line up with the list items above it",
                    "start every meeting with '- ' at the same column");
        }
        if (problem.startsWith("could not find expected ':'")) {
            return new YamlSyntaxException(at, "a line inside a mapping has no 'key:'" + startedAt(contextAt),
                    "write 'key: value', or indent the continuation of a long value further than its key");
        }
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return new YamlSyntaxException(contextAt, "this quoted value is never closed",
                    "add the closing quote");
        }
        if (problem.startsWith("found undefined alias")) {
            return alias(at, problem.substring(problem.lastIndexOf(' ') + 1));
        }
        if (problem.contains("that cannot start any token")) {
            return new YamlSyntaxException(at, "a value cannot start with this character unless it is quoted: "
                    + problem, "put the value in double quotes");
        }
        String message = context.isEmpty() ? problem : context + startedAt(contextAt) + ": " + problem;
        return new YamlSyntaxException(at, "invalid YAML: " + message, GENERIC_FIX);
    }

    private static String startedAt(SourceLocation contextAt) {
        return contextAt.line() > 0 ? " (the block starts on line " + contextAt.line() + ")" : "";
    }

    private static MarkedYAMLException findMarked(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked) {
                return marked;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static SourceLocation toLocation(Mark mark) {
        // SnakeYAML counts lines and columns from 0.
        return mark == null ? SourceLocation.UNKNOWN : SourceLocation.of(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static SourceLocation locationOf(Exception error) {
        if (error instanceof JsonProcessingException processing && processing.getLocation() != null) {
            JsonLocation location = processing.getLocation();
            return SourceLocation.of(location.getLineNr(), location.getColumnNr());
        }
        return SourceLocation.UNKNOWN;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
