package io.calendarsync.validate;

import io.calendarsync.config.MeetingSpec;
import io.calendarsync.model.Event;
import io.calendarsync.model.Meeting;

/** A converted meeting with what the checks after conversion need: where it is written and its event. */
record MeetingOutlook(Meeting meeting, MeetingSpec spec, Event event) {

    String id() {
        return meeting.id();
    }
}
