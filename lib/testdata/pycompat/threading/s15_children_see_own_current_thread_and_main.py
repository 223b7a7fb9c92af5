import threading

main_ident = threading.get_ident()
seen = {}
lock = threading.Lock()
barrier = threading.Barrier(3)


def child(tag):
    me = threading.current_thread()
    with lock:
        seen[tag] = (
            me.name,
            me is threading.main_thread(),
            threading.get_ident() == main_ident,
            threading.get_ident() == me.ident,
            threading.main_thread().name,
            me.daemon,
        )
    barrier.wait()


ts = [threading.Thread(target=child, args=(t,), name=f"kid-{t}") for t in "ab"]
for t in ts:
    t.start()
barrier.wait()
for t in ts:
    t.join()
for tag in sorted(seen):
    print(tag, seen[tag])
print(threading.current_thread().name, threading.get_ident() == main_ident)
