import threading

results = [None] * 4


def power(idx, base, exp=2):
    results[idx] = base ** exp


ts = [
    threading.Thread(target=power, args=(0, 3)),
    threading.Thread(target=power, args=(1, 2), kwargs={"exp": 10}),
    threading.Thread(target=power, kwargs={"idx": 2, "base": 5, "exp": 3}),
    threading.Thread(target=power, args=(3,), kwargs={"base": 7}),
]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
