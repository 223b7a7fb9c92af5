package main

import "fmt"

func main() {
	var testdata *struct{ a *[7]int }
	for i := range testdata.a {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var a [10]string
	for i, s := range a {
		_ = s
		a[i] = fmt.Sprint(i * i)
	}
	fmt.Println(a)
	var key string
	var val interface{}
	m := map[string]int{"mon": 0}
	for key, val = range m {
	}
	fmt.Println(key, val)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for w := range ch {
		fmt.Print(w, ";")
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range uint8(4) {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
	for i, r := range "aé😀" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i) })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
}
