package main

import "fmt"

func main() {
	// Labels have function scope and do not conflict with identifiers.
	x := 0
x:
	for {
		x++
		switch {
		case x < 3:
			continue x
		default:
			break x
		}
	}
	fmt.Println(x)
	func() {
	x:
		for i := 0; ; i++ {
			if i == 2 {
				fmt.Println("inner", i)
				break x
			}
		}
	}()
}
