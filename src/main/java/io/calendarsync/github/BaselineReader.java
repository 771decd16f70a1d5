package io.calendarsync.github;

import io.calendarsync.backend.Target;
import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.validate.CalendarValidator;
import io.calendarsync.validate.ValidationOptions;
import io.calendarsync.validate.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses and reads what a plan compares calendar.yaml with. With a calendar ID and Google credentials
 * that is the live calendar. Without them, as on a pull request from a fork, which gets no secrets, it is
 * calendar.yaml of the pull request's base commit, or on a push to another branch that of the default
 * branch. The file is read through the GitHub contents API because the container has no git.
 */
final class BaselineReader {

    private static final Logger LOG = LoggerFactory.getLogger(BaselineReader.class);

    private final GoogleCalendars calendars;
    private final GitHubApi api;
    private final ValidationOptions validation;

    BaselineReader(GoogleCalendars calendars, GitHubApi api, ValidationOptions validation) {
        this.calendars = calendars;
        this.api = api;
        this.validation = validation;
    }

    Baseline read(ActionStep step, ActionInputs inputs, GitHubEvent event, ActionContext context,
            Map<String, String> env) {
        boolean credentials = calendars.hasCredentials(inputs, env);
        if (!inputs.calendarId().isEmpty() && credentials) {
            Target target = calendars.open(inputs, env, context);
            return new Baseline(target, "the live Google calendar " + inputs.calendarId() + ".", true);
        }

        String missing = inputs.calendarId().isEmpty() ? "no calendar-id is set"
                : event.fromFork() ? "there are no Google credentials (pull requests from forks get no secrets)"
                : "there are no Google credentials";
        if (step == ActionStep.APPLY) {
            throw CalendarSyncException.usage("cannot apply: " + missing + "; set the calendar-id input and "
                    + "Google credentials (the credentials or access-token input, or google-github-actions/auth)");
        }
        if (event.isPullRequest()) {
            String ref = event.baseSha().or(event::baseRef).orElseThrow(() -> CalendarSyncException.usage(
                    "the pull-request event names no base commit, so there is nothing to plan against"));
            String label = "the base branch " + event.baseRef().orElse("") + " at " + ReportMarkdown.shortSha(ref);
            return fromFile(inputs, context, ref, label, missing);
        }
        if (event.name().equals("push") && event.defaultBranch().isPresent()) {
            String branch = event.defaultBranch().get();
            return fromFile(inputs, context, branch, "the default branch " + branch, missing);
        }
        throw CalendarSyncException.usage("cannot plan: " + missing + " and the " + (event.name().isEmpty() ? "run"
                : event.name() + " event") + " has no base branch to compare with; set calendar-id and Google "
                + "credentials, or use mode validate");
    }

    private Baseline fromFile(ActionInputs inputs, ActionContext context, String ref, String label, String missing) {
        RepositoryName repository = context.repository().orElseThrow(() -> CalendarSyncException.usage(
                "GITHUB_REPOSITORY is not set, so calendar.yaml of " + label + " cannot be read"));
        String file = inputs.calendarFile();
        Optional<String> text;
        try {
            text = api.fileContent(repository, file, ref);
        } catch (GitHubApiException e) {
            throw new CalendarSyncException(CalendarSyncException.Kind.TARGET, "reading " + file + " of " + label
                    + " failed: " + e.getMessage() + "; check that the github-token input may read the repository "
                    + "(permissions: contents: read)", e);
        }
        String targetName = file + " of " + label;
        if (text.isEmpty()) {
            LOG.info("{} does not exist; every meeting is new", targetName);
            return new Baseline(new SnapshotTarget(targetName, List.of()), file + " of " + label
                    + ", where it does not exist yet, because " + missing + ".", false);
        }

        ValidationResult base = new CalendarValidator(validation).validate(file, text.get());
        List<String> sentences = new ArrayList<>();
        sentences.add(file + " of " + label + ", because " + missing + ".");
        if (!base.valid()) {
            sentences.add("That version has " + base.errors().size() + " error(s); its meetings with errors count "
                    + "as absent.");
        }
        LOG.info("Planning against {} ({} meetings)", targetName, base.meetings().size());
        return new Baseline(new SnapshotTarget(targetName, base.meetings()), String.join(" ", sentences), false);
    }
}
