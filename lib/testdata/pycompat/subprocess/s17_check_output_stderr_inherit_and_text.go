package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{"sh", "-c", "echo out; echo hidden >&2"}, subprocess.Options{Stderr: subprocess.DEVNULL})
	fmt.Println("b'" + strings.ReplaceAll(string(out), "\n", `\n`) + "'")
	out, _ = subprocess.CheckOutput([]string{"sh", "-c", "echo a; echo b >&2"}, subprocess.Options{Stderr: subprocess.STDOUT, Text: true})
	fmt.Println("['" + strings.Join(strings.Split(strings.TrimSuffix(string(out), "\n"), "\n"), "', '") + "']")
	e1, _ := subprocess.CheckOutput([]string{"printf ''"}, subprocess.Options{Shell: true})
	e2, _ := subprocess.CheckOutput([]string{"printf ''"}, subprocess.Options{Shell: true, Text: true})
	fmt.Println("b'"+string(e1)+"'", map[bool]string{true: "True", false: "False"}[string(e2) == ""])
}
