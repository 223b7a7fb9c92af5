package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"tr", "a-z", "A-Z"}, subprocess.Options{Input: "hello\nworld\n", CaptureOutput: true, Text: true})
	fmt.Println(pyStr(string(r.Stdout)), pyStr(string(r.Stderr)), r.Returncode)
	fmt.Println("['" + strings.Join(r.Args, "', '") + "']")
	r, _ = subprocess.Run([]string{"tr", "a-z", "A-Z"}, subprocess.Options{Input: "bytes in", CaptureOutput: true})
	fmt.Println(pyBytes(r.Stdout), pyBytes(r.Stderr))
}

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b" + pyStr(string(b))
}

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}
