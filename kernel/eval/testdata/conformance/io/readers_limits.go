package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	lr := io.LimitReader(strings.NewReader("some io.Reader stream"), 7)
	b, _ := io.ReadAll(lr)
	fmt.Printf("%q\n", b)
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 3, 4)
	s, _ := io.ReadAll(sr)
	fmt.Printf("%q %d\n", s, sr.Size())
	buf := make([]byte, 4)
	n, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println(n, err, string(buf[:n]))
	var w bytes.Buffer
	m, err := io.CopyN(&w, strings.NewReader("copied partly"), 6)
	fmt.Println(m, err, w.String())
	m, err = io.CopyN(&w, strings.NewReader("xy"), 6)
	fmt.Println(m, err)
	k, _ := io.WriteString(&w, "!")
	fmt.Println(k, w.String())
	d, _ := io.Copy(io.Discard, strings.NewReader("gone"))
	fmt.Println(d)
	nc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(nc.Close())
	var sb strings.Builder
	cb, _ := io.CopyBuffer(&sb, strings.NewReader("buffered"), make([]byte, 3))
	fmt.Println(cb, sb.String())
}
