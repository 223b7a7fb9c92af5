import multiprocessing, sys

def ends(how):
    if how == "return":
        return
    if how == "exit0":
        sys.exit(0)
    if how == "exit7":
        sys.exit(7)
    if how == "raise":
        raise RuntimeError("boom")

if __name__ == "__main__":
    for how in ("return", "exit0", "exit7", "raise"):
        p = multiprocessing.Process(target=ends, args=(how,))
        p.start()
        p.join()
        print(how, p.exitcode)
