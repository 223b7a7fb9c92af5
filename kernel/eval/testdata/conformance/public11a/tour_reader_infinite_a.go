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

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(b []byte) (int, error) {
	n, err := r.r.Read(b)
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
	b := make([]byte, 1024, 2048)
	i, o := 0, 0
	for ; i < 1<<10 && o < 1<<12; i++ {
		n, err := MyReader{}.Read(b[i:])
		for _, v := range b[i : i+n] {
			if v != 'A' {
				fmt.Println("got byte", v, "want 'A'")
				return
			}
		}
		o += n
		if err != nil {
			fmt.Println("error", err)
			return
		}
	}
	fmt.Println("OK!", i, o)
	r := strings.NewReader("Hello, Reader!")
	buf := make([]byte, 8)
	for {
		n, err := r.Read(buf)
		fmt.Printf("n = %v err = %v b = %v\n", n, err, buf)
		fmt.Printf("b[:n] = %q\n", buf[:n])
		if err == io.EOF {
			break
		}
	}
	s := strings.NewReader("Lbh penpxrq gur pbqr!")
	out, _ := io.ReadAll(rot13Reader{s})
	fmt.Println(string(out))
	lim, _ := io.ReadAll(io.LimitReader(MyReader{}, 5))
	fmt.Println(string(lim))
}
