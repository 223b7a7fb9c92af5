import subprocess

out = subprocess.check_output(["seq", "1", "5"], text=True)
nums = [int(x) for x in out.split()]
print(nums, sum(nums))
out = subprocess.check_output(["sh", "-c", "seq 3 | tac"])
print(out, out.decode().split())
