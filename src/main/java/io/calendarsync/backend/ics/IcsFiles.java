package io.calendarsync.backend.ics;

import io.calendarsync.model.CalendarSyncException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/** Replaces a file in one step, so a failed write leaves the old file whole. */
final class IcsFiles {

    private IcsFiles() {
    }

    /** Writes {@code text} as UTF-8 unless the file already contains exactly those bytes; returns whether it wrote. */
    static boolean writeIfChanged(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path absolute = file.toAbsolutePath();
        try {
            if (Arrays.equals(Files.readAllBytes(absolute), bytes)) {
                return false;
            }
        } catch (NoSuchFileException e) {
            // A first apply creates the file.
        } catch (IOException e) {
            throw failure(file, e);
        }

        Path temporary = null;
        try {
            // The temporary file sits beside the target, so the move stays within one file system.
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            Files.write(temporary, bytes);
            readableByOthers(temporary);
            move(temporary, absolute);
            return true;
        } catch (IOException e) {
            throw failure(file, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Gives the file mode 0644: a temporary file starts as 0600, but the calendar is meant to be imported
     * and published. File systems without POSIX permissions keep their defaults.
     */
    private static void readableByOthers(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system, such as FAT or Windows: the default permissions apply.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing left to do: the apply already failed or succeeded, and a stray file is harmless.
        }
    }

    private static CalendarSyncException failure(Path file, IOException e) {
        String reason = e instanceof NoSuchFileException ? "no such file or directory: " + e.getMessage() : e.toString();
        return CalendarSyncException.target("cannot write " + file + ": " + reason
                + "; check that the directory exists and is writable", e);
    }
}
