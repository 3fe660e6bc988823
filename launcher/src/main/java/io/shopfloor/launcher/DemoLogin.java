package io.shopfloor.launcher;

/** A sign-in of the demo organization: what to type on the sign-in page. */
public record DemoLogin(String organization, String email, String password) {

    @Override
    public String toString() {
        return "DemoLogin[" + organization + ", " + email + ", password=(hidden)]";
    }
}
