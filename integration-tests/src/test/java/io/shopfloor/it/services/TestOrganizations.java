package io.shopfloor.it.services;

/**
 * The organizations the test run creates (each run starts on an empty database), known on both
 * sides of an in-container test. Each has one user per built-in role: {@code <role>@<slug>.example}.
 */
public final class TestOrganizations {

    public static final String ACME = "it-acme";
    public static final String GLOBEX = "it-globex";
    public static final String PASSWORD = "correct-horse-battery-staple";

    private TestOrganizations() {
    }

    public static String email(String role, String organization) {
        return role + "@" + organization + ".example";
    }
}
