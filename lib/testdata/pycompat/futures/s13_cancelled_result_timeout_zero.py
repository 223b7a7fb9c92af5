import concurrent.futures as cf

f = cf.Future()
print(f.cancel())
for name, call in (("result(timeout=0)", lambda: f.result(timeout=0)),
                   ("result(timeout=-1)", lambda: f.result(timeout=-1)),
                   ("exception(timeout=0)", lambda: f.exception(timeout=0)),
                   ("result()", f.result)):
    try:
        call()
    except cf.CancelledError as e:
        print(name, "->", type(e).__name__, repr(str(e)))
    except cf.TimeoutError:
        print(name, "-> TimeoutError")
