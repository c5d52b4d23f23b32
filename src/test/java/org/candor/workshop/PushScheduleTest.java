package org.candor.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PushScheduleTest {

  private final PushSchedule schedule = new PushSchedule();

  @Test
  void theFirstChangeStartsAPushAndLaterOnesRideAlong() {
    assertThat(schedule.changed()).isTrue();
    schedule.starting();
    assertThat(schedule.changed()).isFalse();
    assertThat(schedule.changed()).isFalse();
  }

  @Test
  void changesDuringAPushAreShownByExactlyOneMorePush() {
    schedule.changed();
    schedule.starting();
    schedule.changed();
    schedule.changed();

    assertThat(schedule.finished()).as("another push follows").isTrue();
    schedule.starting();
    assertThat(schedule.finished()).as("nothing changed during the second push").isFalse();
  }

  @Test
  void changesBeforeThePushReadsAreAlreadyInIt() {
    schedule.changed();
    schedule.changed();
    schedule.starting();

    assertThat(schedule.finished()).isFalse();
  }

  @Test
  void afterAPushEndsTheNextChangeStartsAnother() {
    schedule.changed();
    schedule.starting();
    schedule.finished();

    assertThat(schedule.changed()).isTrue();
  }

  @Test
  void anAbandonedPushDoesNotSilenceTheWorkshop() {
    schedule.changed();
    schedule.abandon();

    assertThat(schedule.changed()).isTrue();
  }
}
