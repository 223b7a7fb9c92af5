package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"true"})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", "echo o; echo e >&2; exit 2"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", "echo o"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", "echo e >&2"}, subprocess.Options{Stderr: subprocess.PIPE, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"echo 'it''s'"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"printf", `\x00\x01\xff`}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
	cp := subprocess.CompletedProcess{Args: []string{"x", "y"}, Returncode: 3, Stdout: []byte("out"), Text: true}
	fmt.Println(cp, "['"+strings.Join(cp.Args, "', '")+"']", cp.Returncode, "None")
}
