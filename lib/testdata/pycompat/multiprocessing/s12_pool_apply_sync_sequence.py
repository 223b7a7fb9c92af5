import multiprocessing, os

def tag(x):
    return f"{x}-{os.getpid() != PARENT}"

PARENT = os.getpid()

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print([pool.apply(tag, (i,)) for i in range(3)])
