package io.calendarsync.plan;

/** The action a plan takes on one event, with the symbol plans print before it. */
public enum ChangeKind {
    CREATE("+", "will be created"),
    /** A cancelled event (a tombstone) with the meeting's id is brought back with the desired body. */
    RESTORE("+", "will be restored"),
    UPDATE("~", "will be updated"),
    /** A series gone from calendar.yaml ends after its last past occurrence, so its history stays. */
    END_SERIES("-", "will end"),
    DELETE("-", "will be deleted");

    private final String symbol;
    private final String verbPhrase;

    ChangeKind(String symbol, String verbPhrase) {
        this.symbol = symbol;
        this.verbPhrase = verbPhrase;
    }

    public String symbol() {
        return symbol;
    }

    /** Returns the future-tense phrase of plan headings, such as "will be created". */
    public String verbPhrase() {
        return verbPhrase;
    }

    public boolean removes() {
        return this == END_SERIES || this == DELETE;
    }
}
