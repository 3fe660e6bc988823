package io.shopfloor.quality.boundary;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.quality.entity.CategoryDraft;
import io.shopfloor.quality.entity.CategoryView;
import io.shopfloor.quality.entity.IssueCategory;

/**
 * The organization's issue categories (a handful, so never paged): each with its default severity
 * and the hours an issue of it is due in. A category is deactivated rather than deleted; its
 * issues keep it. Changing the hours moves the due time of the category's issues as the database
 * keeps it only when an issue changes category, so open issues keep the due time they were given.
 */
@Stateless
public class IssueCategories {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @RequiresPermission("quality:read")
    public List<CategoryView> list(boolean includeInactive) {
        return em.createQuery("SELECT c FROM IssueCategory c WHERE :all = TRUE OR c.active = TRUE ORDER BY c.name", IssueCategory.class)
                .setParameter("all", includeInactive).getResultStream().map(CategoryView::of).toList();
    }

    @RequiresPermission("quality:read")
    public CategoryView find(UUID id) {
        IssueCategory category = em.find(IssueCategory.class, id);
        if (category == null) {
            throw new NotFoundException("record.issueCategory", id);
        }
        return CategoryView.of(category);
    }

    @RequiresPermission("quality:write")
    public CategoryView create(CategoryDraft draft) {
        validation.check(draft);
        IssueCategory category = new IssueCategory(caller.tenantId(), draft);
        em.persist(category);
        return flushed(category);
    }

    @RequiresPermission("quality:write")
    public CategoryView update(UUID id, long expectedVersion, CategoryDraft draft) {
        validation.check(draft);
        IssueCategory category = lockVersion(id, expectedVersion);
        category.apply(draft);
        return flushed(category);
    }

    @RequiresPermission("quality:write")
    public CategoryView setActive(UUID id, long expectedVersion, boolean active) {
        IssueCategory category = lockVersion(id, expectedVersion);
        category.setActive(active);
        return flushed(category);
    }

    private CategoryView flushed(IssueCategory category) {
        em.flush();
        em.refresh(category);
        return CategoryView.of(category);
    }

    private IssueCategory lockVersion(UUID id, long expectedVersion) {
        IssueCategory category = em.find(IssueCategory.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (category == null) {
            throw new NotFoundException("record.issueCategory", id);
        }
        if (category.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("quality.categoryOf", category.getName());
        }
        return category;
    }
}
