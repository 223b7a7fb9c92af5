import threading

failed = []
threading.excepthook = lambda args: failed.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))
def work(n):
    if n % 2:
        raise ValueError(f"odd {n}")

ts = [threading.Thread(target=work, args=(n,), name=f"w{n}") for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(failed))
print([t.name for t in threading.enumerate()], threading.active_count(), [t.is_alive() for t in ts])
threading.excepthook = threading.__excepthook__
