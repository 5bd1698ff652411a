package org.warta.incremental.gadget;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/** A serialisable class that does something when it is read back, as the first link of a gadget chain would. */
public final class Gadget implements Serializable {
    /** How many times any Gadget was read back. */
    public static final AtomicInteger READ = new AtomicInteger();

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        READ.incrementAndGet();
    }
}
