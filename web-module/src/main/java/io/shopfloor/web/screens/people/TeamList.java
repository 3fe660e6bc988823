package io.shopfloor.web.screens.people;

import java.io.IOException;
import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.shopfloor.people.boundary.Team;
import io.shopfloor.people.entity.TeamMember;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.RecordPage;
import io.shopfloor.web.common.ServiceList;

/** The team ({@code team.xhtml}): who does production work, by name, with skills, expiring ones flagged, and today's hours. */
@Named
@ViewScoped
public class TeamList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Me me;

    @EJB
    Team team;

    private String text;

    private final ServiceList<TeamMember> model = ServiceList.of((page, filters) -> team.list(text, page), m -> m.userId().toString());

    /** Runs on page load: the page is for people:read. */
    public void load() throws IOException {
        RecordPage.permits(me, "people:read");
    }

    public ServiceList<TeamMember> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
