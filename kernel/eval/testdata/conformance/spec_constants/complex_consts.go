package main

import "fmt"

const Y complex128 = 1 << 80
const Z = 3 + 4i
const W complex64 = 1.5 - 2i

func main() {
	fmt.Println(real(Y), imag(Y))
	fmt.Println(real(Z), imag(Z), Z*Z)
	fmt.Println(real(W), imag(W))
	fmt.Printf("%T %T\n", real(W), imag(Y))
	const r = real(Z)
	var f float32 = r
	fmt.Println(f)
	fmt.Println(complex(1, 2) * 1i)
}
