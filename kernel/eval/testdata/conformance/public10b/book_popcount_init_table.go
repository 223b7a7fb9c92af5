package main

import "fmt"

var pc [256]byte

func init() {
	for i := range pc {
		pc[i] = pc[i/2] + byte(i&1)
	}
}

func PopCount(x uint64) int {
	return int(pc[byte(x>>(0*8))] +
		pc[byte(x>>(1*8))] +
		pc[byte(x>>(2*8))] +
		pc[byte(x>>(3*8))] +
		pc[byte(x>>(4*8))] +
		pc[byte(x>>(5*8))] +
		pc[byte(x>>(6*8))] +
		pc[byte(x>>(7*8))])
}

func PopCountLoop(x uint64) int {
	n := 0
	for i := uint(0); i < 8; i++ {
		n += int(pc[byte(x>>(i*8))])
	}
	return n
}

func PopCountShift(x uint64) int {
	n := 0
	for i := 0; i < 64; i++ {
		if x&1 == 1 {
			n++
		}
		x >>= 1
	}
	return n
}

func PopCountClear(x uint64) int {
	n := 0
	for x != 0 {
		x = x & (x - 1)
		n++
	}
	return n
}

var (
	a     = b + c
	b     = f()
	c     = 1
	order []string
)

func f() int {
	order = append(order, fmt.Sprint("f sees c=", c))
	return c + 1
}

func init() { order = append(order, fmt.Sprint("init2 a=", a)) }

func main() {
	for _, x := range []uint64{0, 1, 0xFF, 0x1234567890ABCDEF, ^uint64(0), 1 << 63} {
		fmt.Printf("%#x: %d %d %d %d\n", x, PopCount(x), PopCountLoop(x), PopCountShift(x), PopCountClear(x))
	}
	fmt.Println(a, b, c, order)
	fmt.Println(pc[:16])
}
