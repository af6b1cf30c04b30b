package org.samling.oai.control;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.services.api.ResumptionTokenFormat;
import io.gdcc.xoai.services.impl.SimpleResumptionTokenFormat;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Resumption tokens that carry, beside xoai's own fields (its offset is the true cursor that
 * harvesters count with), the last dataset id sent: the next page starts after that id, so a
 * token stays valid and loses nothing while records are added or changed, and a deep page is
 * as cheap as the first. The id travels between parsing, listing and writing on the request's
 * thread; {@link #clear()} ends each request.
 */
public final class KeysetTokens implements ResumptionTokenFormat {

    private static final ThreadLocal<Long> LAST_SENT = new ThreadLocal<>();
    private static final ThreadLocal<Long> LAST_IN_PAGE = new ThreadLocal<>();

    private ResumptionTokenFormat fields = new SimpleResumptionTokenFormat();

    @Override
    public ResumptionTokenFormat withGranularity(Granularity granularity) {
        fields = fields.withGranularity(granularity);
        return this;
    }

    @Override
    public String format(ResumptionToken.Value value) {
        Long last = LAST_IN_PAGE.get();
        String plain = (last == null ? 0 : last) + "|" + fields.format(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ResumptionToken.Value parse(String token) throws BadResumptionTokenException {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            long last = Long.parseLong(plain.substring(0, bar));
            if (last < 0) {
                throw new BadResumptionTokenException("The token names no place in the list.");
            }
            ResumptionToken.Value value = fields.parse(plain.substring(bar + 1));
            LAST_SENT.set(last);
            return value;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BadResumptionTokenException("The resumption token is not one this repository gave.");
        }
    }

    /** The last dataset id the previous page sent, or 0 for a first page. */
    static long lastSent(ResumptionToken.Value value) {
        Long last = LAST_SENT.get();
        return value.hasOffset() && last != null ? last : 0;
    }

    static void lastInPage(long datasetId) {
        LAST_IN_PAGE.set(datasetId);
    }

    public static void clear() {
        LAST_SENT.remove();
        LAST_IN_PAGE.remove();
    }
}
