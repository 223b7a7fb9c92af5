import queue

ready = queue.Queue()
for name, work in [("A", 5), ("B", 2), ("C", 4)]:
    ready.put((name, work))
timeline = []
while not ready.empty():
    name, left = ready.get()
    run = min(2, left)
    timeline.append(f"{name}{run}")
    if left - run > 0:
        ready.put((name, left - run))
print(" ".join(timeline), ready.qsize())
