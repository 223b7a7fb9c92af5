package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"wc", "-c"}, subprocess.Options{Input: "12345", CaptureOutput: true})
	fmt.Printf("b'%s' %v\n", bytes.TrimSpace(r.Stdout), r)
	r, _ = subprocess.Run([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, CaptureOutput: true, Text: true})
	fmt.Printf("'%s' %d\n", r.Stdout, r.Returncode)
	r, _ = subprocess.Run([]string{"sh", "-c", "read a b; echo $b $a"}, subprocess.Options{Input: "first second\n", CaptureOutput: true, Text: true})
	fmt.Printf("'%s\\n'\n", strings.TrimRight(string(r.Stdout), "\n"))
}
