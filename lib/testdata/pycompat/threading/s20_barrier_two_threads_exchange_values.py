import threading

b = threading.Barrier(2)
slots = [None, None]
seen = [None, None]

def player(i, value):
    slots[i] = value
    b.wait(30)
    seen[i] = slots[1 - i]
    b.wait(30)
    slots[i] = value * 10
    b.wait(30)

ts = [threading.Thread(target=player, args=(i, v)) for i, v in enumerate((3, 4))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen, slots, b.n_waiting, b.broken)
