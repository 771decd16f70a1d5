package io.calendarsync.bench;

import io.calendarsync.backend.ics.IcsTarget;
import io.calendarsync.plan.Plan;
import io.calendarsync.plan.RemovalPolicy;
import io.calendarsync.plan.render.TextPlanRenderer;
import io.calendarsync.sync.Sync;
import io.calendarsync.validate.CalendarValidator;
import io.calendarsync.validate.ValidationOptions;
import io.calendarsync.validate.ValidationResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Times validate, plan, apply and a no-op plan of one generated calendar in a fresh JVM, and reports the
 * peak heap. bench/core.sh runs it once per size; it is a program, not a test, because timings on a shared
 * machine are too noisy for assertions.
 */
public final class CoreBenchmark {

    private CoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args[0]);
        Path directory = Files.createTempDirectory("calendar-sync-bench");
        Path file = directory.resolve("calendar.yaml");
        Files.writeString(file, CalendarGenerator.generate(size), StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

        long start = System.nanoTime();
        ValidationResult result = new CalendarValidator(
                new ValidationOptions(ZoneId.of("America/Los_Angeles"), clock.instant())).validate(file);
        if (!result.valid()) {
            throw new IllegalStateException("the generated calendar is invalid: " + result.problems().get(0).format());
        }
        long validated = System.nanoTime();

        Sync sync = new Sync(clock);
        IcsTarget target = new IcsTarget(directory.resolve("calendar.ics"), clock);
        Plan plan = sync.plan(target, result.meetings(), RemovalPolicy.END);
        String text = new TextPlanRenderer().render(plan, sync.schedules(plan));
        long planned = System.nanoTime();

        sync.apply(target, plan);
        long applied = System.nanoTime();

        Plan again = sync.plan(target, result.meetings(), RemovalPolicy.END);
        long replanned = System.nanoTime();
        if (again.hasChanges()) {
            throw new IllegalStateException("a plan after apply still has changes");
        }

        System.out.printf(Locale.ROOT, "%d\t%.0f\t%.0f\t%.0f\t%.0f\t%.1f\t%d%n", size, millis(start, validated),
                millis(validated, planned), millis(planned, applied), millis(applied, replanned), peakHeapMegabytes(),
                text.length());
    }

    private static double millis(long from, long to) {
        return (to - from) / 1_000_000.0;
    }

    private static double peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }
}
