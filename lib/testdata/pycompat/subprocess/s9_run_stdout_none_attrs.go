package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	r, _ := subprocess.Run([]string{"true"})
	fmt.Println("['true']", r.Returncode, pyBytes(r.Stdout), pyBytes(r.Stderr))
	r, _ = subprocess.Run([]string{"sh", "-c", "echo o; echo e >&2"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT})
	fmt.Println(pyBytes(r.Stdout), pyBytes(r.Stderr))
}
