package main

import (
	"fmt"
	"io"
)

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

func main() {
	b := make([]byte, 5)
	n, err := MyReader{}.Read(b)
	fmt.Println(n, err, string(b))
	lr := io.LimitReader(MyReader{}, 12)
	all, err := io.ReadAll(lr)
	fmt.Println(len(all), string(all), err)
}
