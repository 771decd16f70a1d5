package io.calendarsync.validate;

import io.calendarsync.config.ProblemList;
import io.calendarsync.config.ScalarSpec;
import io.calendarsync.config.SourceLocation;
import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.model.Problem;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads dates given as command-line options with the rules of calendar.yaml's dates, so that an option
 * accepts the same forms and a mistake gets the same message and fix, swapped day and month included.
 */
public final class DateOptions {

    private DateOptions() {
    }

    /**
     * Parses the value of {@code option}, such as {@code --from}.
     *
     * @throws CalendarSyncException a usage error naming the option, the problem and the fix
     */
    public static LocalDate parse(String option, String value) {
        ProblemList problems = new ProblemList("");
        Optional<LocalDate> day = Dates.parse(new ScalarSpec(value, SourceLocation.UNKNOWN), option,
                new MeetingProblems(problems, ""));
        if (day.isPresent()) {
            return day.get();
        }
        Problem problem = problems.sorted().get(0);
        throw CalendarSyncException.usage(option + ": " + problem.message() + "; " + problem.fix());
    }
}
