package main

import (
	"fmt"
	"io"
	"strings"
)

type Source struct {
	io.Reader // embedded interface of a compiled package
	name      string
}

func main() {
	src := Source{strings.NewReader("first"), "s"}
	read := src.Read // binds the Reader held now
	src.Reader = strings.NewReader("second")
	buf := make([]byte, 5)
	n, _ := read(buf)
	fmt.Println(string(buf[:n]))
	n, _ = src.Read(buf)
	fmt.Println(string(buf[:n]))

	p := &Source{strings.NewReader("alpha"), "p"}
	readP := p.Read
	p.Reader = strings.NewReader("omega")
	n, _ = readP(buf)
	fmt.Println(string(buf[:n]))

	fns := []func([]byte) (int, error){}
	for _, s := range []string{"one", "two"} {
		src.Reader = strings.NewReader(s)
		fns = append(fns, src.Read)
	}
	for _, f := range fns {
		n, _ := f(buf)
		fmt.Print(string(buf[:n]), " ")
	}
	fmt.Println()
}
