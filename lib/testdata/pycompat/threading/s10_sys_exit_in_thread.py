import threading, sys

steps = []
def worker():
    steps.append("start")
    sys.exit(3)
    steps.append("never")

t = threading.Thread(target=worker)
t.start()
t.join()
print(steps, t.is_alive(), threading.active_count())
# pycompat: stderr
