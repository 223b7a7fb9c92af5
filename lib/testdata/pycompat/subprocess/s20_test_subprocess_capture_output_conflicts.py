# After CPython's Lib/test/test_subprocess.py RunFuncTestCase
# (test_capture_output, test_stdout_with_capture_output_arg,
# test_stderr_with_capture_output_arg, test_check_output_stdout_arg).
import subprocess

cp = subprocess.run(["sh", "-c", "echo BDFL; echo FLUFL >&2"], capture_output=True)
print(cp.stdout, cp.stderr)
for kw in ({"stdout": subprocess.PIPE}, {"stderr": subprocess.PIPE}, {"stdout": subprocess.DEVNULL}):
    try:
        subprocess.run(["true"], capture_output=True, **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
