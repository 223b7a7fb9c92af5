import queue

q = queue.LifoQueue()
q.put("a")
q.put("b")
print(q.get(), q.get())
q.task_done()
q.task_done()
q.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(q.unfinished_tasks)
