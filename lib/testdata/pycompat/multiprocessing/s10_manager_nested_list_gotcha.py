import multiprocessing

def worker(shared):
    shared[0].append("lost")
    inner = shared[0]
    inner.append("kept")
    shared[0] = inner

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        shared = m.list([[]])
        p = multiprocessing.Process(target=worker, args=(shared,))
        p.start(); p.join()
        print(shared[0], len(shared))
        d = m.dict({"xs": [1]})
        d["xs"].append(2)
        print(d["xs"])
        xs = d["xs"]; xs.append(3); d["xs"] = xs
        print(d["xs"])
