package main

import (
	"fmt"
	"strconv"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	cmd := []string{"sh", "-c", `printf 'a\tb\n'; printf 'warn\r\n' >&2`}
	b, _ := subprocess.Run(cmd, subprocess.Options{CaptureOutput: true})
	t, _ := subprocess.Run(cmd, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println("b"+r(string(b.Stdout)), "b"+r(string(b.Stderr)))
	fmt.Println(r(string(t.Stdout)), r(string(t.Stderr)))
	fmt.Println(b)
	fmt.Println(t)
}

func r(s string) string { q := strconv.Quote(s); return "'" + q[1:len(q)-1] + "'" }
