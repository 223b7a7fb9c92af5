package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

const (
	x = iota * iota
	y
	z = "z"
	w
	v = iota + 0.5
)

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(YB / ZB)
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
	fmt.Println(x, y, z, w, v)
	fmt.Printf("%T %T\n", Thursday, v)
}
