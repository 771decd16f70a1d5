# The calendar-sync GitHub Action. The build stage compiles the fat jar and links a Java runtime with only
# the modules the jar uses. The runtime stage contains that runtime, the jar and a class-data-sharing
# (CDS) archive made at build time, so the JVM maps its classes instead of loading them one by one.
#
# BUILD_IMAGE needs a JDK 17 (with jdeps, jlink and jmods) and Maven on PATH. RUNTIME_IMAGE needs only
# glibc, plus libstdc++, libgcc_s and zlib when the build image's JDK links them dynamically (Debian's
# openjdk-17 does; Temurin's does not). It needs no shell: every step there is in exec form.
ARG BUILD_IMAGE=maven:3-eclipse-temurin-17
ARG RUNTIME_IMAGE=gcr.io/distroless/cc-debian12

FROM ${BUILD_IMAGE} AS build
WORKDIR /build

# Tests run in CI before the image is built, so the image build neither compiles nor runs them. Source and
# target are given because Maven 3.8's default compiler plugin (Debian's Maven) ignores the release
# property of pom.xml.
COPY pom.xml ./
COPY src/main ./src/main
RUN mvn -B -q -Dmaven.test.skip=true -Dmaven.compiler.source=17 -Dmaven.compiler.target=17 package

# jdeps lists the modules the jar uses. jdk.crypto.ec is added because TLS to Google negotiates elliptic
# curve keys through a service provider that jdeps cannot see. --strip-debug is not used because on Linux
# it also strips native symbols, which fails in images without objcopy (binutils).
RUN set -eu; \
    modules=$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps target/calendar-sync.jar); \
    strip=""; \
    if command -v objcopy >/dev/null; then strip="--strip-native-debug-symbols=exclude-debuginfo-files"; fi; \
    jlink --add-modules "$modules,jdk.crypto.ec" --strip-java-debug-attributes $strip --no-man-pages --no-header-files \
        --compress=2 --output /opt/calendar-sync/runtime; \
    cp target/calendar-sync.jar /opt/calendar-sync/calendar-sync.jar

# Two training runs record the classes that the runtime stage archives. The first validates a real
# calendar. The second is a pull-request run whose GitHub API is unreachable, so it also loads the HTTP
# client, TLS and the reporting code before it stops with exit code 3. The lists name classes only, so
# they stay valid after the copy between stages.
COPY calendar.yaml /opt/calendar-sync/training/calendar.yaml
RUN set -eu; \
    cd /opt/calendar-sync/training; \
    java=/opt/calendar-sync/runtime/bin/java; \
    jar=/opt/calendar-sync/calendar-sync.jar; \
    env GITHUB_WORKSPACE="$PWD" INPUT_MODE=validate \
        "$java" -Xshare:off -XX:DumpLoadedClassList=/tmp/validate.lst -cp "$jar" io.calendarsync.github.ActionMain \
        >/dev/null; \
    printf '{"number": 1, "pull_request": {"number": 1, "base": {"sha": "0", "ref": "main"}}}' >event.json; \
    status=0; \
    env GITHUB_WORKSPACE="$PWD" GITHUB_EVENT_NAME=pull_request GITHUB_EVENT_PATH="$PWD/event.json" \
        GITHUB_REPOSITORY=training/calendar GITHUB_API_URL=http://127.0.0.1:9 \
        "$java" -Xshare:off -XX:DumpLoadedClassList=/tmp/pull-request.lst -cp "$jar" io.calendarsync.github.ActionMain \
        >/dev/null || status=$?; \
    test "$status" = 3; \
    cat /tmp/validate.lst /tmp/pull-request.lst >/opt/calendar-sync/classes.lst; \
    rm -rf /opt/calendar-sync/training /tmp/validate.lst /tmp/pull-request.lst

FROM ${RUNTIME_IMAGE}
COPY --from=build /opt/calendar-sync /opt/calendar-sync

# The archive is dumped here, not in the build stage, because CDS checks the jar's path, size and
# modification time at start-up, and a copy between stages may change the time.
RUN ["/opt/calendar-sync/runtime/bin/java", "-Xshare:dump", \
     "-XX:SharedClassListFile=/opt/calendar-sync/classes.lst", \
     "-XX:SharedArchiveFile=/opt/calendar-sync/calendar-sync.jsa", \
     "-cp", "/opt/calendar-sync/calendar-sync.jar"]

# GitHub starts the container in the mounted workspace (/github/workspace) with the inputs as INPUT_*
# variables; the entry point reads them and needs no git. C1 alone and the serial collector suit a
# process that lives for a second or two, and -XX:-UsePerfData skips the hsperfdata file nobody reads.
ENTRYPOINT ["/opt/calendar-sync/runtime/bin/java", \
            "-XX:SharedArchiveFile=/opt/calendar-sync/calendar-sync.jsa", "-Xshare:auto", \
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", \
            "-cp", "/opt/calendar-sync/calendar-sync.jar", "io.calendarsync.github.ActionMain"]
