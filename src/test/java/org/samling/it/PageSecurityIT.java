package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page, as every kind of user, in a real browser with the Content-Security-Policy the
 * server sends: not one console error and not one refused script or style; every response names
 * no product, and pages send a policy whose scripts need a nonce.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageSecurityIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Samling.war();
    }

    @Test
    void everyPageRunsUnderItsPolicyWithoutAConsoleError() {
        Api api = new Api(base);
        SharedDataset data = SharedDataset.publish(api, "Page security study");
        Samling.User reader = Samling.newUser(api, "reader");
        api.put("api/access/datafile/" + data.transcript() + "/requestAccess", reader.token(), new byte[0], "text/plain");
        api.put("api/access/datafile/" + data.transcript() + "/grantAccess/@" + reader.username() + "?expires="
                + Instant.now().plus(Duration.ofDays(3)), data.owner().token(), new byte[0], "text/plain");
        api.putJson("api/datasets/:persistentId/versions/:draft?persistentId=" + Api.encode(data.pid()),
                data.owner().token(), Samling.datasetJson("Page security study, draft"));
        String reviewToken = api.postJson("api/datasets/:persistentId/privateUrl?persistentId=" + Api.encode(data.pid()),
                data.owner().token(), "{}").data().getString("token");
        Samling.User admin = new Samling.User("admin", null, Samling.adminToken());

        String pid = URLEncoder.encode(data.pid(), StandardCharsets.UTF_8);
        List<String> readerPages = List.of("", "search.xhtml?q=mutual", "dataverse/root", "collection.xhtml?alias=root",
                "dataset.xhtml?persistentId=" + pid, "file.xhtml?fileId=" + data.report(),
                "file.xhtml?fileId=" + data.transcript(), "file.xhtml?fileId=" + data.consent(),
                "request-access.xhtml?persistentId=" + pid, "login.xhtml", "confirm.xhtml?token=nothing",
                "no-such-page.xhtml", "dataset.xhtml?persistentId=doi:10.5072/NO/SUCH",
                "versions.xhtml?persistentId=" + pid, "versions.xhtml?persistentId=" + pid + "&a=1.0&b=1.0");
        List<String> signedInPages = List.of("my-access.xhtml", "notifications.xhtml", "my-data.xhtml",
                "my-data.xhtml?state=DRAFT");
        List<String> curatorPages = List.of("dataset.xhtml?persistentId=" + pid + "&version=:draft",
                "dataset-edit.xhtml?persistentId=" + pid, "dataset-edit.xhtml?collection=root",
                "requests.xhtml", "requests.xhtml?persistentId=" + pid, "history.xhtml?persistentId=" + pid,
                "permissions.xhtml?persistentId=" + pid, "versions.xhtml?persistentId=" + pid + "&a=1.0&b=:draft",
                "retention.xhtml?collection=root");

        List<String> problems = new ArrayList<>();
        visit(api, null, readerPages, "anonymous", problems);
        visit(api, reader, concat(readerPages, signedInPages), "reader with a grant", problems);
        visit(api, data.owner(), concat(readerPages, signedInPages, curatorPages), "curator", problems);
        visitSignedInAsAdministrator(api, concat(signedInPages, curatorPages, List.of("permissions.xhtml?collection=root")),
                problems);
        try (Browser reviewer = new Browser()) {
            reviewer.driver.get(api.uri("review/" + reviewToken).toString());
            check(reviewer, "review-link holder", "review/…", problems);
            reviewer.driver.get(api.uri("file.xhtml?fileId=" + data.transcript()).toString());
            check(reviewer, "review-link holder", "file page", problems);
        }
        for (String page : concat(readerPages, List.of("api/info/version", "api/access/datafile/" + data.report(),
                "api/search?q=mutual"))) {
            Api.Response answer = api.get(page, null);
            answer.headers().map().forEach((name, values) -> values.forEach(value -> {
                String line = (name + ": " + value).toLowerCase(Locale.ROOT);
                if (line.contains("payara") || line.contains("glassfish") || line.contains("grizzly")
                        || name.equalsIgnoreCase("server") || name.equalsIgnoreCase("x-powered-by")) {
                    problems.add(page + " sends " + name + ": " + value);
                }
            }));
            if (!page.startsWith("api/")) {
                String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
                String scripts = policy.contains("script-src")
                        ? policy.substring(policy.indexOf("script-src")).split(";")[0].strip() : "";
                if (!scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'")) {
                    problems.add(page + " has no strict script policy: " + policy);
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private void visit(Api api, Samling.User user, List<String> pages, String who, List<String> problems) {
        try (Browser browser = new Browser()) {
            if (user != null) {
                browser.signIn(api, user);
                browser.consoleErrors();
            }
            for (String page : pages) {
                browser.driver.get(api.uri(page).toString());
                check(browser, who, page, problems);
            }
        }
    }

    private void visitSignedInAsAdministrator(Api api, List<String> pages, List<String> problems) {
        try (Browser browser = new Browser()) {
            // the administrator's password is in the server's data folder
            String password = Samling.adminPassword();
            browser.signIn(api, new Samling.User("admin", password, null));
            for (String page : pages) {
                browser.driver.get(api.uri(page).toString());
                check(browser, "administrator", page, problems);
            }
        }
    }

    /** An error page (404, 403) is still a page of the site; only its own status may show in the console. */
    private static void check(Browser browser, String who, String page, List<String> problems) {
        browser.wait.until(driver -> "complete".equals(browser.script("return document.readyState")));
        String address = browser.driver.getCurrentUrl();
        browser.consoleErrors().stream()
                .filter(error -> !(error.startsWith(address + " - Failed to load resource: the server responded with a "
                        + "status of 4")))
                .forEach(error -> problems.add(who + " / " + page + ": " + error));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
