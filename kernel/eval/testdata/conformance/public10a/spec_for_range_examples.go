package main

import "fmt"

func main() {
	var testdata *struct{ a *[7]int }
	for i := range testdata.a { // testdata.a is never evaluated; len is constant
		fmt.Print(i, " ")
	}
	fmt.Println()
	var a [10]string
	for i, s := range a {
		_ = s
		if i == 9 {
			fmt.Println("last index", i, len(s))
		}
	}
	var key string
	var val interface{}
	m := map[string]int{"mon": 0}
	for key, val = range m {
	}
	fmt.Println(key, val)
	var ch = make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for w := range ch {
		fmt.Print(w, " ")
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range 4 {
		fmt.Print(i)
	}
	fmt.Println()
	type MyInt int8
	for i := range MyInt(3) {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
	var n uint8 = 3
	for i := range n {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	f := func(yield func(int, string) bool) {
		for i, s := range []string{"a", "b", "c"} {
			if !yield(i, s) {
				return
			}
		}
	}
	for i, s := range f {
		if i == 2 {
			break
		}
		fmt.Print(i, s, " ")
	}
	fmt.Println()
}
