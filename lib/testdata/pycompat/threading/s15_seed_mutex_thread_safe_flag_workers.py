from threading import Lock, Thread

shared = []


def worker(mutex, data, thread_safe):
    if thread_safe:
        mutex.acquire()
    try:
        shared.append(f"start {data}")
        shared.append(f"end {data}")
    finally:
        if thread_safe:
            mutex.release()


threads = []
thread_safe = True
mutex = Lock()
for i in range(5):
    t = Thread(target=worker, args=(mutex, i, thread_safe))
    t.start()
    threads.append(t)
for t in threads:
    t.join()
pairs = [(shared[k], shared[k + 1]) for k in range(0, len(shared), 2)]
print(all(a.split()[1] == b.split()[1] for a, b in pairs), len(shared), mutex.locked())
print(sorted(b for _, b in pairs))
