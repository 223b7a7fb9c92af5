package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo loud; echo louder >&2"}, subprocess.Options{Stdout: subprocess.DEVNULL, Stderr: subprocess.DEVNULL})
	fmt.Println(r.Returncode, pyBytes(r.Stdout), pyBytes(r.Stderr))
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"cat"}, subprocess.Options{Stdin: subprocess.DEVNULL, CaptureOutput: true})
	fmt.Println(pyBytes(r.Stdout), r.Returncode)
}

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b" + pyStr(string(b))
}

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}
