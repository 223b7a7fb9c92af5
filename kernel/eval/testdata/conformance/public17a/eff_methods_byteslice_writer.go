package main

import "fmt"

type ByteSlice []byte

func (slice ByteSlice) Append(data []byte) []byte {
	return append(slice, data...)
}

func (p *ByteSlice) Write(data []byte) (n int, err error) {
	*p = append(*p, data...)
	return len(data), nil
}

func main() {
	var b ByteSlice
	fmt.Fprintf(&b, "This hour has %d days\n", 7)
	fmt.Print(string(b))
	c := b.Append([]byte("more"))
	fmt.Println(len(b), len(c), string(c[len(c)-4:]))
}
