import queue
q = queue.Queue()
trace = []
for i in range(3):
    q.put(i)
    trace.append(q.unfinished_tasks)
q.get(); trace.append(q.unfinished_tasks)
q.task_done(); trace.append(q.unfinished_tasks)
q.get(); q.get()
trace.append(q.unfinished_tasks)
q.task_done(); q.task_done()
trace.append(q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    trace.append(str(e))
print(trace, q.qsize())
