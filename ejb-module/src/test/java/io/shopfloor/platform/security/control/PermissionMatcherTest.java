package io.shopfloor.platform.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PermissionMatcherTest {

    @Test
    void anExactGrantCoversOnlyThatAction() {
        assertThat(PermissionMatcher.grants(Set.of("orders:read"), "orders:read")).isTrue();
        assertThat(PermissionMatcher.grants(Set.of("orders:read"), "orders:write")).isFalse();
        assertThat(PermissionMatcher.grants(Set.of("orders:read"), "customers:read")).isFalse();
    }

    @Test
    void aModuleWildcardCoversEveryActionOfThatModuleOnly() {
        assertThat(PermissionMatcher.grants(Set.of("orders:*"), "orders:write")).isTrue();
        assertThat(PermissionMatcher.grants(Set.of("orders:*"), "orders:delete")).isTrue();
        assertThat(PermissionMatcher.grants(Set.of("orders:*"), "customers:read")).isFalse();
        assertThat(PermissionMatcher.grants(Set.of("order:*"), "orders:read")).as("a prefix of the module name is not the module").isFalse();
    }

    @Test
    void theStarCoversEverything() {
        assertThat(PermissionMatcher.grants(Set.of("*"), "users:write")).isTrue();
        assertThat(PermissionMatcher.grants(List.of("customers:read", "*"), "audit:read")).isTrue();
    }

    @Test
    void nothingGrantedCoversNothing() {
        assertThat(PermissionMatcher.grants(Set.of(), "orders:read")).isFalse();
    }

    @Test
    void aRequiredPermissionMustBeConcrete() {
        assertThatThrownBy(() -> PermissionMatcher.grants(Set.of("*"), "orders:*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PermissionMatcher.grants(Set.of("*"), "*")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validGrantsAreWhatTheDatabaseAccepts() {
        assertThat(PermissionMatcher.isValidGrant("orders:read")).isTrue();
        assertThat(PermissionMatcher.isValidGrant("orders:*")).isTrue();
        assertThat(PermissionMatcher.isValidGrant("*")).isTrue();
        assertThat(PermissionMatcher.isValidGrant("*:read")).isFalse();
        assertThat(PermissionMatcher.isValidGrant("Orders:read")).isFalse();
        assertThat(PermissionMatcher.isValidGrant("orders")).isFalse();
        assertThat(PermissionMatcher.isValidGrant(null)).isFalse();
    }
}
