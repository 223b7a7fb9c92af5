// An untyped integer or float constant becomes a complex number where a
// complex value is wanted: sent on a channel of complex64 or complex128
// (ch <- -1 panicked "reflect.Value.Convert: value of type int cannot be
// converted to type complex64", found in a book's program) or returned as
// a func's complex result.
package main

import "fmt"

type amp complex64

func unit() complex128 { return 1 }

func half() complex64 { return 0.5 }

func pair() (complex128, complex64) { return 2, -3.5 }

func scaled(a amp) amp { return a * 2 }

func main() {
	c64 := make(chan complex64, 4)
	c64 <- -1
	c64 <- 1i
	c64 <- 2.5
	c64 <- 1 + 2i
	close(c64)
	for v := range c64 {
		fmt.Println(v)
	}
	read := <-c64
	fmt.Println("closed:", read)

	c128 := make(chan complex128, 2)
	c128 <- 3
	const k = 4
	c128 <- k
	fmt.Println(<-c128, <-c128)

	ca := make(chan amp, 1)
	ca <- 6
	fmt.Println(<-ca, scaled(7))

	sel := make(chan complex64, 1)
	select {
	case sel <- 8:
		fmt.Println("sent", <-sel)
	default:
		fmt.Println("not sent")
	}

	a, b := pair()
	fmt.Println(unit(), half(), a, b)
	fmt.Printf("%T %T\n", unit(), half())
}
