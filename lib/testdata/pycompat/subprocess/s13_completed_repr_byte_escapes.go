package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"printf", `tab\there\000nul\377\n`}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", `printf 'a\\b\r\n'; printf "it's" >&2`}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", "echo out; echo err >&2"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT})
	fmt.Println(r)
}
