package io.calendarsync.config;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser, except that an untagged scalar that cannot be null is returned as a string
 * without SnakeYAML's implicit type resolution. calendar-sync reads every value as text, and of the
 * resolved types only null changes what it reads (an empty value). The resolution matched each value
 * that starts with a digit, such as a date or a time, against the int, float and timestamp regular
 * expressions: about 6% of the CPU time of validating 10,000 meetings.
 */
final class TextScalarParser extends YAMLParser {

    /**
     * First characters of the values that SnakeYAML 2.5's Resolver reads as null: {@code ~}, {@code null},
     * {@code Null}, {@code NULL} and a single space, plus NUL, which it lists too. The empty value is
     * tested separately.
     */
    private static final String NULL_STARTS = "~nN \0";

    private TextScalarParser(IOContext context, int parserFeatures, int formatFeatures, LoaderOptions options,
            ObjectCodec codec, Reader reader) {
        super(context, parserFeatures, formatFeatures, options, codec, reader);
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
        String value = scalar.getValue();
        if (scalar.getTag() != null || value.isEmpty() || NULL_STARTS.indexOf(value.charAt(0)) >= 0) {
            return super._decodeScalar(scalar);
        }
        // Jackson would return an int, float or boolean as a number or boolean token, but with this same text.
        _textValue = value;
        _cleanedTextValue = null;
        return JsonToken.VALUE_STRING;
    }

    /**
     * Creates this parser for input read through a Reader, the path that {@code createParser(String)} takes
     * in jackson-dataformat-yaml 2.21. Other inputs get Jackson's own parser.
     */
    static final class Factory extends YAMLFactory {

        private static final long serialVersionUID = 1L;

        Factory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
            return new TextScalarParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    reader);
        }
    }
}
