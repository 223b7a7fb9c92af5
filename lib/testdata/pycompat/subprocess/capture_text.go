package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo out; echo err >&2"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(r)
	fmt.Println(pyRepr(string(r.Stdout)), pyRepr(string(r.Stderr)))
}

func pyRepr(s string) string {
	return "'" + strings.ReplaceAll(s, "\n", "\\n") + "'"
}
