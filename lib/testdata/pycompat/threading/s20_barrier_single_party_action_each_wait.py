import threading

runs = []
b = threading.Barrier(1, action=lambda: runs.append(threading.current_thread().name))
print([b.wait() for _ in range(3)], runs, b.n_waiting, b.parties, b.broken)
t = threading.Thread(target=b.wait, name="solo")
t.start()
t.join()
print(runs)
b.abort()
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken", b.broken, len(runs))
b.reset()
print(b.wait(0), len(runs))
