package io.scaffold.orchestrator.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Bounds request bodies other than multipart uploads (those are bounded by
 * {@code spring.servlet.multipart.*}): a declared length over
 * {@code scaffold.api.max-request-body} is refused with a 413 problem before anything is
 * read; a body without a declared length (chunked) fails with
 * {@link BodyTooLargeException} once it passes the limit, which
 * {@link ProblemDetailsAdvice} answers with the same 413.
 */
@Component
@EnableConfigurationProperties(ApiProperties.class)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final DataSize limit;

    private final ObjectMapper json;

    RequestBodyLimitFilter(ApiProperties properties, ObjectMapper json) {
        this.limit = properties.maxRequestBody();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith("multipart/")) {
            chain.doFilter(request, response);
        }
        else if (request.getContentLengthLong() > limit.toBytes()) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(),
                    ProblemDetailsAdvice.tooLarge("request body", limit, "scaffold.api.max-request-body"));
        }
        else {
            chain.doFilter(new Bounded(request, limit.toBytes()), response);
        }
    }

    static class BodyTooLargeException extends IOException {

        BodyTooLargeException(long limit) {
            super("the request body is larger than " + limit + " bytes");
        }

    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;

        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;

        private final long limit;

        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b != -1) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

    }

}
