package main

import (
	"fmt"
	"io"
	"strings"
)

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

type rot13Reader struct {
	r io.Reader
}

func (rr rot13Reader) Read(b []byte) (int, error) {
	n, err := rr.r.Read(b)
	for i := 0; i < n; i++ {
		c := b[i]
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

func main() {
	r := strings.NewReader("Hello, Reader!")
	b := make([]byte, 8)
	for {
		n, err := r.Read(b)
		fmt.Printf("n = %v err = %v b = %v\n", n, err, b)
		fmt.Printf("b[:n] = %q\n", b[:n])
		if err == io.EOF {
			break
		}
	}
	buf := make([]byte, 5)
	n, _ := MyReader{}.Read(buf)
	fmt.Println(n, string(buf))
	lr := io.LimitReader(MyReader{}, 3)
	all, _ := io.ReadAll(lr)
	fmt.Println(string(all))
	s := strings.NewReader("Lbh penpxrq gur pbqr!")
	rr := rot13Reader{s}
	var sb strings.Builder
	io.Copy(&sb, &rr)
	fmt.Println(sb.String())
}
