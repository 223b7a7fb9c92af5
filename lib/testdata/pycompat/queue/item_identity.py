import queue

q = queue.Queue()
lst = [1, 2]
d = {"k": "v"}
q.put(lst)
q.put(d)
a = q.get()
b = q.get()
a.append(3)
b["k2"] = "v2"
print(a is lst, lst, b is d, len(d))
