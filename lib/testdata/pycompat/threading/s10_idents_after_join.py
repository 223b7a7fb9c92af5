import threading

idents = {}
def rec(i):
    idents[i] = (threading.get_ident(), threading.current_thread().ident, threading.get_native_id(), threading.current_thread().native_id)

ts = [threading.Thread(target=rec, args=(i,)) for i in range(3)]
print([t.ident for t in ts], [t.native_id for t in ts])
for t in ts:
    t.start()
for t in ts:
    t.join()
print(all(a == b and c == d for a, b, c, d in idents.values()))
print(all(t.ident == idents[i][0] for i, t in enumerate(ts)))
print(all(t.native_id == idents[i][2] for i, t in enumerate(ts)))
print(all(isinstance(t.ident, int) and t.ident > 0 for t in ts))
