package main

import "fmt"

func main() {
	n := 0
Outer:
	for i := 0; i < 4; i++ {
	Inner:
		switch {
		case i == 1:
			break Inner
		case i == 2:
			continue Outer
		}
		var ch = make(chan int, 1)
		ch <- i
	Sel:
		select {
		case v := <-ch:
			if v == 3 {
				break Sel
			}
			n += v
		}
		for _, r := range "ab" {
			if r == 'b' {
				continue Outer
			}
			n++
		}
	}
	const (
		a = iota
		b
		c int = 7
	)
	fmt.Println(n, a, b, c)
}
