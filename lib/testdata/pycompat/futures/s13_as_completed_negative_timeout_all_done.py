import concurrent.futures as cf

f, g = cf.Future(), cf.Future()
f.set_result(1)
g.set_exception(KeyError("k"))
got = []
for fut in cf.as_completed([f, g, f], timeout=-1):
    got.append(fut.exception() is None)
print(sorted(got))
h = cf.Future()
try:
    for fut in cf.as_completed([f, h], timeout=-1):
        print("yielded done:", fut.result())
except cf.TimeoutError as e:
    print(type(e).__name__ + ":", e)
