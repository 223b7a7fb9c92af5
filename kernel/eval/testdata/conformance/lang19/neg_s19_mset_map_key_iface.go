package main

import "fmt"

type Keyer interface{ Key() string }

type K struct{}

func (k *K) Key() string { return "k" }

func main() {
	m := map[Keyer]int{K{}: 1}
	fmt.Println(len(m))
}
