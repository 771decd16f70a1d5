package io.calendarsync.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything a target held when it was read: managed events, adoptable ones and tombstones. */
public record TargetSnapshot(List<TargetEvent> events) {

    public TargetSnapshot {
        events = List.copyOf(events);
    }

    public static TargetSnapshot empty() {
        return new TargetSnapshot(List.of());
    }

    public Map<String, TargetEvent> byId() {
        Map<String, TargetEvent> index = new LinkedHashMap<>();
        for (TargetEvent event : events) {
            index.put(event.id(), event);
        }
        return index;
    }

    public Optional<TargetEvent> find(String id) {
        return Optional.ofNullable(byId().get(id));
    }

    public long managedCount() {
        return events.stream().filter(e -> e.managed() && !e.cancelled()).count();
    }
}
