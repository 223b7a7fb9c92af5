package main

import (
	"fmt"
	"strconv"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func repr(b []byte, text bool) string {
	s := strconv.Quote(string(b))
	s = "'" + s[1:len(s)-1] + "'"
	if !text {
		return "b" + s
	}
	return s
}

func main() {
	r, _ := subprocess.Run([]string{"printf", "a\\r\\nb\\rc\\n"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(repr(r.Stdout, true))
	r, _ = subprocess.Run([]string{"printf", "a\\r\\nb\\rc\\n"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(repr(r.Stdout, false))
	r, _ = subprocess.Run([]string{"printf", "x\\r\\n"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	fmt.Println(repr(r.Stdout, true))
	out, _ := subprocess.CheckOutput([]string{"printf", "1\\r\\n2"}, subprocess.Options{Text: true})
	fmt.Println(repr(out, true))
}
