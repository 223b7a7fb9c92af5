package main

import "fmt"

type Broker struct {
	subs   []chan string
	closed bool
}

func (b *Broker) Sub() <-chan string {
	c := make(chan string, 4)
	b.subs = append(b.subs, c)
	return c
}

func (b *Broker) Pub(m string) {
	for _, s := range b.subs {
		s <- m
	}
}

func (b *Broker) Close() {
	for _, s := range b.subs {
		close(s)
	}
}

func main() {
	b := &Broker{}
	s1, s2 := b.Sub(), b.Sub()
	b.Pub("hello")
	b.Pub("world")
	b.Close()
	for m := range s1 {
		fmt.Println("s1", m)
	}
	for m := range s2 {
		fmt.Println("s2", m)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Pub("late")
	}()
	fmt.Println("closing again")
	b.Close()
}
