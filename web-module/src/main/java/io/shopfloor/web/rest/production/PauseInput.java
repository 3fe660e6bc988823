package io.shopfloor.web.rest.production;

/** Body of POST /work/{id}/pause: the version read and why (break, material, machine, rework). */
public record PauseInput(Long version, String reason) {
}
