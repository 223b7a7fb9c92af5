package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1)
	func() { fmt.Println("iife", len(s), cap(s)) }()
	var t []int
	t = append(t, 1)
	show := func(tag string) {
		for i := 0; i < 3; i++ {
			fmt.Println(tag, i, len(t), cap(t))
			if i == 1 {
				fmt.Println("mid", t[0])
			}
			switch i {
			case 0:
				fmt.Println("zero")
			case 2:
				fmt.Println("two", len(t)+i*100)
			}
		}
	}
	show("a")
	show("b")
	var u []int
	u = append(u, 1)
	grow := func() { u = append(u, 2) }
	grow()
	fmt.Println(len(u), cap(u))
}
