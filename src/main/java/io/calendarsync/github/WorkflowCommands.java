package io.calendarsync.github;

import io.calendarsync.model.Problem;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Writes GitHub Actions workflow commands ({@code ::error file=…::message}, {@code ::add-mask::…}) to the
 * step's standard output. Values are escaped the way the runner unescapes them, so text from calendar.yaml
 * can neither end a command early nor start a new one.
 */
public final class WorkflowCommands {

    private final PrintWriter out;
    private final Supplier<String> tokens;

    public WorkflowCommands(PrintWriter out) {
        this(out, () -> UUID.randomUUID().toString());
    }

    WorkflowCommands(PrintWriter out, Supplier<String> tokens) {
        this.out = out;
        this.tokens = tokens;
    }

    /** Asks the runner to replace {@code secret} with {@code ***} in every later log line. */
    public void addMask(String secret) {
        if (!secret.isEmpty()) {
            command("add-mask", Map.of(), secret);
        }
    }

    /** Writes an error or warning annotation on the calendar file at the problem's line and column. */
    public void annotate(Problem problem, String file) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("file", file);
        if (problem.line() > 0) {
            properties.put("line", Integer.toString(problem.line()));
            if (problem.column() > 0) {
                properties.put("col", Integer.toString(problem.column()));
            }
        }
        properties.put("title", title(problem));
        String message = problem.fix().isEmpty() ? problem.message() : problem.message() + "; " + problem.fix();
        command(problem.isError() ? "error" : "warning", properties, message);
    }

    public void error(String message) {
        command("error", Map.of(), message);
    }

    public void warning(String message) {
        command("warning", Map.of(), message);
    }

    public void notice(String message) {
        command("notice", Map.of(), message);
    }

    /**
     * Prints untrusted text, such as a plan with names from calendar.yaml, with command processing stopped
     * around it. A line of it that starts with {@code ::} is then printed, not run.
     */
    public void printUntrusted(String text) {
        String token = tokens.get();
        out.println("::stop-commands::" + token);
        out.print(text);
        if (!text.endsWith("\n")) {
            out.println();
        }
        out.println("::" + token + "::");
        out.flush();
    }

    private void command(String name, Map<String, String> properties, String message) {
        StringBuilder line = new StringBuilder("::").append(name);
        String separator = " ";
        for (Map.Entry<String, String> property : properties.entrySet()) {
            line.append(separator).append(property.getKey()).append('=').append(escapeProperty(property.getValue()));
            separator = ",";
        }
        line.append("::").append(escapeData(message));
        out.println(line);
        out.flush();
    }

    private static String title(Problem problem) {
        if (problem.meetingId().isEmpty()) {
            return problem.field().isEmpty() ? "calendar.yaml" : problem.field();
        }
        return problem.field().isEmpty() ? problem.meetingId() : problem.meetingId() + "." + problem.field();
    }

    /** Escapes a command's message: the runner reads {@code %25}, {@code %0D} and {@code %0A} back. */
    static String escapeData(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value, which also ends at {@code ,} and {@code :}. */
    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }
}
