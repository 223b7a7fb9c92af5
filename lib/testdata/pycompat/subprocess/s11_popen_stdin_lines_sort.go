package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sort", "-n"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	for _, n := range []int{10, 2, 33, 4} {
		fmt.Fprintf(p.StdinPipe, "%d\n", n)
	}
	p.StdinPipe.Close()
	data, _ := io.ReadAll(p.StdoutPipe)
	var f []string
	for _, w := range strings.Fields(string(data)) {
		f = append(f, pyStr(w))
	}
	fmt.Println(pyStrs(f))
	p.StdoutPipe.Close()
	fmt.Println(p.Wait())
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}
