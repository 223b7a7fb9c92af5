import multiprocessing as mp


def f(x):
    return 1


if __name__ == "__main__":
    objs = [("Queue", mp.Queue()), ("JoinableQueue", mp.JoinableQueue()), ("SimpleQueue", mp.SimpleQueue()),
            ("Lock", mp.Lock()), ("RLock", mp.RLock()), ("Semaphore", mp.Semaphore(1)),
            ("BoundedSemaphore", mp.BoundedSemaphore(1)), ("Condition", mp.Condition()), ("Event", mp.Event()),
            ("Barrier", mp.Barrier(2)), ("Value", mp.Value("i", 1)), ("Array", mp.Array("i", 3)),
            ("Array c", mp.Array("c", b"hi")), ("Pipe end", mp.Pipe()[0])]
    with mp.Pool(1) as p:
        for name, o in objs:
            try:
                print(name, p.apply(f, (o,)))
            except RuntimeError as e:
                print(name, "RuntimeError:", e)
        try:
            print(p.map(f, [[mp.Lock()]]))
        except RuntimeError as e:
            print("nested RuntimeError:", e)
        r = p.apply_async(f, (mp.Queue(),))
        r.wait()
        print("apply_async ready:", r.ready(), "successful:", r.successful())
        with mp.Manager() as m:
            proxies = [m.Queue(), m.Lock(), m.Event(), m.Value("i", 1), m.list(), m.dict()]
            print("manager objects:", [p.apply(f, (o,)) for o in proxies])
