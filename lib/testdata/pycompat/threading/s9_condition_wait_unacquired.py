import threading

c = threading.Condition()
for name, f in (("wait", lambda: c.wait(0.01)), ("wait_for", lambda: c.wait_for(lambda: True, 0.01)), ("notify", c.notify), ("notify_all", c.notify_all)):
    try:
        f()
        print(name, "ok")
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
