package ${app.basePackage}.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Blob fields: their bytes never travel in JSON. A response shows a blob's {@link Metadata} (media type, size,
 * download path); {@code PUT /api/{resources}/{id}/{field}} uploads the raw body with its {@code Content-Type},
 * {@code GET} of the same path downloads it. Uploads are limited to {@code app.blobs.max-size} (413 above it).
 */
@Component
public class Blobs {

    /** The longest media type a blob's column stores. */
    private static final int MAX_CONTENT_TYPE_LENGTH = 255;

    /** What a response shows of a blob instead of its bytes. */
    public record Metadata(String contentType, long size, String href) {

        /** The metadata of a blob, or null when it is empty (no size stored). */
        public static Metadata of(String contentType, Long size, String href) {
            return size == null ? null : new Metadata(contentType, size, href);
        }
    }

    /** The bytes of a blob and their media type. */
    public record Content(String contentType, byte[] bytes) {
    }

    private final long maxSize;

    public Blobs(@Value("${r"${app.blobs.max-size:10MB}"}") DataSize maxSize) {
        this.maxSize = maxSize.toBytes();
    }

    /**
     * Reads an upload of at most {@code app.blobs.max-size} bytes and the field's own {@code maxBytes} (null:
     * none), never more than one byte past it: 413 when larger, 400 when smaller than {@code minBytes}, 415
     * when the media type cannot be parsed. No {@code Content-Type} stores {@code application/octet-stream}.
     */
    public Content read(InputStream body, String contentType, Integer minBytes, Integer maxBytes) throws IOException {
        long max = maxBytes == null ? maxSize : Math.min(maxBytes, maxSize);
        byte[] bytes = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > max) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "The content is larger than the maximum of " + max + " bytes; send a smaller one");
        }
        if (minBytes != null && bytes.length < minBytes) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The content has " + bytes.length + " bytes, at least " + minBytes + " are required");
        }
        return new Content(mediaType(contentType), bytes);
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
        try {
            String type = MediaType.parseMediaType(contentType).toString();
            if (type.length() <= MAX_CONTENT_TYPE_LENGTH) {
                return type;
            }
        }
        catch (InvalidMediaTypeException e) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type is not a media type: " + e.getMessage(), e);
        }
        throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type is longer than " + MAX_CONTENT_TYPE_LENGTH + " characters");
    }

    /**
     * A download: the bytes with their stored media type and length, as an attachment named {@code filename}
     * (encoded per RFC 6266), never sniffed by the browser as another type.
     */
    public static ResponseEntity<byte[]> download(Content content, String filename) {
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(content.contentType()))
            .contentLength(content.bytes().length)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(content.bytes());
    }
}
