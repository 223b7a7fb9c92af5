import threading
gate = threading.Event()
ts = [threading.Thread(target=gate.wait, name=f"w{i}") for i in range(3)]
for t in ts: t.start()
print(sorted(t.name for t in threading.enumerate()), threading.active_count())
gate.set()
for t in ts: t.join()
print([t.name for t in threading.enumerate()], threading.active_count())
