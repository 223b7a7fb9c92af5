package main

import "fmt"

func main() {
	ch := make(chan rune, 8)
	for _, r := range "channels" {
		ch <- r
	}
	fmt.Println(len(ch) == cap(ch))
	close(ch)
	var s []rune
	for r := range ch {
		s = append(s, r)
	}
	fmt.Println(string(s))
	type pair struct {
		k string
		v int
	}
	pc := make(chan pair, 2)
	pc <- pair{"a", 1}
	pc <- pair{"b", 2}
	fmt.Println(<-pc, <-pc)
	ac := make(chan [3]int, 1)
	ac <- [3]int{1, 2, 3}
	arr := <-ac
	arr[0] = 9
	fmt.Println(arr)
}
