import subprocess

cmd = ["printf", "a\r\nb\rc\n"]
print(repr(subprocess.run(cmd, capture_output=True, text=True).stdout))
print(subprocess.run(cmd, capture_output=True).stdout)
print(repr(subprocess.check_output(cmd, text=True)))
