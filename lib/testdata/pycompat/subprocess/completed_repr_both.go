package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "printf 'it'\"'\"'s'; echo e >&2"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", "printf 'tab\\there'"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(r)
}
