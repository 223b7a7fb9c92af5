import multiprocessing

def shout(s):
    return s.upper() + "!"

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(shout, ["a", "bc", "def"]))
