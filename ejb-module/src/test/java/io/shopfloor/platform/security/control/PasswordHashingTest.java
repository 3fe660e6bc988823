package io.shopfloor.platform.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String stored = PasswordHashing.hash("correct horse".toCharArray());
        assertThat(PasswordHashing.verify("correct horse".toCharArray(), stored)).isTrue();
        assertThat(PasswordHashing.verify("correct hors".toCharArray(), stored)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(PasswordHashing.hash("pw".toCharArray())).isNotEqualTo(PasswordHashing.hash("pw".toCharArray()));
    }

    @Test
    void storesAtLeast600000IterationsOfPbkdf2Sha256() {
        String stored = PasswordHashing.hash("pw".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$600000$");
        assertThat(PasswordHashing.needsRehash(stored)).isFalse();
        assertThat(PasswordHashing.needsRehash("pbkdf2-sha256$1000$c2FsdA$aGFzaA")).isTrue();
    }

    @Test
    void manyGuessesAtOnceRunAtMostOnePerProcessor() throws Exception {
        String stored = PasswordHashing.hash("correct horse".toCharArray());
        PasswordHashing.takePeak();
        int guesses = PasswordHashing.concurrentLimit() * 4;
        ExecutorService threads = Executors.newFixedThreadPool(guesses);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                results.add(threads.submit(() -> PasswordHashing.verify("wrong guess".toCharArray(), stored)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isFalse();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(PasswordHashing.takePeak()).as("computations at once out of " + guesses + " guesses")
                .isPositive().isLessThanOrEqualTo(PasswordHashing.concurrentLimit());
    }

    @Test
    void malformedOrMissingHashesNeverVerify() {
        assertThat(PasswordHashing.verify("pw".toCharArray(), null)).isFalse();
        assertThat(PasswordHashing.verify("pw".toCharArray(), "plain-text")).isFalse();
        assertThat(PasswordHashing.verify("pw".toCharArray(), "pbkdf2-sha256$x$y$z")).isFalse();
    }
}
