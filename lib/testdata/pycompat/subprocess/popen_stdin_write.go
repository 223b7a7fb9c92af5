package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"tr", "a-z", "A-Z"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE})
	p.StdinPipe.Write([]byte("shout\n"))
	p.StdinPipe.Write([]byte("louder\n"))
	p.StdinPipe.Close()
	out, _ := io.ReadAll(p.StdoutPipe)
	fmt.Println(pyBytes(out))
	p.StdoutPipe.Close()
	fmt.Println(p.Wait())
}

// pyBytes is repr of bytes (printable ASCII and \n only), or None.
func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", "\\n") + "'"
}

// pyStr is repr of a text output (printable ASCII and \n only), or None.
func pyStr(b []byte) string {
	if b == nil {
		return "None"
	}
	return "'" + strings.ReplaceAll(string(b), "\n", "\\n") + "'"
}
