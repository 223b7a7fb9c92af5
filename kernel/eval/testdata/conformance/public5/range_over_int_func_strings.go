package main

import (
	"fmt"
	"unicode/utf8"
)

type Celsius int

func countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(s string) func(func(int, rune) bool) {
	return func(yield func(int, rune) bool) {
		for i, r := range s {
			if !yield(i, r) {
				return
			}
		}
	}
}

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var n Celsius = 4
	for c := range n {
		fmt.Printf("%T:%d ", c, c)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range countdown(5) {
		if i == 2 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	s := "héllo, 世界"
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i := range s {
		fmt.Print(i, ",")
	}
	fmt.Println()
	bad := "a\xffb\xc0"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	for i, r := range pairs("añb") {
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy of array:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range over slice sees:", v)
		}
	}
	m := map[int]bool{1: true}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	var nilMap map[string]int
	for k, v := range nilMap {
		fmt.Println(k, v)
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print("ch", v, " ")
	}
	fmt.Println()
	var fnil func(func(int) bool)
	defer func() { fmt.Println("recovered:", recover()) }()
	for v := range fnil {
		fmt.Println(v)
	}
}
