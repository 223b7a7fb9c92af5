import threading

got = {}

def hook(a):
    got["thread_ok"] = a.thread is t
    got["tb"] = a.exc_traceback is not None
    got["alive"] = a.thread.is_alive()
    got["value"] = str(a.exc_value)

threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="div")
t.start()
t.join()
print(sorted(got.items()), t.is_alive())
