package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
)

func main() {
	t := time.Date(2021, time.July, 4, 0, 0, 0, 0, time.UTC)
	year := time.Time.Year // method expression of a compiled value method
	fmt.Println(year(t))
	ws := (*strings.Builder).WriteString
	var sb strings.Builder
	ws(&sb, "ab")
	ws(&sb, "cd")
	fmt.Println(sb.String(), (*strings.Builder).Len(&sb))
	read := io.Reader.Read // method expression of a compiled interface
	buf := make([]byte, 4)
	n, _ := read(strings.NewReader("wxyz!"), buf)
	fmt.Println(n, string(buf))
	str := fmt.Stringer.String
	fmt.Println(str(time.Duration(90) * time.Second))
	fmt.Printf("%T\n%T\n%T\n", year, ws, read)
	b := &bytes.Buffer{}
	wb := b.WriteString
	wb("x")
	wb("y")
	defer fmt.Println("deferred len", b.Len())
	defer b.WriteString("z") // runs first: defers run last-in, first-out
	fmt.Println(b.String())
}
