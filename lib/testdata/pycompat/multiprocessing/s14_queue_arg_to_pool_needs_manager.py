import multiprocessing


def put_square(q, x):
    q.put(x * x)
    return x


if __name__ == "__main__":
    q = multiprocessing.Queue()
    with multiprocessing.Pool(2) as pool:
        try:
            print(pool.starmap(put_square, [(q, 1), (q, 2)]))
        except RuntimeError as e:
            print("RuntimeError:", e)
        m = multiprocessing.Manager()
        mq = m.Queue()
        print(pool.starmap(put_square, [(mq, 1), (mq, 2)]))
        print(sorted(mq.get() for _ in range(2)))
        m.shutdown()
