package main

import (
	"fmt"
	"io"
	"os"
)

// The standard files are *os.File values, with their names and descriptors.
func main() {
	fmt.Printf("%T %T %T\n", os.Stdin, os.Stdout, os.Stderr)
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
	fmt.Println(os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())
	var w io.Writer = os.Stdout
	_, ok := w.(*os.File)
	fmt.Println(ok)
	var r io.Reader = os.Stdin
	f, ok := r.(*os.File)
	fmt.Println(ok, f == os.Stdin)
	fmt.Fprintln(os.Stderr, "to stderr")
}
