package org.warta.jbake;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the tests' logback configuration ({@code logback-test.xml}) sends what Warta's rendering tool logs: kept
 * for the tests to assert (the bad-content tests check that every problem was printed), never printed, so that
 * a green run's log shows only what went wrong.
 */
public final class CapturedLog extends AppenderBase<ILoggingEvent> {
    private static final List<ILoggingEvent> EVENTS = new ArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
        synchronized (EVENTS) {
            EVENTS.add(event);
        }
    }

    /** The formatted messages logged at a level ("ERROR") since the last {@link #clear()}. */
    public static List<String> messages(String level) {
        synchronized (EVENTS) {
            return EVENTS.stream().filter(e -> e.getLevel().toString().equals(level)).map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    public static void clear() {
        synchronized (EVENTS) {
            EVENTS.clear();
        }
    }
}
