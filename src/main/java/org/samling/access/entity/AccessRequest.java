package org.samling.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Someone's request to open restricted files of a dataset: who they are, why, for how long,
 * and exactly which terms they accepted.
 */
@Entity
@Table(name = "access_request")
public class AccessRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dataset_id", nullable = false)
    private Long datasetId;

    @Column(name = "requester_id", nullable = false)
    private Long requesterId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String institution;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "planned_use", nullable = false)
    private String plannedUse;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "terms_version_id")
    private Long termsVersionId;

    @Column(name = "terms_sha256", nullable = false)
    private String termsSha256;

    @Column(name = "terms_text", nullable = false)
    private String termsText;

    @Column(name = "extends_request_id")
    private Long extendsRequestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestState state;

    private String question;

    private String reason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AccessRequest() {
    }

    public AccessRequest(Long datasetId, Long requesterId, RequestDetails details, AcceptedTerms terms,
                         RequestState state, Instant at) {
        this.datasetId = datasetId;
        this.requesterId = requesterId;
        describe(details);
        this.termsVersionId = terms.versionId();
        this.termsSha256 = terms.sha256();
        this.termsText = terms.text();
        this.state = state;
        this.createdAt = at;
        this.updatedAt = at;
    }

    private void describe(RequestDetails details) {
        this.name = details.name().trim();
        this.institution = details.institution().trim();
        this.email = details.email().trim();
        this.purpose = details.purpose().trim();
        this.plannedUse = details.plannedUse().trim();
        this.periodStart = details.periodStart();
        this.periodEnd = details.periodEnd();
    }

    public void extending(Long requestId) {
        this.extendsRequestId = requestId;
    }

    public void confirmed(Instant at) {
        move(RequestState.PENDING, at);
    }

    public void granted(Long curatorId, Instant at) {
        decide(RequestState.GRANTED, curatorId, at);
    }

    public void rejected(Long curatorId, String why, Instant at) {
        this.reason = why;
        decide(RequestState.REJECTED, curatorId, at);
    }

    public void returned(Long curatorId, String askedQuestion, Instant at) {
        this.question = askedQuestion;
        decide(RequestState.RETURNED, curatorId, at);
    }

    /** The requester's answer to a returned request: new details, and it waits for a curator again. */
    public void answered(RequestDetails details, AcceptedTerms terms, Instant at) {
        describe(details);
        this.termsVersionId = terms.versionId();
        this.termsSha256 = terms.sha256();
        this.termsText = terms.text();
        move(RequestState.PENDING, at);
    }

    public void withdrawn(Instant at) {
        move(RequestState.WITHDRAWN, at);
    }

    private void decide(RequestState next, Long curatorId, Instant at) {
        this.decidedBy = curatorId;
        this.decidedAt = at;
        move(next, at);
    }

    private void move(RequestState next, Instant at) {
        this.state = next;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getDatasetId() {
        return datasetId;
    }

    public Long getRequesterId() {
        return requesterId;
    }

    public String getName() {
        return name;
    }

    public String getInstitution() {
        return institution;
    }

    public String getEmail() {
        return email;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getPlannedUse() {
        return plannedUse;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Long getTermsVersionId() {
        return termsVersionId;
    }

    public String getTermsSha256() {
        return termsSha256;
    }

    public String getTermsText() {
        return termsText;
    }

    public Long getExtendsRequestId() {
        return extendsRequestId;
    }

    public RequestState getState() {
        return state;
    }

    public String getQuestion() {
        return question;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
