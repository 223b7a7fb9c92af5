import queue

ready = queue.Queue()
for name, work in (("A", 5), ("B", 2), ("C", 4)):
    ready.put((name, work))
quantum = 2
tick = 0
while not ready.empty():
    name, left = ready.get()
    run = min(quantum, left)
    tick += run
    left -= run
    if left:
        ready.put((name, left))
        print("t=%d %s ran %d, %d left" % (tick, name, run, left))
    else:
        print("t=%d %s done" % (tick, name))
