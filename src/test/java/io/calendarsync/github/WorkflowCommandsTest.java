package io.calendarsync.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.calendarsync.model.Problem;
import io.calendarsync.model.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class WorkflowCommandsTest {

    private final StringWriter log = new StringWriter();
    private final WorkflowCommands commands = new WorkflowCommands(new PrintWriter(log), () -> "TOKEN");

    @Test
    void errorAnnotationPointsAtLineAndColumn() {
        commands.annotate(new Problem(Severity.ERROR, "calendar.yaml", 41, 9, "kf050", "date",
                "'13/07/2025' is not a valid MM/dd/yyyy date", "did you mean 07/13/2025?"), "cal/calendar.yaml");

        assertEquals("::error file=cal/calendar.yaml,line=41,col=9,title=kf050.date::"
                + "'13/07/2025' is not a valid MM/dd/yyyy date; did you mean 07/13/2025?\n", log.toString());
    }

    @Test
    void warningWithoutPositionHasNoLine() {
        commands.annotate(new Problem(Severity.WARNING, "calendar.yaml", 0, 0, "", "", "the file has no meetings", ""),
                "calendar.yaml");

        assertEquals("::warning file=calendar.yaml,title=calendar.yaml::the file has no meetings\n", log.toString());
    }

    @Test
    void messageCannotStartAnotherCommand() {
        commands.annotate(new Problem(Severity.ERROR, "calendar.yaml", 3, 1, "kf001", "name",
                "bad name 'x\n::add-mask::y 100%'", ""), "a,b:c.yaml");

        assertEquals("::error file=a%2Cb%3Ac.yaml,line=3,col=1,title=kf001.name::"
                + "bad name 'x%0A::add-mask::y 100%25'\n", log.toString());
    }

    @Test
    void untrustedTextIsFencedByStopCommands() {
        commands.printUntrusted("+ kf001 \"Sync\"\n::error::not a command\n");

        assertEquals("::stop-commands::TOKEN\n+ kf001 \"Sync\"\n::error::not a command\n::TOKEN::\n", log.toString());
    }

    @Test
    void maskEscapesLineBreaks() {
        commands.addMask("line one\nline two");
        commands.addMask("");

        assertEquals("::add-mask::line one%0Aline two\n", log.toString());
    }
}
