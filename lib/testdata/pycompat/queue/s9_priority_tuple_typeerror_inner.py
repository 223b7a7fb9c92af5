import queue

for existing, new in (((1, "b"), ("a", 1)), ((1, "b"), (1, 2)), ((1, 2, "x"), (1, 2, 3)), (3, "x"), (2.5, "y")):
    q = queue.PriorityQueue()
    q.put(existing)
    try:
        q.put(new)
        print("ok", new)
    except TypeError as e:
        print("TypeError:", e)
