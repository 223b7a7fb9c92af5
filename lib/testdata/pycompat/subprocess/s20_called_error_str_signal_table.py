import subprocess

for rc in (-1, -2, -6, -9, -13, -15, -16, -17, -29, -30, -31, -33, -34, -35, -50, -64, -65, -128, 0, 1, 255, 256):
    print(rc, str(subprocess.CalledProcessError(rc, ["prog", "a b"])))
print(str(subprocess.CalledProcessError(-9, "sleep 5")))
print(str(subprocess.CalledProcessError(3, "exit 3", output=b"x", stderr=b"y")))
