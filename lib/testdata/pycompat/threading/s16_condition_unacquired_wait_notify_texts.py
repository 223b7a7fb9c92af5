import threading

for label, lock in (("Lock", threading.Lock()), ("RLock", threading.RLock())):
    cond = threading.Condition(lock)
    calls = (
        ("wait", lambda: cond.wait(0)),
        ("wait_for true", lambda: cond.wait_for(lambda: True)),
        ("wait_for false", lambda: cond.wait_for(lambda: False, timeout=0)),
        ("notify", cond.notify),
        ("notify_all", cond.notify_all),
    )
    for name, call in calls:
        try:
            print(label, name, "->", call())
        except RuntimeError as e:
            print(label, name, "RuntimeError:", e)
