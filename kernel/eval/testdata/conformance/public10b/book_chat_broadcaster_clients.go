package main

import (
	"fmt"
	"sort"
	"sync"
)

type client chan<- string

type broadcaster struct {
	entering chan client
	leaving  chan client
	messages chan string
	stopped  chan int
}

func newBroadcaster() *broadcaster {
	return &broadcaster{make(chan client), make(chan client), make(chan string), make(chan int)}
}

func (b *broadcaster) run() {
	clients := make(map[client]bool)
	delivered := 0
	for {
		select {
		case msg, ok := <-b.messages:
			if !ok {
				for cli := range clients {
					close(cli)
				}
				b.stopped <- delivered
				return
			}
			for cli := range clients {
				cli <- msg
				delivered++
			}
		case cli := <-b.entering:
			clients[cli] = true
		case cli := <-b.leaving:
			delete(clients, cli)
			close(cli)
		}
	}
}

func main() {
	b := newBroadcaster()
	go b.run()
	var wg sync.WaitGroup
	logs := make([][]string, 3)
	chans := make([]chan string, 3)
	for i := range chans {
		ch := make(chan string, 10)
		chans[i] = ch
		b.entering <- ch
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for m := range ch {
				logs[i] = append(logs[i], m)
			}
		}(i)
	}
	b.messages <- "alice: hi"
	b.messages <- "bob: hello"
	b.leaving <- chans[1]
	b.messages <- "carol: bye bob"
	close(b.messages)
	fmt.Println("delivered:", <-b.stopped)
	wg.Wait()
	for i, l := range logs {
		sort.Strings(l)
		fmt.Println(i, l)
	}
}
