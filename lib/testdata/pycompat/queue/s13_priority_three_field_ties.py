import queue

q = queue.PriorityQueue()
jobs = [(2, "write"), (1, "read"), (2, "alpha"), (1, "zeta"), (0, "boot")]
for seq, (prio, name) in enumerate(jobs):
    q.put((prio, seq, name))
while not q.empty():
    prio, seq, name = q.get()
    print(prio, seq, name)
q.put((1, 1, "b")); q.put((1, 0, "z")); q.put((1, 1, "a"))
print([q.get()[2] for _ in range(3)])
