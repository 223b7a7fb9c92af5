package main

import "fmt"

func main() {
	result := func(xs ...int) (sum int) {
		defer func() { sum *= 2 }()
		for _, x := range xs {
			sum += x
		}
		return
	}(1, 2, 3)
	fmt.Println(result)
	counter := 0
	inc := func() func() int {
		return func() int {
			counter++
			return counter
		}
	}()
	inc()
	inc()
	fmt.Println(counter, inc())
	func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
		}()
		func() {
			panic("from nested literal")
		}()
	}()
	fmt.Println("after")
}
