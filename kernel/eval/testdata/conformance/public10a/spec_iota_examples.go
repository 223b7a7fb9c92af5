package main

import "fmt"

const (
	c0 = iota
	c1 = iota
	c2 = iota
)

const (
	a = 1 << iota
	b = 1 << iota
	c = 3
	d = 1 << iota
)

const (
	u         = iota * 42
	v float64 = iota * 42
	w         = iota * 42
)

const x = iota
const y = iota

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func main() {
	fmt.Println(c0, c1, c2, a, b, c, d)
	fmt.Printf("%v %v %v %T %T\n", u, v, w, v, w)
	fmt.Println(x, y, bit0, mask0, bit1, mask1, bit3, mask3)
	fmt.Println(KB, MB, GB)
}
