import queue

q = queue.PriorityQueue()
q.put((2, "it's"))
q.put((1, 'say "hi"'))
q.put((3, "tab\there"))
q.put((0, ""))
while not q.empty():
    print(q.get())
