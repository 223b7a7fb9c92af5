import os
import threading

main = threading.main_thread()
print(main.native_id == os.getpid(), threading.get_native_id() == os.getpid())
print(main.native_id != main.ident, threading.get_native_id() != threading.get_ident())

start = threading.Event()
done = threading.Barrier(4)
facts = {}


def work(i):
    start.wait()
    me = threading.current_thread()
    facts[i] = (
        me.native_id == threading.get_native_id(),
        me.native_id != me.ident,
        threading.get_native_id() != os.getpid(),
        isinstance(me.native_id, int),
    )
    done.wait()


ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
print([t.native_id for t in ts])
for t in ts:
    t.start()
start.set()
done.wait()
print(len({t.native_id for t in ts}), all(t.native_id > 0 for t in ts))
for t in ts:
    t.join()
for i in sorted(facts):
    print(i, facts[i])
