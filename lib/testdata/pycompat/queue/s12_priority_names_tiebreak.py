import queue
pq = queue.PriorityQueue()
for p, name in [(2, "carol"), (1, "bob"), (2, "alice"), (1, "anna"), (3, "zed"), (2, "bea")]:
    pq.put((p, name))
out = []
while not pq.empty():
    out.append(pq.get())
print(out)
