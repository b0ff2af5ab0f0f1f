package dev.caravan.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.caravan.model.Document;
import dev.caravan.model.Section;
import dev.caravan.model.SectionWork;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Writes a large document's sections array with the help of {@link SectionWork}'s threads: runs of sections
 * are turned into JSON side by side and written in order, so the same bytes come out as from Jackson's own
 * list serialiser. The JSON of a 50 MB input is about 175 MB and took one core about a second while the other
 * had nothing to do. A bounded window of runs is in memory at a time. Documents the helpers would not
 * help are written by Jackson as usual.
 */
final class SectionsJson extends StdSerializer<List<Section>> {
    /** The writer attribute holding the {@link SectionWork} to use; without it, sections are written as usual. */
    static final String WORK = SectionWork.class.getName();
    /** Characters of section text turned into JSON per round: about 14 MB of JSON held at once. */
    private static final long WINDOW_CHARS = 4L << 20;
    private static final ObjectWriter RUN_WRITER = DocumentJson.mapper().writerFor(new TypeReference<List<Section>>() { });

    SectionsJson() {
        super(List.class, false);
    }

    /** A writer for {@link TemporaryFiles#writeAtomically} of whole documents whose sections {@code work} helps write. */
    static ObjectWriter documentWriter(SectionWork work) {
        return TemporaryFiles.writerFor(DocumentJson.mapper().addMixIn(Document.class, OnDocument.class), Document.class)
            .withAttribute(WORK, work);
    }

    /** Puts this serialiser on {@link Document#sections()} (a mix-in: the model stays plain). */
    interface OnDocument {
        @JsonProperty("sections")
        @JsonSerialize(using = SectionsJson.class)
        List<Section> sections();
    }

    @Override
    public void serialize(List<Section> sections, JsonGenerator generator, SerializerProvider provider) throws IOException {
        SectionWork work = (SectionWork) provider.getAttribute(WORK);
        long chars = sections.stream().mapToLong(SectionsJson::length).sum();
        generator.writeStartArray(sections, sections.size());
        if (work == null || !work.helps(chars) || !(generator.getOutputTarget() instanceof OutputStream out)) {
            for (Section section : sections) {
                provider.defaultSerializeValue(section, generator);
            }
        } else {
            generator.flush();
            writeSideBySide(sections, work, out);
        }
        generator.writeEndArray();
    }

    /** The array's elements, written straight to {@code out}: runs made JSON on the helpers, a window at a time. */
    private static void writeSideBySide(List<Section> sections, SectionWork work, OutputStream out) throws IOException {
        boolean first = true;
        for (List<List<Section>> window : windows(runs(sections))) {
            List<byte[]> json;
            try {
                json = work.map(window, SectionsJson::length, SectionsJson::arrayOf);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (byte[] array : json) {
                // each run is a JSON array: its elements without the brackets, joined by commas
                if (!first) {
                    out.write(',');
                }
                out.write(array, 1, array.length - 2);
                first = false;
            }
        }
    }

    private static byte[] arrayOf(List<Section> run) {
        try {
            return RUN_WRITER.writeValueAsBytes(run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Consecutive runs of sections of about {@link SectionWork#BATCH_CHARS} characters: one job each. */
    private static List<List<Section>> runs(List<Section> sections) {
        return slices(sections, SectionsJson::length, SectionWork.BATCH_CHARS);
    }

    /** The runs in rounds of about {@link #WINDOW_CHARS} characters. */
    private static List<List<List<Section>>> windows(List<List<Section>> runs) {
        return slices(runs, SectionsJson::length, WINDOW_CHARS);
    }

    private static <T> List<List<T>> slices(List<T> items, ToIntFunction<T> size, long chars) {
        return SectionWork.ranges(items, size, chars).stream().map(range -> items.subList(range[0], range[1])).toList();
    }

    private static int length(Section section) {
        return section.text().length();
    }

    private static int length(List<Section> run) {
        return run.stream().mapToInt(SectionsJson::length).sum();
    }
}
