package main

import "fmt"

func main() {
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c))
	fmt.Printf("%T %T\n", c, real(c))
	var c64 complex64 = complex(1.5, -2)
	fmt.Printf("%v %T %T\n", c64, c64, imag(c64))
	d := c * complex(0, 1)
	fmt.Println(d)
	fmt.Println(c == complex(3, 4), c != d)
	var f32 float32 = 2
	fmt.Printf("%T\n", complex(f32, f32))
	const k = complex(1, 2)
	fmt.Println(real(k)+imag(k), 2i*2i)
}
