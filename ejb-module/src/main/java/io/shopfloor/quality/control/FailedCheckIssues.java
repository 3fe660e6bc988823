package io.shopfloor.quality.control;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.quality.entity.CheckItemView;
import io.shopfloor.quality.entity.CheckView;
import io.shopfloor.quality.entity.Issue;
import io.shopfloor.quality.entity.IssueCategory;
import io.shopfloor.quality.entity.IssueDraft;
import io.shopfloor.quality.entity.Severity;

/**
 * The issue a failed check opens by itself, in the same transaction: category "Failed check",
 * linked to the check (whose failed results it lists), the batch, the order and the stage, with
 * the check's status as its severity, reported by the worker who filed the check. Its title and
 * description are the checklist's and items' own words and the readings, so they read the same
 * in every language.
 */
@Dependent
public class FailedCheckIssues {

    static final int TITLE_MAX = 200;

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    IssueNumbers numbers;

    public Issue openIssue(CheckView check) {
        IssueCategory category = em.createQuery("SELECT c FROM IssueCategory c WHERE c.code = :code", IssueCategory.class)
                .setParameter("code", IssueCategory.FAILED_CHECK).getSingleResult();
        List<CheckItemView> failed = check.items().stream().filter(CheckItemView::failed).toList();
        String title = check.checklistName() + ": " + failed.stream().map(i -> i.item().text()).collect(Collectors.joining(", "));
        String description = failed.stream().map(FailedCheckIssues::line).collect(Collectors.joining("\n"))
                + (check.notes() == null ? "" : "\n\n" + check.notes());
        IssueDraft draft = new IssueDraft(check.batchId(), check.orderId(), check.stageId(), category.getId(), null,
                title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX - 1) + "…", description, null, null);
        Issue issue = new Issue(caller.tenantId(), numbers.next(), caller.userId(), check.id(), draft, Severity.ofCode(check.status().code()));
        em.persist(issue);
        em.flush();
        return issue;
    }

    private static String line(CheckItemView item) {
        String what = "• " + item.item().category() + " / " + item.item().text();
        String reading = item.reading() == null ? "" : ": " + QualityViews.reading(item.item(), item.reading());
        String notes = item.notes() == null ? "" : " (" + item.notes() + ")";
        return what + reading + notes;
    }
}
