package main

import "fmt"

// A local []byte: the stack buffer holds 32 bytes.

func grow() {
	var b []byte
	for i := 0; i < 40; i++ {
		b = append(b, 'a'+byte(i%26))
	}
	fmt.Println(len(b), cap(b), b[0], b[39])
}

func main() {
	grow()
	var b []byte
	b = append(b, 'x')
	fmt.Println(len(b), cap(b), b) // escapes: heap growth
}
