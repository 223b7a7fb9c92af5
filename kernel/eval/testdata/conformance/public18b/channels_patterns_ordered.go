package main

import (
	"fmt"
	"strings"
	"sync"
)

func generator(words ...string) <-chan string {
	ch := make(chan string, len(words))
	for _, w := range words {
		ch <- w
	}
	close(ch)
	return ch
}

func merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type Request struct {
	N     int
	Reply chan int
}

func server(reqs <-chan Request, quit <-chan struct{}) {
	for {
		select {
		case r := <-reqs:
			r.Reply <- r.N * 2
		case <-quit:
			return
		}
	}
}

func pingPong(rounds int) []string {
	ping, pong := make(chan int), make(chan int)
	var log []string
	var mu sync.Mutex
	add := func(s string) { mu.Lock(); log = append(log, s); mu.Unlock() }
	done := make(chan bool)
	go func() {
		for v := range ping {
			add(fmt.Sprint("ping ", v))
			pong <- v + 1
		}
		close(pong)
	}()
	go func() {
		for v := range pong {
			add(fmt.Sprint("pong ", v))
			if v >= rounds {
				close(ping)
				continue
			}
			ping <- v + 1
		}
		done <- true
	}()
	ping <- 0
	<-done
	return log
}

func main() {
	var all []string
	for w := range merge(generator("a", "b"), generator("c"), generator()) {
		all = append(all, w)
	}
	fmt.Println(len(all))
	reqs := make(chan Request)
	quit := make(chan struct{})
	go server(reqs, quit)
	for i := 1; i <= 3; i++ {
		r := Request{i, make(chan int)}
		reqs <- r
		fmt.Print(<-r.Reply, " ")
	}
	close(quit)
	fmt.Println()
	fmt.Println(strings.Join(pingPong(5), ", "))
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("sent to nil?")
	case v, ok := <-nilCh:
		fmt.Println("recv from nil?", v, ok)
	default:
		fmt.Println("nil channels never ready")
	}
	buf := make(chan int, 3)
	buf <- 1
	buf <- 2
	fmt.Println(len(buf), cap(buf))
	close(buf)
	v, ok := <-buf
	fmt.Println(v, ok)
	for x := range buf {
		fmt.Println("drain", x)
	}
	v, ok = <-buf
	fmt.Println(v, ok)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		buf <- 3
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(buf)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(nilCh)
	}()
	results := make([]chan string, 3)
	for i := range results {
		results[i] = make(chan string, 1)
		go func() { results[i] <- strings.Repeat("*", i+1) }()
	}
	for _, r := range results {
		fmt.Print(<-r, "|")
	}
	fmt.Println()
	var once sync.Once
	stop := make(chan struct{})
	closeStop := func() { once.Do(func() { close(stop) }) }
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() { defer wg.Done(); closeStop() }()
	}
	wg.Wait()
	_, open := <-stop
	fmt.Println("stop closed:", !open)
	type token struct{}
	sem := make(chan token, 1)
	counter := 0
	var wg2 sync.WaitGroup
	for range 50 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- token{}
			counter++
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println(counter)
	var ro <-chan int = buf
	var so chan<- int = make(chan int, 1)
	so <- 1
	fmt.Printf("%T %T %d\n", ro, so, len(so))
}
