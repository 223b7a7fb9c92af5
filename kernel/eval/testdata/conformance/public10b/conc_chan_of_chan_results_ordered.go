package main

import (
	"fmt"
	"strings"
)

func fetch(url string) string {
	return fmt.Sprintf("%s(%d)", strings.TrimPrefix(url, "https://"), len(url))
}

func main() {
	urls := []string{"https://a.io", "https://bb.io", "https://ccc.io", "https://dddd.io"}
	futures := make(chan chan string, len(urls))
	for _, u := range urls {
		c := make(chan string, 1)
		futures <- c
		go func() { c <- fetch(u) }()
	}
	close(futures)
	for f := range futures {
		fmt.Println(<-f)
	}
	type req struct {
		n     int
		reply chan<- int
	}
	square := make(chan req)
	go func() {
		for r := range square {
			r.reply <- r.n * r.n
		}
	}()
	replies := make(chan int)
	total := 0
	for i := 1; i <= 5; i++ {
		square <- req{i, replies}
		total += <-replies
	}
	close(square)
	fmt.Println("sum of squares:", total)
}
