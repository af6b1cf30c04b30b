package org.samling.dataset.web;

import java.io.Serializable;

/** One author line of the dataset form. */
public class AuthorRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String affiliation;
    private String orcid;

    public AuthorRow() {
    }

    public AuthorRow(String name, String affiliation, String orcid) {
        this.name = name;
        this.affiliation = affiliation;
        this.orcid = orcid;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public String getOrcid() {
        return orcid;
    }

    public void setOrcid(String orcid) {
        this.orcid = orcid;
    }

    boolean isBlank() {
        return (name == null || name.isBlank()) && (affiliation == null || affiliation.isBlank())
                && (orcid == null || orcid.isBlank());
    }
}
