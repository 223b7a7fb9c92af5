package main

import "fmt"

func main() {
	var a []int
	c1 := make(chan int, 1)
	c2 := make(chan int, 1)
	c3 := make(chan int, 1)
	c4 := make(chan int, 1)
	var i1, i2 int
	c2 <- 7
	f := func() int { return 1 }
	a = make([]int, 3)
	select {
	case i1 = <-c1:
		fmt.Println("received", i1, "from c1")
	case c2 <- i2:
		fmt.Println("sent", i2, "to c2")
	case i3, ok := (<-c3): // same as: i3, ok := <-c3
		if ok {
			fmt.Println("received", i3, "from c3")
		} else {
			fmt.Println("c3 is closed")
		}
	case a[f()] = <-c4:
		// same as:
		// case t := <-c4
		//	a[f()] = t
	default:
		fmt.Println("no communication")
	}
	c4 <- 9
	select {
	case a[f()] = <-c4:
		fmt.Println("a is", a)
	}
	// A random bit sequence: count only.
	c := make(chan int, 100)
	for i := 0; i < 100; i++ {
		select {
		case c <- 0:
		case c <- 1:
		}
	}
	fmt.Println(len(c))
	close(c3)
	select {
	case _, ok := <-c3:
		fmt.Println("closed:", !ok)
	}
}
