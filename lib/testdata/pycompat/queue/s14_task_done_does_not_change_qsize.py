import queue

q = queue.Queue(maxsize=2)
q.put("a")
q.put("b")
print(q.qsize(), q.full(), q.unfinished_tasks)
print(q.get())
print(q.qsize(), q.full(), q.unfinished_tasks)
q.task_done()
print(q.qsize(), q.full(), q.unfinished_tasks)
q.task_done()
print("task_done before get ok:", q.qsize(), q.unfinished_tasks)
print(q.get(), q.qsize(), q.empty())
try:
    q.task_done()
except ValueError as e:
    print(e)
