package io.calendarsync.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text with Jackson's streaming parser into {@link YamlNode} trees, one node at a time, so a
 * caller can convert each top-level list item before reading the next. Aliases are never expanded (the
 * streaming parser reports them as text and this reader rejects them), and the depth and the number of
 * nodes are bounded, so hostile input ends in a {@link YamlSyntaxException} rather than a hang or an
 * OutOfMemoryError.
 */
final class YamlTreeReader implements AutoCloseable {

    /** Deepest container allowed; calendar.yaml needs four: meeting list, meeting, attendees, attendee. */
    static final int MAX_DEPTH = 8;

    /** About 100 MB of nodes at most; a 5 MB calendar of ordinary meetings has well under 200,000. */
    static final int MAX_NODES = 1_000_000;

    private static final YAMLFactory FACTORY = createFactory();

    private final YAMLParser parser;
    private int nodeCount;

    YamlTreeReader(String text) throws YamlSyntaxException {
        try {
            this.parser = (YAMLParser) FACTORY.createParser(text);
        } catch (IOException e) {
            throw YamlSyntaxErrors.translate(e);
        }
    }

    private static YAMLFactory createFactory() {
        // SnakeYAML stops at 3 MB by default; the reader enforces its own, larger file limit before parsing.
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) CalendarReader.MAX_FILE_BYTES + 1);
        // Values are only read as text, but Jackson still checks the length of number-like values. An id of
        // 1,024 digits is valid, so the limit is the longest token the reader lets through.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNumberLength(LongRuns.MAX_RUN_LENGTH)
                .build();
        return new TextScalarParser.Factory(YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints));
    }

    /** Advances to the next token and returns it, or null at the end of the text. */
    JsonToken next() throws YamlSyntaxException {
        try {
            return parser.nextToken();
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some failures as unchecked YAMLException instead of through Jackson.
            throw YamlSyntaxErrors.translate(e);
        }
    }

    SourceLocation tokenLocation() {
        JsonLocation location = parser.currentTokenLocation();
        return SourceLocation.of(location.getLineNr(), location.getColumnNr());
    }

    /**
     * Reads the node that starts at the current token, leaving the parser on its last token.
     *
     * @param depth the number of containers around the node
     */
    YamlNode readNode(int depth) throws YamlSyntaxException {
        JsonToken token = parser.currentToken();
        SourceLocation at = tokenLocation();
        countNode(at);
        if (token == JsonToken.START_ARRAY) {
            checkDepth(depth, at);
            return readSequence(depth, at);
        }
        if (token == JsonToken.START_OBJECT) {
            checkDepth(depth, at);
            return readMapping(depth, at);
        }
        if (token == null || !token.isScalarValue()) {
            throw new YamlSyntaxException(at, "unexpected end of the YAML structure", "check the indentation");
        }
        if (parser.isCurrentAlias()) {
            throw YamlSyntaxErrors.alias(at, textOfCurrentToken());
        }
        String text = token == JsonToken.VALUE_NULL ? "" : textOfCurrentToken();
        return new YamlNode.Scalar(text, at);
    }

    private YamlNode.Sequence readSequence(int depth, SourceLocation at) throws YamlSyntaxException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken token = next(); token != JsonToken.END_ARRAY; token = next()) {
            requireToken(token);
            items.add(readNode(depth + 1));
        }
        return new YamlNode.Sequence(items, at);
    }

    private YamlNode.Mapping readMapping(int depth, SourceLocation at) throws YamlSyntaxException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        for (JsonToken token = next(); token != JsonToken.END_OBJECT; token = next()) {
            requireToken(token);
            String key = textOfCurrentToken();
            SourceLocation keyLocation = tokenLocation();
            requireToken(next());
            entries.add(new YamlNode.Entry(key, keyLocation, readNode(depth + 1)));
        }
        return new YamlNode.Mapping(entries, at);
    }

    private String textOfCurrentToken() throws YamlSyntaxException {
        try {
            return parser.getText();
        } catch (IOException e) {
            throw YamlSyntaxErrors.translate(e);
        }
    }

    private void requireToken(JsonToken token) throws YamlSyntaxException {
        if (token == null) {
            throw new YamlSyntaxException(tokenLocation(), "the file ends in the middle of a list or mapping",
                    "close every [ and { that the file opens");
        }
    }

    private void checkDepth(int depth, SourceLocation at) throws YamlSyntaxException {
        if (depth >= MAX_DEPTH) {
            throw new YamlSyntaxException(at, "lists and mappings are nested more than " + MAX_DEPTH + " levels deep",
                    "calendar.yaml needs at most four levels: the list of meetings, a meeting, its attendees and"
                            + " one attendee");
        }
    }

    private void countNode(SourceLocation at) throws YamlSyntaxException {
        nodeCount++;
        if (nodeCount > MAX_NODES) {
            throw new YamlSyntaxException(at, "the file contains more than " + MAX_NODES + " YAML values",
                    "split the calendar or remove meetings that ended long ago");
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // The parser reads from a String, which has no resource that could fail to close.
        }
    }
}
