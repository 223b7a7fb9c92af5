package main

import "fmt"

func f(c chan int) {
	select {
	case <-c:
		continue
	}
	fmt.Println("x")
}

func main() {
	f(nil)
}
