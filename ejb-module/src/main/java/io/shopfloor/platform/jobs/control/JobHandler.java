package io.shopfloor.platform.jobs.control;

import jakarta.json.JsonObject;

/**
 * One kind of an organization's background work (an import, an export, a report), a CDI bean the
 * runner finds by {@link #kind()}. It runs in a transaction of its own with the job's
 * organization and requesting user bound in the database ({@link JobQueue#STATEMENT_TIMEOUT} per
 * statement), so row level security applies as to the user's own requests. Throwing fails the
 * attempt; the job is tried again later, up to its attempts.
 */
public interface JobHandler {

    /** The kind of job this handles, such as {@code orders.import}. */
    String kind();

    /** Does the work; what it returns is kept as the job's result. */
    JsonObject run(ClaimedJob job);
}
