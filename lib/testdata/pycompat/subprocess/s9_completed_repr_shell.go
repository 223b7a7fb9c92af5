package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"true"}, subprocess.Options{Shell: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"echo hi"}, subprocess.Options{Shell: true, CaptureOutput: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"printf", "a'b"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(r)
}
