package main

import (
	"fmt"
	"sync"
)

type Acc struct {
	mu  sync.Mutex
	sum int
}

func (a *Acc) Add(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	a.sum += n
	a.mu.Unlock()
}

type Printer struct{ prefix string }

func (p Printer) Send(ch chan<- string, s string) { ch <- p.prefix + s }

func main() {
	var a Acc
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go a.Add(i, &wg)
	}
	wg.Wait()
	fmt.Println(a.sum)
	p := Printer{">> "}
	send := p.Send
	p.prefix = "changed "
	ch := make(chan string)
	go send(ch, "bound at evaluation")
	fmt.Println(<-ch)
}
