package io.calendarsync.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reads calendar.yaml from disk as strict UTF-8, reporting a missing, oversized or undecodable file. */
final class SourceFiles {

    private SourceFiles() {
    }

    static Optional<String> readText(Path file, ProblemList problems) {
        try {
            if (Files.isDirectory(file)) {
                problems.error(SourceLocation.UNKNOWN, "", "", "is a directory, not a calendar file",
                        "give the path of the YAML file itself");
                return Optional.empty();
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A device such as /dev/zero never ends and a named pipe may never send anything.
                problems.error(SourceLocation.UNKNOWN, "", "",
                        "is not a regular file, so calendar-sync does not read it", "give the path of the YAML file itself");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > CalendarReader.MAX_FILE_BYTES) {
                CalendarReader.reportTooLarge(size, problems);
                return Optional.empty();
            }
            Optional<byte[]> bytes = readAtMost(file, problems);
            return bytes.isPresent() ? decode(bytes.get(), problems) : Optional.empty();
        } catch (NoSuchFileException e) {
            problems.error(SourceLocation.UNKNOWN, "", "", "file not found",
                    "check the path; the command-line tool reads another file with --file");
        } catch (AccessDeniedException e) {
            problems.error(SourceLocation.UNKNOWN, "", "", "permission denied when reading the file",
                    "make the file readable for the user running calendar-sync");
        } catch (IOException e) {
            problems.error(SourceLocation.UNKNOWN, "", "", "could not read the file: " + e.getMessage(),
                    "check that the file exists and is readable");
        }
        return Optional.empty();
    }

    /**
     * Reads the file, but no more than the size limit. Files under /proc report a size of 0 whatever they
     * hold, so the limit is enforced on the bytes read too.
     */
    private static Optional<byte[]> readAtMost(Path file, ProblemList problems) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) CalendarReader.MAX_FILE_BYTES + 1);
            if (bytes.length > CalendarReader.MAX_FILE_BYTES) {
                CalendarReader.reportTooLarge(bytes.length, problems);
                return Optional.empty();
            }
            return Optional.of(bytes);
        }
    }

    private static Optional<String> decode(byte[] bytes, ProblemList problems) {
        // The String constructor decoded a 3 MB calendar in a third of the time a CharsetDecoder took, but it
        // replaces each malformed sequence with U+FFFD instead of reporting it. Text without U+FFFD had none.
        // Text with it is decoded again strictly, so that a U+FFFD written in the file is kept and a bad byte
        // is reported.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return Optional.of(text);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, output, true);
        if (result.isError()) {
            reportInvalidUtf8(bytes, input.position(), problems);
            return Optional.empty();
        }
        decoder.flush(output);
        output.flip();
        return Optional.of(output.toString());
    }

    private static void reportInvalidUtf8(byte[] bytes, int offset, ProblemList problems) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            boolean crAlone = bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n');
            if (bytes[i] == '\n' || crAlone) {
                line++;
                lineStart = i + 1;
            }
        }
        // The column counts bytes, which matches characters on lines that are plain ASCII up to the error.
        String hex = String.format(Locale.ROOT, "0x%02X", bytes[offset] & 0xFF);
        problems.error(SourceLocation.of(line, offset - lineStart + 1), "", "",
                "the file is not valid UTF-8 (byte " + hex + ")", "save the file with UTF-8 encoding");
    }

    /** Returns the UTF-8 length of text without encoding it. */
    static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }
}
