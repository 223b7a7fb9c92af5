package main

import "fmt"

type Handler[E any] func(E)

type Bus[E any] struct {
	handlers []Handler[E]
}

func (b *Bus[E]) Subscribe(h Handler[E]) func() {
	b.handlers = append(b.handlers, h)
	i := len(b.handlers) - 1
	return func() { b.handlers[i] = nil }
}

func (b *Bus[E]) Publish(e E) int {
	n := 0
	for _, h := range b.handlers {
		if h != nil {
			h(e)
			n++
		}
	}
	return n
}

type Login struct{ User string }

func main() {
	var bus Bus[Login]
	var log []string
	unsub := bus.Subscribe(func(e Login) { log = append(log, "audit:"+e.User) })
	bus.Subscribe(func(e Login) { log = append(log, "hello "+e.User) })
	fmt.Println(bus.Publish(Login{"ann"}))
	unsub()
	fmt.Println(bus.Publish(Login{"bob"}), log)
	var ib Bus[int]
	sum := 0
	ib.Subscribe(func(n int) { sum += n })
	ib.Publish(3)
	ib.Publish(4)
	fmt.Println(sum)
}
