import queue

q = queue.Queue()
for i in range(3):
    q.put_nowait(i)
print(q.unfinished_tasks, q.qsize())
print(q.get_nowait(), q.get_nowait())
print(q.unfinished_tasks, q.qsize())
q.task_done()
q.task_done()
print(q.unfinished_tasks)
q.get()
q.task_done()
print(q.unfinished_tasks, q.empty())
q.join()
print("joined")
