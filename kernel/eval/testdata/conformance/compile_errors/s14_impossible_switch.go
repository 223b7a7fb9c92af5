package main

import "fmt"

type I interface{ M() }

type T struct{}

func (T) M(int) {}

func main() {
	var i I
	switch i.(type) {
	case T:
		fmt.Println("T")
	}
}
