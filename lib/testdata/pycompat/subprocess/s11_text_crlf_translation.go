package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	cmd := []string{"printf", "a\r\nb\rc\n"}
	r, _ := subprocess.Run(cmd, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(pyStr(string(r.Stdout)))
	r, _ = subprocess.Run(cmd, subprocess.Options{CaptureOutput: true})
	fmt.Println(pyBytes(r.Stdout))
	out, _ := subprocess.CheckOutput(cmd, subprocess.Options{Text: true})
	fmt.Println(pyStr(string(out)))
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
