import multiprocessing

def square(x):
    return x * x

if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        print(pool.map(square, range(6)))
        r = pool.apply_async(square, (7,))
        print(r.get(timeout=10), r.ready(), r.successful())
        print(pool.starmap(pow, [(2, 3), (3, 2)]))
    print(r.get())
