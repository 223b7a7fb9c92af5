package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"wc", "-c"}, subprocess.Options{Stdin: subprocess.PIPE, CaptureOutput: true, Text: true})
	fmt.Println("input='':", strings.TrimSpace(string(r.Stdout)), r.Returncode)
	r, _ = subprocess.Run([]string{"wc", "-c"}, subprocess.Options{Input: "12345", CaptureOutput: true})
	fmt.Printf("input=b'12345': b'%s'\n", strings.TrimSpace(string(r.Stdout)))
	r, _ = subprocess.Run([]string{"cat"}, subprocess.Options{Stdin: subprocess.DEVNULL, CaptureOutput: true})
	fmt.Printf("devnull: b'%s' b'%s'\n", r.Stdout, r.Stderr)
	if _, err := subprocess.Run([]string{"cat"}, subprocess.Options{Input: "x", Stdin: subprocess.PIPE}); err != nil {
		fmt.Println(err)
	}
	if _, err := subprocess.Run([]string{"cat"}, subprocess.Options{CaptureOutput: true, Stdout: subprocess.PIPE}); err != nil {
		fmt.Println(err)
	}
}
