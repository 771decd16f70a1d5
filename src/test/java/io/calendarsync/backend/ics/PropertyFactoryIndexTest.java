package io.calendarsync.backend.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.DefaultPropertyFactorySupplier;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyFactory;
import net.fortuna.ical4j.model.property.Uid;
import org.junit.jupiter.api.Test;

class PropertyFactoryIndexTest {

    private static PropertyFactoryIndex index() {
        List<PropertyFactory<?>> factories = new ArrayList<>(UnparsedProperty.factories());
        factories.addAll(new DefaultPropertyFactorySupplier().get());
        return new PropertyFactoryIndex(factories);
    }

    @Test
    void earlierFactoryWins() {
        PropertyFactoryIndex index = index();

        assertTrue(index.supports("DTSTART"));
        Property start = index.createProperty(new ParameterList(), "20260105T100000");

        assertInstanceOf(UnparsedProperty.class, start);
        assertEquals("20260105T100000", start.getValue());
    }

    @Test
    void namesMatchInAnyCase() {
        PropertyFactoryIndex index = index();

        assertTrue(index.supports("uid"));
        Property uid = index.createProperty(new ParameterList(), "kf032");
        assertTrue(index.supports("RRULE"));
        Property rule = index.createProperty(new ParameterList(), "FREQ=WEEKLY");
        assertTrue(index.supports("Uid"));
        Property again = index.createProperty(new ParameterList(), "kf043");

        assertInstanceOf(Uid.class, uid);
        assertEquals("kf032", uid.getValue());
        assertInstanceOf(UnparsedProperty.class, rule);
        assertInstanceOf(Uid.class, again);
        assertEquals("kf043", again.getValue());
    }

    @Test
    void unknownNameIsNotSupported() {
        PropertyFactoryIndex index = index();

        assertFalse(index.supports(IcsProperties.MANAGED));
        assertFalse(index.supports(IcsProperties.MANAGED));
        assertThrows(IllegalStateException.class, () -> index.createProperty(new ParameterList(), "TRUE"));
    }
}
