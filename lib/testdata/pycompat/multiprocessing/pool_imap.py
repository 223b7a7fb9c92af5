import multiprocessing

def cube(x):
    return x ** 3

if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        print(list(pool.imap(cube, range(6))))
        print(sorted(pool.imap_unordered(cube, range(6))))
        print(pool.map_async(cube, [1, 2]).get())
