package main

import "fmt"

const a float32 = 1.0 / 3
const z = complex(a, 0)
const u = complex(1.0/3, 2.0/3)
const big = complex(1e300, 0) * 1e10 / 1e10

func main() {
	fmt.Printf("%T %v\n", z, complex128(z))
	fmt.Println(u*3 == complex(1, 2), real(u)*3 == 1)
	fmt.Println(big)
	var w complex64 = u
	fmt.Println(w, complex128(w))
	const h complex64 = complex(0.1, 0) + 0.2
	fmt.Println(complex128(h))
	fmt.Println(complex128(complex64(complex(1.0/3, 0))))
	arr := []complex64{complex(1.0/3, 0.1)}
	fmt.Println(complex128(arr[0]))
	const r = real(complex(0.1, 0)) * 10
	fmt.Println(r == 1)
}
