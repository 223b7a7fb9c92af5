package main

import (
	"fmt"
	"strings"
)

func main() {
	const n = 3
	turns := make([]chan struct{}, n)
	for i := range turns {
		turns[i] = make(chan struct{})
	}
	out := make(chan string, 30)
	done := make(chan struct{})
	words := []string{"ping", "pong", "pang"}
	for i := 0; i < n; i++ {
		go func(i int) {
			for r := 0; r < 3; r++ {
				<-turns[i]
				out <- fmt.Sprintf("%s%d", words[i], r)
				if i == n-1 && r == 2 {
					close(done)
					return
				}
				turns[(i+1)%n] <- struct{}{}
			}
		}(i)
	}
	turns[0] <- struct{}{}
	<-done
	close(out)
	var got []string
	for s := range out {
		got = append(got, s)
	}
	fmt.Println(strings.Join(got, " "))

	odd, even := make(chan bool), make(chan bool)
	fin := make(chan bool)
	var sb strings.Builder
	go func() {
		for i := 1; i <= 9; i += 2 {
			<-odd
			fmt.Fprint(&sb, i, " ")
			even <- true
		}
	}()
	go func() {
		for i := 2; i <= 10; i += 2 {
			<-even
			fmt.Fprint(&sb, i, " ")
			if i == 10 {
				fin <- true
				return
			}
			odd <- true
		}
	}()
	odd <- true
	<-fin
	fmt.Println(sb.String())
}
