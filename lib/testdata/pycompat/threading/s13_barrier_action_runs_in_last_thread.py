import threading, time

ran_in = []
b = threading.Barrier(3, action=lambda: ran_in.append(threading.current_thread().name))
got = {}
def party():
    got[threading.current_thread().name] = b.wait()

ts = []
for i in range(3):
    t = threading.Thread(target=party, name=f"p{i}")
    ts.append(t)
    t.start()
    while b.n_waiting < i + 1 and i < 2:
        time.sleep(0.01)
for t in ts:
    t.join()
print("action ran in", ran_in, "indices", sorted(got.items()))
