import queue

q = queue.Queue()
q.put("a"); q.put("b")
q.task_done(); q.task_done()
q.join()
print("joined", q.qsize(), q.unfinished_tasks)
print(q.get(), q.get())
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
