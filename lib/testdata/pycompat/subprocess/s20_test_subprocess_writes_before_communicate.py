# After CPython's Lib/test/test_subprocess.py test_writes_before_communicate,
# test_communicate_returns and test_universal_newlines_communicate_input_none.
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
p.stdin.write(b"banana")
out, err = p.communicate(b"split")
print(out, err, p.returncode)
p = subprocess.Popen(["sh", "-c", "exit 47"])
print(p.communicate(), p.returncode)
p = subprocess.Popen(["true"], stdin=subprocess.PIPE, universal_newlines=True)
p.communicate()
print(p.returncode)
p = subprocess.Popen(["sh", "-c", "cat; echo e1 >&2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
p.stdin.write("line1\n")
out, err = p.communicate("line3\n")
print(repr(out), repr(err), p.returncode)
