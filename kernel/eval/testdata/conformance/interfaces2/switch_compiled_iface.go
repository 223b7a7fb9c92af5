package main

import (
	"fmt"
	"io"
)

type rd struct{}

func (rd) Read(p []byte) (int, error) { return 0, io.EOF }

type rdc struct{ rd }

func (rdc) Close() error { return nil }

type rdcs struct{ rdc }

func (rdcs) String() string { return "rdcs" }

func kind(r io.Reader) string {
	switch v := r.(type) {
	case fmt.Stringer:
		return "stringer " + v.String()
	case io.ReadCloser:
		v.Close()
		return "readcloser"
	case rd:
		return "plain rd"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	fmt.Println(kind(rd{}))
	fmt.Println(kind(rdc{}))
	fmt.Println(kind(rdcs{}))
}
