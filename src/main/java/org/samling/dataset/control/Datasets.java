package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.dataset.entity.GlobalId;
import org.samling.dataset.entity.VersionState;
import org.samling.platform.error.SamlingException;

/** Finds datasets and their versions, without permission checks: for handlers and for {@link DatasetReader}. */
@ApplicationScoped
public class Datasets {

    @PersistenceContext
    EntityManager em;

    public Optional<Dataset> byGlobalId(String persistentId) {
        return GlobalId.parse(persistentId).flatMap(id -> em.createQuery(
                        "select d from Dataset d where d.protocol = :p and d.authority = :a and d.identifier = :i",
                        Dataset.class)
                .setParameter("p", id.protocol())
                .setParameter("a", id.authority())
                .setParameter("i", id.identifier())
                .getResultStream()
                .findFirst());
    }

    public Dataset requireByGlobalId(String persistentId) {
        return byGlobalId(persistentId)
                .orElseThrow(() -> SamlingException.notFound("error.datasetNotFound", String.valueOf(persistentId)));
    }

    public Optional<Dataset> find(long id) {
        return Optional.ofNullable(em.find(Dataset.class, id));
    }

    public Dataset require(long id) {
        return find(id).orElseThrow(() -> SamlingException.notFound("error.datasetNotFound", String.valueOf(id)));
    }

    /**
     * The dataset, re-read and locked until the transaction ends, so that changes to one
     * dataset (a draft appearing, a publication) happen one after another.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Dataset lock(Dataset dataset) {
        Dataset locked = em.find(Dataset.class, dataset.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (locked == null) {
            throw SamlingException.notFound("error.datasetNotFound", dataset.getGlobalId().asString());
        }
        return locked;
    }

    public boolean exists(GlobalId id) {
        return !em.createQuery("select d.id from Dataset d where d.protocol = :p and d.authority = :a "
                        + "and d.identifier = :i", Long.class)
                .setParameter("p", id.protocol())
                .setParameter("a", id.authority())
                .setParameter("i", id.identifier())
                .getResultList()
                .isEmpty();
    }

    public Optional<DatasetVersion> draft(Dataset dataset) {
        return em.createQuery("select v from DatasetVersion v where v.datasetId = :d and v.state = :s",
                        DatasetVersion.class)
                .setParameter("d", dataset.getId())
                .setParameter("s", VersionState.DRAFT)
                .getResultStream()
                .findFirst();
    }

    public Optional<DatasetVersion> released(Dataset dataset) {
        return dataset.getReleasedVersionId() == null ? Optional.empty()
                : Optional.ofNullable(em.find(DatasetVersion.class, dataset.getReleasedVersionId()));
    }

    /** The highest major number any version got (published or withdrawn since), 0 before the first. */
    public int lastMajorNumber(Dataset dataset) {
        Integer last = em.createQuery("select max(v.versionNumber) from DatasetVersion v where v.datasetId = :d",
                Integer.class).setParameter("d", dataset.getId()).getSingleResult();
        return last == null ? 0 : last;
    }

    /** The newest version still published (not withdrawn). */
    public Optional<DatasetVersion> newestReleased(Dataset dataset) {
        return em.createQuery("select v from DatasetVersion v where v.datasetId = :d and v.state = :s "
                        + "order by v.versionNumber desc, v.minorVersionNumber desc", DatasetVersion.class)
                .setParameter("d", dataset.getId())
                .setParameter("s", VersionState.RELEASED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The newest withdrawn version: what a dataset shows when no version of it is published any more. */
    public Optional<DatasetVersion> newestDeaccessioned(Dataset dataset) {
        return em.createQuery("select v from DatasetVersion v where v.datasetId = :d and v.state = :s "
                        + "order by v.versionNumber desc, v.minorVersionNumber desc", DatasetVersion.class)
                .setParameter("d", dataset.getId())
                .setParameter("s", VersionState.DEACCESSIONED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Every version but the draft, newest first, a page at a time; the withdrawn ones too if asked. */
    public java.util.List<DatasetVersion> numbered(Dataset dataset, boolean withdrawnToo, int offset, int limit) {
        return em.createQuery("select v from DatasetVersion v where v.datasetId = :d and v.state in :states "
                        + "order by v.versionNumber desc, v.minorVersionNumber desc", DatasetVersion.class)
                .setParameter("d", dataset.getId())
                .setParameter("states", states(withdrawnToo))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countNumbered(Dataset dataset, boolean withdrawnToo) {
        return em.createQuery("select count(v) from DatasetVersion v where v.datasetId = :d and v.state in :states",
                Long.class).setParameter("d", dataset.getId()).setParameter("states", states(withdrawnToo))
                .getSingleResult();
    }

    private static java.util.List<VersionState> states(boolean withdrawnToo) {
        return withdrawnToo ? java.util.List.of(VersionState.RELEASED, VersionState.DEACCESSIONED)
                : java.util.List.of(VersionState.RELEASED);
    }

    public Optional<DatasetVersion> version(Dataset dataset, int major, int minor) {
        return em.createQuery("select v from DatasetVersion v where v.datasetId = :d "
                        + "and v.versionNumber = :major and v.minorVersionNumber = :minor", DatasetVersion.class)
                .setParameter("d", dataset.getId())
                .setParameter("major", major)
                .setParameter("minor", minor)
                .getResultStream()
                .findFirst();
    }
}
