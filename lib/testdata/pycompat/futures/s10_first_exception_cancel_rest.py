from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION
import threading

gate = threading.Event()

def task(n):
    if n == 1:
        raise ValueError("task %d failed" % n)
    if n == 0:
        gate.wait()
    return n

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(task, n) for n in range(5)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(fs[1] in done, fs[0] in not_done)
    cancelled = [f.cancel() for f in fs[2:]]
    gate.set()
print(fs[0].result(), repr(fs[1].exception()))
print(sum(f.cancelled() for f in fs) <= 3, all(f.done() for f in fs))
