package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	cmd := []string{"sh", "-c", "echo out; echo err >&2; echo out2"}
	r, _ := subprocess.Run(cmd, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(pyStr(string(r.Stdout)), pyStr(string(r.Stderr)))
	r, _ = subprocess.Run(cmd, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT, Text: true})
	fmt.Println(pyStr(string(r.Stdout)), pyBytes(r.Stderr))
	r, _ = subprocess.Run(cmd, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.DEVNULL, Text: true})
	fmt.Println(pyStr(string(r.Stdout)), pyBytes(r.Stderr))
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
