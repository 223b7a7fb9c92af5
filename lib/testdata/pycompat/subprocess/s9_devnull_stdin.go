package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"cat"}, subprocess.Options{Stdin: subprocess.DEVNULL, CaptureOutput: true})
	fmt.Println("b'"+string(r.Stdout)+"'", r.Returncode)
	r, _ = subprocess.Run([]string{"sh", "-c", "echo visible; echo hidden >&2"}, subprocess.Options{Stderr: subprocess.DEVNULL, Stdout: subprocess.PIPE, Text: true})
	e := "None"
	if r.Stderr != nil {
		e = string(r.Stderr)
	}
	fmt.Println("'"+strings.ReplaceAll(string(r.Stdout), "\n", `\n`)+"'", e)
}
