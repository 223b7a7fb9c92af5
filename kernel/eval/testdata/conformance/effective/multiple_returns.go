package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func nextInt(b []byte, i int) (int, int) {
	for ; i < len(b) && !isDigit(b[i]); i++ {
	}
	x := 0
	for ; i < len(b) && isDigit(b[i]); i++ {
		x = x*10 + int(b[i]) - '0'
	}
	return x, i
}

func ReadFull(r io.Reader, buf []byte) (n int, err error) {
	for len(buf) > 0 && err == nil {
		var nr int
		nr, err = r.Read(buf)
		n += nr
		buf = buf[nr:]
	}
	return
}

func main() {
	b := []byte("a12 bb 345 c6")
	for i := 0; i < len(b); {
		var x int
		x, i = nextInt(b, i)
		fmt.Println(x)
	}
	buf := make([]byte, 4)
	n, err := ReadFull(strings.NewReader("hello"), buf)
	fmt.Println(n, err, string(buf))
	buf = make([]byte, 10)
	n, err = ReadFull(strings.NewReader("hi"), buf)
	fmt.Println(n, err, errors.Is(err, io.EOF))
}
