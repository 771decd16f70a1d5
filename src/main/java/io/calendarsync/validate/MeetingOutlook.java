package io.calendarsync.validate;

import io.calendarsync.config.MeetingSpec;
import io.calendarsync.model.Event;
import io.calendarsync.model.Meeting;
import io.calendarsync.recurrence.Occurrence;
import java.util.List;

/**
 * A converted meeting with what the checks after conversion need: where it is written, its event, and its
 * occurrences that start within the checks' horizon (the next 12 months), in time order.
 */
record MeetingOutlook(Meeting meeting, MeetingSpec spec, Event event, List<Occurrence> upcoming) {

    MeetingOutlook {
        upcoming = List.copyOf(upcoming);
    }

    String id() {
        return meeting.id();
    }
}
