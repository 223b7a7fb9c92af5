import queue

q = queue.Queue()
trace = []
for i in range(3):
    q.put(i)
    trace.append(q.unfinished_tasks)
q.get(); trace.append(q.unfinished_tasks)
q.task_done(); trace.append(q.unfinished_tasks)
q.task_done(); trace.append(q.unfinished_tasks)
q.task_done(); trace.append(q.unfinished_tasks)
print(trace, q.qsize())
q.join()
print("joined with", q.qsize(), "items left")
try:
    q.task_done()
except ValueError as e:
    print(e)
