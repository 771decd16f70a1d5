package io.calendarsync.validate;

import io.calendarsync.config.MeetingSpec;
import io.calendarsync.model.Meeting;
import io.calendarsync.recurrence.MeetingSeries;

/** A converted meeting with what the checks after conversion need: where it is written and its occurrences. */
record MeetingOutlook(Meeting meeting, MeetingSpec spec, MeetingSeries series) {

    String id() {
        return meeting.id();
    }
}
