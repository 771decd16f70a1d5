package io.calendarsync.backend.ics;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyFactory;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * A property kept as the text of its value, exactly as the file has it. ical4j's typed date properties
 * convert values through ical4j's own bundled zone data when they read or write them, and that can move a
 * local time: 12:00 in America/Sao_Paulo came out as 13:00 in ical4j 4.2.2. calendar-sync uses the JDK's
 * zone data only, so it reads and writes these values as text. Text properties stay escaped too, because
 * ical4j's decoding of them loses backslashes (see {@link TextValues}).
 */
final class UnparsedProperty extends Property {

    /** The properties read as text: dates, times and rules that depend on a zone, and escaped text. */
    static final Set<String> NAMES = Set.of(
            "DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE", "RRULE", "EXRULE", "DTSTAMP",
            "SUMMARY", "DESCRIPTION", "LOCATION");

    private String value;

    UnparsedProperty(String name, ParameterList parameters, String value) {
        super(name.toUpperCase(Locale.ROOT), parameters);
        this.value = value;
    }

    UnparsedProperty(String name, String value) {
        this(name, new ParameterList(), value);
    }

    @Override
    public String getValue() {
        return value;
    }

    @Override
    public void setValue(String newValue) {
        value = newValue;
    }

    @Override
    public ValidationResult validate() {
        return new ValidationResult();
    }

    @Override
    protected PropertyFactory<UnparsedProperty> newFactory() {
        return new Factory(getName());
    }

    /** Returns one factory per name in {@link #NAMES}; listed before ical4j's own, they take those names over. */
    static List<PropertyFactory<?>> factories() {
        return NAMES.stream().sorted().<PropertyFactory<?>>map(Factory::new).toList();
    }

    private static final class Factory implements PropertyFactory<UnparsedProperty> {

        private static final long serialVersionUID = 1L;

        private final String name;

        Factory(String name) {
            this.name = name;
        }

        @Override
        public UnparsedProperty createProperty() {
            return new UnparsedProperty(name, "");
        }

        @Override
        public UnparsedProperty createProperty(ParameterList parameters, String value) {
            return new UnparsedProperty(name, parameters, value);
        }

        @Override
        public boolean supports(String candidate) {
            return name.equalsIgnoreCase(candidate);
        }
    }
}
