import threading

registry = {
    "lock": threading.Lock(),
    "rlock": threading.RLock(),
    "sem": threading.Semaphore(3),
    "event": threading.Event(),
}

def describe(name, obj):
    if isinstance(obj, threading.Event):
        obj.set()
        return name + " event set=" + str(obj.is_set())
    if isinstance(obj, threading.Semaphore):
        obj.acquire()
        return name + " semaphore value=" + str(obj._value)
    obj.acquire()
    try:
        return name + " lock acquired"
    finally:
        obj.release()

for name in sorted(registry):
    print(describe(name, registry[name]))
