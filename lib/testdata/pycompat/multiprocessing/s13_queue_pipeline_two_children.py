import multiprocessing as mp

def produce(out):
    for i in range(5):
        out.put(i)
    out.put(None)

def double(inp, out):
    while True:
        x = inp.get()
        if x is None:
            out.put(None)
            return
        out.put(x * 2)

if __name__ == "__main__":
    q1, q2 = mp.Queue(), mp.Queue()
    ps = [mp.Process(target=produce, args=(q1,)), mp.Process(target=double, args=(q1, q2))]
    for p in ps:
        p.start()
    got = []
    while True:
        x = q2.get(timeout=30)
        if x is None:
            break
        got.append(x)
    for p in ps:
        p.join()
    print(got, [p.exitcode for p in ps], q1.empty(), q2.empty())
