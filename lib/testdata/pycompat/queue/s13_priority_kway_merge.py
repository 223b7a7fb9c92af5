import queue

lists = [[1, 4, 9], [2, 3, 10, 11], [], [0, 4]]
pq = queue.PriorityQueue()
for i, l in enumerate(lists):
    if l:
        pq.put((l[0], i, 0))
merged = []
while not pq.empty():
    v, i, j = pq.get()
    merged.append(v)
    if j + 1 < len(lists[i]):
        pq.put((lists[i][j + 1], i, j + 1))
print(merged, merged == sorted(sum(lists, [])))
