package main

import "fmt"

type T struct{ M int }

func (T) M() {}

func main() {
	fmt.Println(T{})
}
