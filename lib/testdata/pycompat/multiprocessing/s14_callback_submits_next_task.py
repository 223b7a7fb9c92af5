import multiprocessing
import threading


def square(x):
    return x * x


if __name__ == "__main__":
    done = threading.Event()
    chain = []
    with multiprocessing.Pool(2) as pool:

        def on_result(v):
            chain.append(v)
            if len(chain) < 4:
                pool.apply_async(square, (v + 1,), callback=on_result)
            else:
                done.set()

        pool.apply_async(square, (1,), callback=on_result)
        print("chain finished:", done.wait(30))
    print(chain)
