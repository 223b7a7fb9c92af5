package main

import (
	"fmt"
	"sort"
	"strings"
)

type Listener[E any] func(E)

type Emitter[E any] struct {
	next      int
	listeners map[int]Listener[E]
}

func (em *Emitter[E]) On(l Listener[E]) (off func()) {
	if em.listeners == nil {
		em.listeners = map[int]Listener[E]{}
	}
	id := em.next
	em.next++
	em.listeners[id] = l
	return func() { delete(em.listeners, id) }
}

func (em *Emitter[E]) Emit(e E) int {
	ids := make([]int, 0, len(em.listeners))
	for id := range em.listeners {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		em.listeners[id](e)
	}
	return len(ids)
}

type Click struct{ X, Y int }
type KeyPress struct {
	Key  rune
	Mods []string
}

func main() {
	var clicks Emitter[Click]
	var keys Emitter[KeyPress]
	var log []string
	off1 := clicks.On(func(c Click) { log = append(log, fmt.Sprintf("A%v", c)) })
	clicks.On(func(c Click) {
		if c.X > 5 {
			log = append(log, "B:right side")
		}
	})
	keys.On(func(k KeyPress) {
		log = append(log, fmt.Sprintf("key %q %s", k.Key, strings.Join(k.Mods, "+")))
	})
	fmt.Println(clicks.Emit(Click{1, 2}), clicks.Emit(Click{9, 0}))
	off1()
	off1()
	fmt.Println(clicks.Emit(Click{7, 7}))
	keys.Emit(KeyPress{'s', []string{"ctrl"}})
	keys.Emit(KeyPress{Key: 'é'})
	fmt.Println(strings.Join(log, "\n"))
}
