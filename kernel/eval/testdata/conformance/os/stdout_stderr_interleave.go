package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "err 1")
	fmt.Println("out 1")
	io.WriteString(os.Stderr, "err 2\n")
	w := io.Writer(os.Stdout)
	w.Write([]byte("out 2\n"))
	fmt.Fprintf(os.Stdout, "%s\n", "out 3")
}
