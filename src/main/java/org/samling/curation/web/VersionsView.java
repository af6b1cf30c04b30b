package org.samling.curation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.samling.account.control.CurrentCaller;
import org.samling.curation.control.VersionDifferences;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/**
 * A dataset's versions page ({@code ?persistentId=...}): every version the caller may see, and
 * the differences between two of them ({@code &a=1.0&b=2.0}). Keeps no state: all is in the address.
 */
@Named
@RequestScoped
public class VersionsView {

    static final int SHOWN = 100;

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    VersionDifferences differences;

    @Inject
    CurrentCaller caller;

    private String persistentId;
    private String a;
    private String b;
    private DatasetReader.VersionPage page;
    private VisibleDataset older;
    private VisibleDataset newer;
    private VersionDifferences.Difference difference;

    @PostConstruct
    void readAddress() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        persistentId = parameters.get("persistentId");
        a = blank(parameters.get("a"));
        b = blank(parameters.get("b"));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Dataset dataset = datasets.byGlobalId(persistentId)
                    .orElseThrow(() -> SamlingException.notFound("error.datasetNotFound", String.valueOf(persistentId)));
            page = reader.versions(caller.context(), dataset, 0, SHOWN);
            if (a != null && b != null) {
                VisibleDataset first = reader.open(caller.context(), dataset, a);
                VisibleDataset second = reader.open(caller.context(), dataset, b);
                boolean swap = first.version().getCreatedAt().isAfter(second.version().getCreatedAt());
                older = swap ? second : first;
                newer = swap ? first : second;
                difference = differences.between(older, newer, locale());
            }
        } catch (SamlingException e) {
            faces.getExternalContext().responseSendError(e.status() == 400 ? 400 : 404,
                    FacesMessages.text(e.messageKey(), e.arguments()));
            faces.responseComplete();
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** How a version is named in the address: "1.0", or ":draft". */
    public static String spec(VisibleDataset version) {
        return version.version().isDraft() ? ":draft" : version.version().getFriendlyNumber();
    }

    public List<VisibleDataset> getVersions() {
        return page.versions();
    }

    public VisibleDataset getNewest() {
        return page.versions().get(0);
    }

    public String getPersistentId() {
        return persistentId;
    }

    public String getA() {
        return a != null ? a : page.versions().size() > 1 ? spec(page.versions().get(1)) : null;
    }

    public String getB() {
        return b != null ? b : spec(page.versions().get(0));
    }

    public VisibleDataset getOlder() {
        return older;
    }

    public VisibleDataset getNewer() {
        return newer;
    }

    public VersionDifferences.Difference getDifference() {
        return difference;
    }

    public String label(VisibleDataset version) {
        return spec(version);
    }
}
