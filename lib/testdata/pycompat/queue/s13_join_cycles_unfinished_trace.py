import queue

q = queue.Queue()
q.join()
print("join on a fresh queue returns", q.unfinished_tasks)
trace = []
for round_ in range(3):
    for i in range(round_ + 1):
        q.put(i)
    trace.append(q.unfinished_tasks)
    while not q.empty():
        q.get()
        q.task_done()
    trace.append(q.unfinished_tasks)
    q.join()
print(trace)
