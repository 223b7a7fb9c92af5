package main

import "fmt"

const c complex64 = complex(1.0/3, 0)
const d = complex64(complex(2.0/3, 1.0/7))

type C64 complex64

const e C64 = complex(0.1, 0.2)

func main() {
	fmt.Println(complex128(c), complex128(d), complex128(e))
	var x complex64 = complex(1.0/3, 0)
	fmt.Println(c == x, real(c) == float32(1.0/3))
	fmt.Println(c, d, e)
	const f complex64 = 1.0/3 + 2i/3
	fmt.Println(complex128(f))
	const l complex64 = complex(0.1, 0.7)
	fmt.Println(complex128(l), imag(l) == float32(0.7))
	g := complex128(c) * 3
	fmt.Println(g)
	fmt.Printf("%T %v\n", real(c), float64(real(c)))
}
