package main

import "fmt"

type S struct{}

func (S) pair() (int, int) { return 1, 2 }

func (s S) one() int {
	return s.pair()
}

func main() {
	fmt.Println(S{}.one())
}
