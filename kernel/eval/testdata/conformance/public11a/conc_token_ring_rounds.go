package main

import (
	"fmt"
	"strings"
)

type Token struct {
	Round int
	Trail []string
}

func player(name string, in <-chan *Token, out chan<- *Token, rounds int, done chan<- *Token) {
	for t := range in {
		t.Trail = append(t.Trail, name)
		if name == "p0" {
			t.Round++
		}
		if t.Round > rounds {
			done <- t
			return
		}
		out <- t
	}
}

func main() {
	const n, rounds = 4, 3
	chans := make([]chan *Token, n)
	for i := range chans {
		chans[i] = make(chan *Token)
	}
	done := make(chan *Token)
	for i := range n {
		go player(fmt.Sprintf("p%d", i), chans[i], chans[(i+1)%n], rounds, done)
	}
	chans[0] <- &Token{}
	t := <-done
	fmt.Println("rounds:", t.Round-1, "passes:", len(t.Trail))
	for i := 0; i < len(t.Trail); i += n {
		end := min(i+n, len(t.Trail))
		fmt.Println(strings.Join(t.Trail[i:end], " -> "))
	}
}
