package io.calendarsync.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Follows the heap in use through garbage collections. Between collections the heap only grows, so its
 * peak is either the size just before some collection or the size now. The sum of the peaks that each pool
 * reports would overstate it, because the young and old pools reach their peaks at different moments.
 */
final class HeapWatch {

    private final Set<String> heapPools = new HashSet<>();
    private final AtomicLong peakBeforeCollection = new AtomicLong();

    private HeapWatch() {
    }

    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                watch.heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GcInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData()).getGcInfo();
                    watch.record(info.getMemoryUsageBeforeGc());
                }
            }, null, null);
        }
        return watch;
    }

    private void record(Map<String, MemoryUsage> before) {
        peakBeforeCollection.accumulateAndGet(heapUsed(before), Math::max);
    }

    /** Records the heap in use now, for a caller that is about to start a collection itself. */
    void sample() {
        peakBeforeCollection.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                Math::max);
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    /** Returns the maximum heap in use at any moment so far, garbage included, in bytes. */
    long peakUsed() {
        return Math.max(peakBeforeCollection.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
}
