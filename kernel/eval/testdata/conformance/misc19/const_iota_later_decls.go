package main

import "fmt"

// Constant groups whose specs refer to names declared later (a type, a
// constant), so that the compiler comes back to them, and the iota of
// the specs after them.
const (
	k0, k1 Level = Level(iota) + base, k0 * 2
	k2, k3
	k4, k5
)

const (
	m0 = later + iota
	m1
	m2, m3 = iota * 10, m0 + iota
	m4, m5
)

type Level int

const base = 100

const later = 7

// Names shadowed inside a func.
const shadow, count = "pkg", len(shadow) + iota

func main() {
	fmt.Println(k0, k1, k2, k3, k4, k5)
	fmt.Printf("%T %T\n", k1, k5)
	fmt.Println(m0, m1, m2, m3, m4, m5)
	fmt.Println(shadow, count)
	const shadow = "local!"
	const (
		c0 = len(shadow) + iota
		c1
	)
	fmt.Println(shadow, c0, c1)
	const (
		count, n2 = iota + 40, count * 2
		x, y
	)
	fmt.Println(count, n2, x, y)
}
