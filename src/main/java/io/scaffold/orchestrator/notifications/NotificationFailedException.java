package io.scaffold.orchestrator.notifications;

/**
 * A reminder or escalation could not be delivered; the job fails, is retried and ends as
 * an incident with this message.
 */
public class NotificationFailedException extends RuntimeException {

    NotificationFailedException(String message, Throwable cause) {
        super(message, cause);
    }

}
