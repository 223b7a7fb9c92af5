package main

import "fmt"

type Arr [3]int

func main() {
	a := [3]int{1, 2, 3}
	p := &a
	var x any = p
	_, ok := x.(*[3]int)
	fmt.Println("*[3]int:", ok)
	_, ok = x.([]int)
	fmt.Println("[]int:", ok)
	s := p[:]
	s[0] = 9
	fmt.Println(a[0], len(s))
	var y any = Arr(a)
	switch v := y.(type) {
	case [3]int:
		fmt.Println("[3]int", v)
	case Arr:
		fmt.Println("Arr", v)
	}
	q := (*[2]int)(s[:2])
	fmt.Printf("%T %v\n", q, *q)
}
