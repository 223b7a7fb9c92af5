import multiprocessing, os

def show(key):
    print("child:", os.environ.get(key, "missing"))

if __name__ == "__main__":
    os.environ["GONOTES_S12_MP"] = "from parent"
    p = multiprocessing.Process(target=show, args=("GONOTES_S12_MP",))
    p.start(); p.join()
    del os.environ["GONOTES_S12_MP"]
    p = multiprocessing.Process(target=show, args=("GONOTES_S12_MP",))
    p.start(); p.join()
    print(p.exitcode)
