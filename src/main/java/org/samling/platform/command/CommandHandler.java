package org.samling.platform.command;

/**
 * Carries out one kind of command inside the engine's transaction, after the permission
 * check. Implementations are CDI beans; the engine finds them by their command type.
 */
public interface CommandHandler<C extends Command<R>, R> {

    R handle(C command);
}
