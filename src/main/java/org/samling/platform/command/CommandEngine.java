package org.samling.platform.command;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import org.samling.platform.audit.AuditLog;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.DatabaseFailures;

/**
 * The one way to change anything: asks the {@link CommandGuard} whether the command may run,
 * runs its handler in a transaction and records it in the audit log in that same transaction.
 * Work that must follow a commit is done by observers of events the handlers fire
 * ({@code @Observes(during = AFTER_SUCCESS)}).
 */
@ApplicationScoped
public class CommandEngine {

    @Inject
    @Any
    Instance<CommandHandler<?, ?>> handlerBeans;

    @Inject
    CommandGuard guard;

    @Inject
    AuditLog auditLog;

    @PersistenceContext
    EntityManager em;

    private final Map<Class<?>, CommandHandler<?, ?>> handlers = new HashMap<>();

    @PostConstruct
    void findHandlers() {
        for (CommandHandler<?, ?> handler : handlerBeans) {
            Class<?> commandType = commandTypeOf(handler.getClass());
            if (handlers.put(commandType, handler) != null) {
                throw new IllegalStateException("Two handlers for " + commandType.getName());
            }
        }
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public <R> R submit(Command<R> command) {
        guard.authorize(command);
        var handler = (CommandHandler<Command<R>, R>) handlers.get(command.getClass());
        if (handler == null) {
            throw new IllegalStateException("No handler for " + command.getClass().getName());
        }
        R result = handler.handle(command);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw DatabaseFailures.understood(e).map(RuntimeException.class::cast).orElse(e);
        }
        if (!command.recordsItself()) {
            auditLog.record(command);
        }
        return result;
    }

    /** Whether the caller could issue this kind of command on the target: what views use to decide what to show. */
    public boolean canIssue(Class<? extends Command<?>> commandType, RequestContext context, ObjectRef target) {
        return guard.mayIssue(commandType, context, target);
    }

    private static Class<?> commandTypeOf(Class<?> handlerClass) {
        for (Class<?> type = handlerClass; type != null; type = type.getSuperclass()) {
            for (Type implemented : type.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == CommandHandler.class) {
                    Type commandType = parameterized.getActualTypeArguments()[0];
                    if (commandType instanceof Class<?> commandClass) {
                        return commandClass;
                    }
                }
            }
        }
        throw new IllegalStateException(handlerClass.getName() + " does not name its command type");
    }
}
