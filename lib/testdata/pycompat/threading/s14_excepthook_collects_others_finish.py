import threading

failures = []
results = {}
lock = threading.Lock()


def hook(args):
    with lock:
        failures.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))


threading.excepthook = hook


def job(n):
    if n % 2:
        raise ValueError("odd %d" % n)
    with lock:
        results[n] = n * n


threads = [threading.Thread(target=job, args=(n,), name="job-%d" % n) for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(sorted(failures))
threading.excepthook = threading.__excepthook__
