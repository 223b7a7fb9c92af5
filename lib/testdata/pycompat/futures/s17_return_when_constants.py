import concurrent.futures as cf

print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
f = cf.Future()
f.set_result(None)
print(f.result(), cf.wait([f], return_when=cf.FIRST_EXCEPTION).done == {f})
