package io.shopfloor.people.entity;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.Coded;

/** How well a worker does a stage. Work can be given at qualified or expert. */
public enum SkillLevel implements Coded, Labelled {
    TRAINEE("trainee"),
    QUALIFIED("qualified"),
    EXPERT("expert");

    private final String code;

    SkillLevel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static SkillLevel ofCode(String code) {
        return Coded.ofCode(SkillLevel.class, code);
    }

    @Override
    public Message label() {
        return Message.of("skill." + code);
    }
}
