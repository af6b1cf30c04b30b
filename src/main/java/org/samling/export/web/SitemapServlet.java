package org.samling.export.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.samling.export.control.XmlOut;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.persistence.Sql;

/**
 * {@code /sitemap.xml}: every published dataset's landing page (never a draft), 50,000 to a
 * file as the protocol allows; a larger archive gets an index of pages.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    static final int PER_FILE = 50_000;
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject
    Sql sql;

    @Inject
    SamlingConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long published = sql.count("select count(*) from dataset where released_version_id is not null");
        String page = request.getParameter("page");
        XmlOut xml = new XmlOut(Map.of("", NAMESPACE), true);
        if (page == null && published > PER_FILE) {
            xml.open("sitemapindex");
            for (long p = 1; (p - 1) * PER_FILE < published; p++) {
                xml.open("sitemap").element("loc", config.siteUrl() + "/sitemap.xml?page=" + p).close();
            }
        } else {
            int number;
            try {
                number = page == null ? 1 : Math.max(1, Integer.parseInt(page));
            } catch (NumberFormatException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            xml.open("urlset");
            sql.list("""
                    select d.protocol || ':' || d.authority || '/' || d.identifier, v.release_time
                    from dataset d join dataset_version v on v.id = d.released_version_id
                    order by d.id offset ? limit ?""",
                    row -> new String[] {row.getString(1), row.getTimestamp(2).toInstant().toString().substring(0, 10)},
                    (long) (number - 1) * PER_FILE, PER_FILE)
                    .forEach(entry -> xml.open("url")
                            .element("loc", config.siteUrl() + "/dataset.xhtml?persistentId="
                                    + URLEncoder.encode(entry[0], StandardCharsets.UTF_8))
                            .element("lastmod", entry[1]).close());
        }
        xml.close();
        response.setContentType("application/xml;charset=UTF-8");
        response.getWriter().write(xml.finish());
    }
}
