package main

import (
	"fmt"
	"strings"
)

type Order struct {
	ID    int
	Items []string
}

func producer(orders []Order, done <-chan struct{}) <-chan Order {
	out := make(chan Order, 2)
	go func() {
		defer close(out)
		for _, o := range orders {
			select {
			case out <- o:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	orders := []Order{
		{1, []string{"tea", "scone"}},
		{2, []string{"coffee"}},
		{3, []string{"STOP"}},
		{4, []string{"juice"}},
	}
	done := make(chan struct{})
	var log []string
	for o := range producer(orders, done) {
		if o.Items[0] == "STOP" {
			close(done)
			log = append(log, fmt.Sprintf("order %d: stop requested", o.ID))
			break
		}
		log = append(log, fmt.Sprintf("order %d: %s", o.ID, strings.Join(o.Items, "+")))
	}
	fmt.Println(strings.Join(log, "\n"))
	_, open := <-done
	fmt.Println("done closed:", !open)
}
