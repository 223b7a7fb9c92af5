package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, text := range []string{"apple\nbanana\n", "cherry\n"} {
		r, _ := subprocess.Run([]string{"grep", "an"}, subprocess.Options{Input: text, CaptureOutput: true, Text: true})
		fmt.Println(r.Returncode, pyStr(string(r.Stdout)))
	}
	r, _ := subprocess.Run([]string{"grep", "-q", "x", "/nonexistent-file"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r.Returncode, pyBytes(r.Stdout), pyBool(len(r.Stderr) > 0))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
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
