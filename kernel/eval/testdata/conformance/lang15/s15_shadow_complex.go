package main

import "fmt"

func main() {
	c := complex(1.5, -2)
	real := real(c)
	imag := imag(c)
	complex := complex(imag, real)
	fmt.Println(real, imag, complex)
}
