import concurrent.futures as cf

done_f = cf.Future()
done_f.set_result(1)
pending = cf.Future()
d, nd = cf.wait([done_f], return_when="BOGUS")
print("all done, any return_when:", len(d), len(nd))
for when, timeout in (("BOGUS", None), ("first_completed", 0), ("it's", 0)):
    try:
        cf.wait([done_f, pending], timeout=timeout, return_when=when)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
d, nd = cf.wait([done_f, pending], return_when=cf.FIRST_COMPLETED)
print(len(d), len(nd))
