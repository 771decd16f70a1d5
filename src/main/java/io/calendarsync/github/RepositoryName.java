package io.calendarsync.github;

import io.calendarsync.model.CalendarSyncException;

/** A repository as {@code owner/name}, the form of {@code GITHUB_REPOSITORY}. */
public record RepositoryName(String owner, String name) {

    public static RepositoryName parse(String fullName) {
        String[] parts = fullName == null ? new String[0] : fullName.strip().split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw CalendarSyncException.usage("GITHUB_REPOSITORY '" + fullName + "' is not of the form owner/name; "
                    + "the runner sets it, so run the action from a workflow or set it by hand");
        }
        return new RepositoryName(parts[0], parts[1]);
    }

    @Override
    public String toString() {
        return owner + "/" + name;
    }
}
