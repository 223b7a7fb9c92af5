import threading

results = {}

def work(a, b=0, *, scale=1):
    results[threading.current_thread().name] = (a + b) * scale

ts = [
    threading.Thread(target=work, args=(1,), name="p1"),
    threading.Thread(target=work, args=(1, 2), name="p2"),
    threading.Thread(target=work, args=(1,), kwargs={"b": 5, "scale": 10}, name="p3"),
]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
