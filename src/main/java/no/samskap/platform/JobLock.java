package no.samskap.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lock in the database so that a scheduled job runs on one node only when several nodes run: the first node to
 * take the lock runs the job; the others skip until the lock expires.
 */
@Component
public class JobLock {

    private static final String NODE = UUID.randomUUID().toString();

    private final JdbcClient jdbc;
    private final Clock clock;

    JobLock(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Tries to take the named lock for {@code holdFor}; true when this node may run the job now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryLock(String name, Duration holdFor) {
        Instant now = clock.instant();
        int taken = jdbc.sql("""
                        insert into job_lock (name, locked_until, locked_at, locked_by)
                        values (:name, :until, :now, :node)
                        on conflict (name) do update
                           set locked_until = excluded.locked_until, locked_at = excluded.locked_at,
                               locked_by = excluded.locked_by
                         where job_lock.locked_until <= :now
                        """)
                .param("name", name)
                .param("until", java.sql.Timestamp.from(now.plus(holdFor)))
                .param("now", java.sql.Timestamp.from(now))
                .param("node", NODE)
                .update();
        return taken == 1;
    }

    /** Gives up the named lock if this node holds it, so the job may run again before {@code holdFor} has passed. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String name) {
        jdbc.sql("delete from job_lock where name = :name and locked_by = :node")
                .param("name", name)
                .param("node", NODE)
                .update();
    }
}
