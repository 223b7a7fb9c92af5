package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 10
	close(ch)
	var v int
	var ok bool
	for i := 0; i < 2; i++ {
		select {
		case v, ok = <-ch: // assigns the variables declared outside
		}
		fmt.Println(v, ok)
	}
	arr := [3]int{1, 2, 3}
	s := struct{ arr [3]int }{arr}
	for i, x := range s.arr { // copies s.arr
		s.arr[2] = 100
		if i == 2 {
			fmt.Println(x, s.arr[2])
		}
	}
	byKey := map[string]int{"ab": 1}
	b := []byte{'a', 'b'}
	fmt.Println(byKey[string(b)])
	type P struct{ X int }
	fmt.Println(struct{ X int }{1} == P{1}, P{2} != struct{ X int }{2})
	x := -6
	fmt.Println(x&^3, x&3, x|1, x^-1, ^uint8(5), 7&^5)
	var u uint8 = 0b1010_0101
	fmt.Printf("%08b %08b %08b\n", u<<2, u>>3, ^u)
	n := 7
	fmt.Println(100/n, 100%n, float64(100)/float64(n) > 14)
}
