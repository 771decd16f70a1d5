package io.calendarsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs bin/calendar-sync from a copy of the repository layout ({@code bin/} and {@code target/}). The jar
 * there contains a stand-in main class that prints its arguments, because the shaded jar is only built after
 * the tests, and these tests are about how the script finds the jar and starts java.
 */
class LauncherTest {

    private static final String STAND_IN_MAIN = """
            package io.calendarsync.cli;

            public final class Main {
                public static void main(String[] args) {
                    System.out.println("started with " + String.join(" ", args));
                }
            }
            """;

    @TempDir
    Path root;

    private Path install;
    private Path script;
    private Path target;

    @BeforeEach
    void install() throws IOException {
        install = Files.createDirectories(root.resolve("calendar sync"));
        script = Files.createDirectories(install.resolve("bin")).resolve("calendar-sync");
        Files.copy(Path.of("bin/calendar-sync"), script);
        target = Files.createDirectories(install.resolve("target"));
        writeStandInJar(target.resolve("calendar-sync.jar"));
        // Another user must be able to read the copy for the read-only tests.
        for (Path directory : List.of(root, install, install.resolve("bin"), target)) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void absoluteLinkFindsJar() throws Exception {
        Path link = Files.createDirectories(root.resolve("path")).resolve("calendar-sync");
        Files.createSymbolicLink(link, script);

        Result result = run(List.of(), link.toString(), "validate", "--help");

        assertEquals(0, result.exitCode(), result.output());
        assertEquals("started with validate --help", result.output().strip());
    }

    @Test
    void relativeLinkChainFindsJar() throws Exception {
        Path links = Files.createDirectories(root.resolve("links"));
        Files.createSymbolicLink(links.resolve("first"), Path.of("../calendar sync/bin/calendar-sync"));
        Files.createSymbolicLink(links.resolve("second"), Path.of("first"));

        Result result = run(List.of(), links.resolve("second").toString(), "plan");

        assertEquals(0, result.exitCode(), result.output());
        assertEquals("started with plan", result.output().strip());
    }

    @Test
    void readOnlyTargetStarts() throws Exception {
        List<String> otherUser = otherUserPrefix();
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));

        Result result = run(otherUser, script.toString(), "validate");

        assertEquals(0, result.exitCode(), result.output());
        assertEquals("started with validate", result.output().strip());
        assertTrue(Files.notExists(target.resolve("calendar-sync.jsa")));
    }

    @Test
    void staleArchiveInReadOnlyTargetIsIgnored() throws Exception {
        List<String> otherUser = otherUserPrefix();
        Path archive = target.resolve("calendar-sync.jsa");
        Files.writeString(archive, "an archive of other classes");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));

        Result result = run(otherUser, script.toString(), "apply");

        assertEquals(0, result.exitCode(), result.output());
        assertEquals("started with apply", result.output().strip());
    }

    private record Result(int exitCode, String output) {
    }

    /**
     * Returns the command prefix that runs the script as a user who cannot write the copy. Root writes any
     * directory whatever its mode, so as root the script runs as user 65534 (nobody) through setpriv.
     */
    private static List<String> otherUserPrefix() {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root) {
            return List.of();
        }
        Path setpriv = Path.of("/usr/bin/setpriv");
        assumeTrue(Files.isExecutable(setpriv), "needs setpriv to run the script as a user other than root");
        return List.of(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups");
    }

    private Result run(List<String> prefix, String command, String... arguments) throws Exception {
        List<String> line = new ArrayList<>(prefix);
        line.add(command);
        line.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(line).directory(root.toFile()).redirectErrorStream(true);
        // The script starts the java on PATH, which should be the runtime running these tests.
        Map<String, String> environment = builder.environment();
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        environment.put("PATH", javaBin + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("HOME", root.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static void writeStandInJar(Path jar) throws IOException {
        Path sources = Files.createTempDirectory("launcher-main");
        Path source = Files.createDirectories(sources.resolve("io/calendarsync/cli")).resolve("Main.java");
        Files.writeString(source, STAND_IN_MAIN);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-d", sources.toString(), source.toString());
        assertEquals(0, status, "the stand-in main class did not compile");

        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("io/calendarsync/cli/Main.class"));
            out.write(Files.readAllBytes(sources.resolve("io/calendarsync/cli/Main.class")));
            out.closeEntry();
        }
    }
}
