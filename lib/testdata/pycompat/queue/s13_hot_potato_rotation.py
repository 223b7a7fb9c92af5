import queue

def hot_potato(names, k):
    q = queue.Queue()
    for n in names:
        q.put(n)
    out = []
    while q.qsize() > 1:
        for _ in range(k - 1):
            q.put(q.get())
        out.append(q.get())
    return out, q.get(), q.empty()

print(hot_potato(["Bill", "David", "Susan", "Jane", "Kent", "Brad"], 7))
print(hot_potato(["a", "b", "c"], 1))
