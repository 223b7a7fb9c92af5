package main

import "fmt"

type Buffer struct{ data []byte }

func (b *Buffer) Stats() (int, int, bool) {
	return len(b.data), cap(b.data), b.data == nil
}

func split(s []int) ([]int, int, []int) {
	mid := len(s) / 2
	return s[:mid], len(s), append([]int(nil), s[mid:]...)
}

func pair(k string) (string, map[string]int, chan string) {
	return k, make(map[string]int), make(chan string, 1)
}

func main() {
	b := &Buffer{make([]byte, 2, 8)}
	fmt.Println(b.Stats())
	fmt.Println(split([]int{1, 2, 3, 4, 5}))
	k, m, ch := pair("key")
	m[k] = 1
	ch <- k
	fmt.Println(k, m, <-ch)
}
