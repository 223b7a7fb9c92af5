import threading

b = threading.Barrier(3)
out = []

def patient():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        out.append("patient broken")

t = threading.Thread(target=patient)
t.start()
while b.n_waiting < 1:
    pass
try:
    b.wait(timeout=0.05)
except threading.BrokenBarrierError:
    out.append("timed out broken")
t.join()
print(sorted(out), b.broken)
