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
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs the core once on a calendar file in a fresh JVM and prints one tab-separated line of milliseconds
 * and megabytes. The phases are validate, plan against an empty target, apply, and a plan against the file
 * just applied (nothing to do). For each, the line has the wall time and the CPU time of the main thread.
 * Then follow the CPU time of the whole process (JIT compiler and garbage collector included) and the JVM's
 * uptime when main began. The last two are the peak heap in use, garbage included, and the largest live
 * heap, which a full collection after each phase measures.
 *
 * <p>bench/core.sh runs it. It is a program rather than a test because timings on a shared machine are too
 * noisy for assertions, and it reports CPU time because that leaves out the waits for a busy core.
 */
public final class CoreBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean SYSTEM =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final HeapWatch heap;
    private final List<String> columns = new ArrayList<>();
    private long live;

    private CoreBenchmark(HeapWatch heap) {
        this.heap = heap;
    }

    public static void main(String[] args) throws IOException {
        long uptimeAtMain = ManagementFactory.getRuntimeMXBean().getUptime();
        Path file = Path.of(args[0]);
        Path directory = Files.createTempDirectory("calendar-sync-bench");
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
        CoreBenchmark benchmark = new CoreBenchmark(HeapWatch.start());

        ValidationResult result = benchmark.time(() -> new CalendarValidator(
                new ValidationOptions(ZoneId.of("America/Los_Angeles"), clock.instant())).validate(file));
        if (!result.valid()) {
            throw new IllegalStateException("the calendar is invalid: " + result.problems().get(0).format());
        }

        Sync sync = new Sync(clock);
        IcsTarget target = new IcsTarget(directory.resolve("calendar.ics"), clock);
        Plan plan = benchmark.time(() -> planAndRender(sync, target, result));
        benchmark.time(() -> sync.apply(target, plan));
        Plan again = benchmark.time(() -> planAndRender(sync, target, result));
        if (again.hasChanges() || again.unchanged() != result.meetings().size()) {
            throw new IllegalStateException("a plan after apply still has changes");
        }

        System.out.printf(Locale.ROOT, "%d\t%s\t%d\t%d\t%.1f\t%.1f%n", result.meetings().size(),
                String.join("\t", benchmark.columns), SYSTEM.getProcessCpuTime() / 1_000_000, uptimeAtMain,
                megabytes(benchmark.heap.peakUsed()), megabytes(benchmark.live));
        Files.deleteIfExists(target.file());
        Files.delete(directory);
    }

    /** Plans and renders the plan as text, as the plan command does. */
    private static Plan planAndRender(Sync sync, IcsTarget target, ValidationResult result) {
        Plan plan = sync.plan(target, result.meetings(), RemovalPolicy.END);
        String text = new TextPlanRenderer().render(plan, sync.schedules(plan));
        if (text.isEmpty()) {
            throw new IllegalStateException("the plan rendered as nothing");
        }
        return plan;
    }

    /** Runs one phase and adds its wall and main-thread CPU milliseconds to the output columns. */
    private <T> T time(Supplier<T> phase) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        T value = phase.get();
        long wall = System.nanoTime() - wallStart;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        columns.add(Long.toString(wall / 1_000_000));
        columns.add(Long.toString(cpu / 1_000_000));

        // The phase's result is still referenced, so a full collection leaves what the phase keeps alive.
        heap.sample();
        System.gc();
        live = Math.max(live, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        return value;
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
