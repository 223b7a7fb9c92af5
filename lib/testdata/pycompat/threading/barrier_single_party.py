import threading

count = 0

def action():
    global count
    count += 1

b = threading.Barrier(1, action=action)
print([b.wait() for _ in range(3)], count, b.parties, b.n_waiting)
