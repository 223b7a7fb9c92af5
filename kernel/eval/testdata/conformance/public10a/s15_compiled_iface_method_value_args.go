package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	var r io.Reader = strings.NewReader("hello world")
	read := r.Read // a method value of a compiled interface, with arguments
	buf := make([]byte, 5)
	n, err := read(buf)
	fmt.Println(n, err, string(buf[:n]))

	var w io.Writer = &bytes.Buffer{}
	write := w.Write
	write([]byte("abc"))
	fmt.Fprint(w, "def")
	fmt.Println(w)

	var sw io.StringWriter = &strings.Builder{}
	ws := sw.WriteString
	for _, s := range []string{"x", "y", "z"} {
		ws(s)
	}
	fmt.Println(sw)

	writers := []func([]byte) (int, error){w.Write, io.Discard.Write}
	for _, f := range writers {
		k, _ := f([]byte("12"))
		fmt.Print(k, " ")
	}
	fmt.Println(w)
}
