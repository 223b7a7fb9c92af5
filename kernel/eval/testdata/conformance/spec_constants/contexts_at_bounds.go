package main

import "fmt"

func main() {
	m := map[int8]int{127: 1}
	ch := make(chan int8, 1)
	ch <- -128
	var x int8 = 1
	switch x {
	case 127:
	}
	x += 126
	var b byte = 'a' + 2
	fmt.Println(m, <-ch, x, b, int32(1e9))
}
