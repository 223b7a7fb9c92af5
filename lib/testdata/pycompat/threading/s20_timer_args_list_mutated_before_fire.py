import threading

seen = []
items = ["a"]
t = threading.Timer(0.05, lambda xs: seen.append(list(xs)), args=(items,))
t.start()
items.append("b")
t.join()
items.append("c")
print(seen, items)
