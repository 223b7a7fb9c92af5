package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"echo", "안녕"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"echo", "안녕"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"printf", "q\"uote's\\\\"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"printf", "\\001\\377"}, subprocess.Options{Stdout: subprocess.PIPE})
	fmt.Println(r)
}
