import threading

N = 3
barrier = threading.Barrier(N)
phase1 = [0] * N
phase2 = [0] * N


def worker(i):
    phase1[i] = (i + 1) * 10
    barrier.wait()
    phase2[i] = sum(phase1) + i
    barrier.wait()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(phase1, phase2, barrier.n_waiting, barrier.broken)
