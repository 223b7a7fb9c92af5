import queue

ready = queue.Queue()
for name, burst in [("P1", 5), ("P2", 2), ("P3", 4), ("P4", 1)]:
    ready.put([name, burst])
clock = 0
finished = []
while not ready.empty():
    proc = ready.get()
    run = min(2, proc[1])
    clock += run
    proc[1] -= run
    if proc[1] > 0:
        ready.put(proc)
    else:
        finished.append((proc[0], clock))
print(finished, clock, ready.qsize())
