import queue

q = queue.Queue()
q.join()
print("join on an empty queue returns")
q.put(1)
print(q.unfinished_tasks)
q.get()
print(q.unfinished_tasks)
q.task_done()
q.join()
print(q.unfinished_tasks)
