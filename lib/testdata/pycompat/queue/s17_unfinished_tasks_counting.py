import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.unfinished_tasks, q.qsize())
q.get()
q.get()
print(q.unfinished_tasks, q.qsize())
q.task_done()
print(q.unfinished_tasks)
q.task_done()
q.get()
q.task_done()
print(q.unfinished_tasks, q.empty())
q.join()
print("join returns at once")
